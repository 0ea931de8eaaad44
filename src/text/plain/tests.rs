use super::*;

#[test]
fn paragraphs_and_lists_become_plain_wrapped_text() {
    let md = "A security policy sets out your rules in **plain** words. Two to four pages is\nenough for a small firm. It usually covers:\n- passwords and the `second` sign-in step\n- how to use work devices and personal devices, and how to handle customer data that you hold\n\n1. First\n2. Then [the guide](https://example.org/guide)\n\nLast words.";
    let got = markdown(md, 40);
    assert_eq!(
        got,
        "A security policy sets out your rules in\nplain words. Two to four pages is enough\nfor a small firm. It usually covers:\n\n• passwords and the second sign-in step\n• how to use work devices and personal\n  devices, and how to handle customer\n  data that you hold\n\n1. First\n2. Then the guide\n   (https://example.org/guide)\n\nLast words."
    );
}

#[test]
fn escape_codes_are_removed() {
    let got = markdown("Hi \u{1b}[2J there\u{7}", 76);
    assert!(!got.chars().any(|c| c.is_control()), "{got:?}");
    assert!(got.starts_with("Hi"));
}

#[test]
fn long_lines_are_cut_on_one_line() {
    assert_eq!(line("one two\nthree", 40), "one two three");
    assert_eq!(line("abcdefghij", 6), "abcde…");
}

#[test]
fn a_long_word_gets_a_line_of_its_own() {
    assert_eq!(
        wrap("a verylongwordindeed b", 8, "", ""),
        ["a", "verylongwordindeed", "b"]
    );
}

/// A word of 200,000 letters and 40,000 short words: linear work, whatever the
/// width.
#[test]
fn wrapping_is_linear_in_the_text() {
    let long = format!("{} {}", "w".repeat(200_000), "word ".repeat(40_000));
    let started = std::time::Instant::now();
    for width in [20, 76] {
        let got = markdown(&long, width);
        assert!(got.len() >= long.trim_end().len());
        assert!(wrap(&long, width, "• ", "  ").len() > 1_000);
    }
    let took = started.elapsed();
    assert!(took < std::time::Duration::from_secs(10), "{took:?}");
}
