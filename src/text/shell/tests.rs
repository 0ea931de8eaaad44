use super::*;

#[test]
fn shell_words_are_quoted_only_when_needed() {
    assert_eq!(word("sme-baseline"), "sme-baseline");
    assert_eq!(word("dir/a b.yaml"), "'dir/a b.yaml'");
    assert_eq!(word("it's"), r"'it'\''s'");
    assert_eq!(word("a\u{1b}[2Jb"), "'a\u{fffd}[2Jb'");
}
