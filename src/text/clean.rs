//! The one definition of the characters untrusted text may not carry as they
//! are: control characters (C0, DEL and C1, escape sequences among them),
//! invisible ones that hide or reorder what text says (zero-width characters,
//! bidirectional controls, the byte-order mark), and the Unicode line and
//! paragraph separators, which some readers take for line breaks. Each output decides what stands
//! in their place: [`crate::text::terminal`] shows `�`, Markdown and comments a
//! space.

use std::borrow::Cow;

/// Characters that hide or reorder text: zero-width, bidirectional controls, BOM.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Line and paragraph separators: line breaks to some readers (YAML 1.1,
/// JavaScript, some terminals), ordinary characters to others.
pub fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Control, invisible and separator characters.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible(c) || is_separator(c)
}

/// `s` with each unsafe character replaced by what `instead` gives (`None`
/// drops it, `Some(c)` keeps it); borrowed when there is nothing to change, as
/// for most text.
pub fn replace(s: &str, instead: impl Fn(char) -> Option<char>) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) && instead(c) != Some(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| if is_unsafe(c) { instead(c) } else { Some(c) })
            .collect(),
    )
}

/// For text inside a line (Markdown, comments): control characters, line breaks
/// among them, become spaces and invisible characters go.
pub fn to_spaces(s: &str) -> Cow<'_, str> {
    replace(s, |c| (!is_invisible(c)).then_some(' '))
}

#[cfg(test)]
mod tests;
