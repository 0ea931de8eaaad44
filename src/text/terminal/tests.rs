use super::*;

#[test]
fn escape_codes_never_pass() {
    let hostile = "Acme\u{1b}[31m Ltd\u{7}\u{9b}2J\u{202e}gnp.exe";
    let clean = clean(hostile);
    assert!(!clean.chars().any(|c| c.is_control()), "{clean:?}");
    assert!(!clean.contains('\u{202e}'));
    assert!(clean.starts_with("Acme"));
}

#[test]
fn ordinary_text_is_untouched() {
    assert!(matches!(
        clean("Café – 12 staff\nline two"),
        Cow::Borrowed(_)
    ));
    assert_eq!(clean_line("a\nb\tc"), "a b c");
}
