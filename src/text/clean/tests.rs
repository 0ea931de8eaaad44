use super::*;

#[test]
fn ordinary_text_is_borrowed() {
    assert!(matches!(to_spaces("Café – 12 staff"), Cow::Borrowed(_)));
}

#[test]
fn controls_become_spaces_and_invisible_characters_go() {
    assert_eq!(to_spaces("a\u{1b}[2Jb\u{200b}c\nd"), "a [2Jbc d");
    assert_eq!(replace("a\u{7}b", |_| None), "ab");
    assert!(is_unsafe('\u{9b}') && is_unsafe('\u{202e}') && !is_unsafe('é'));
}
