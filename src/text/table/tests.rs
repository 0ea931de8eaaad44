use super::*;

#[test]
fn long_words_are_broken_at_the_width() {
    assert_eq!(break_words("ab abcdefg h", 3), "ab abc\ndef\ng h");
    assert_eq!(break_words("abc", 3), "abc");
    assert_eq!(break_words("line\nbreaks kept", 20), "line\nbreaks kept");
}

/// A 100,000-letter word in a narrow column: comfy-table alone took seconds.
#[test]
fn a_table_of_long_words_is_laid_out_in_linear_time() {
    let word = "x".repeat(100_000);
    let started = std::time::Instant::now();
    let mut t = styled(false);
    t.set_header(["Id", "Text", "More"]);
    let w = width(&t);
    t.add_row([line(w, "id"), line(w, &word), line(w, &word)]);
    let text = t.to_string();
    assert!(text.len() > 200_000);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}
