use super::*;

#[test]
fn shell_words_are_quoted_only_when_needed() {
    assert_eq!(word("sme-baseline"), "sme-baseline");
    assert_eq!(word("dir/a b.yaml"), "'dir/a b.yaml'");
    assert_eq!(word("it's"), r"'it'\''s'");
    assert_eq!(word("a\u{1b}[2Jb"), "'a\u{fffd}[2Jb'");
}

#[test]
fn a_long_command_goes_on_with_a_backslash_and_breaks_no_word() {
    let words: Vec<String> = [
        "assure",
        "assess",
        "sme-baseline",
        "--answers",
        "sme-baseline-answers.yaml",
        "--resume",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(
        command(&words, 60, "  "),
        "  assure assess sme-baseline --answers \\\n    sme-baseline-answers.yaml --resume"
    );
    assert_eq!(
        command(&words, 120, "  "),
        "  assure assess sme-baseline --answers sme-baseline-answers.yaml --resume"
    );
}
