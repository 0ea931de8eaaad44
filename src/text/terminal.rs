//! Making untrusted text harmless before it reaches a terminal.
//!
//! Text from files (names, notes, titles, ids) could carry escape sequences that
//! recolour or rewrite a terminal, or bidirectional overrides that reorder what is
//! shown. Report formats escape for their own syntax elsewhere.

use std::borrow::Cow;

/// Whether a character must not reach a terminal as it is.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Replaces control characters (but line breaks) with `�`; a tab becomes a space.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if is_unsafe(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// Like [`clean`], and line breaks become spaces: for one table cell or line.
pub fn clean_line(s: &str) -> String {
    clean(s).replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
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
}
