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

/// For documents and their cells (Markdown, HTML, CSV, a workbook's text):
/// each unsafe character becomes `�`, but a line break, a tab, and a carriage
/// return before a line break (CSV's line ends). Nothing is dropped, so that
/// what a reader sees first (a spreadsheet looking for `=`) stays first.
pub fn document(s: &str) -> Cow<'_, str> {
    let kept = |c: char, next: Option<char>| {
        matches!(c, '\n' | '\t') || (c == '\r' && next == Some('\n')) || !is_unsafe(c)
    };
    let mut chars = s.chars().peekable();
    let mut clean = true;
    while let Some(c) = chars.next() {
        if !kept(c, chars.peek().copied()) {
            clean = false;
            break;
        }
    }
    if clean {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(if kept(c, chars.peek().copied()) {
            c
        } else {
            '\u{FFFD}'
        });
    }
    Cow::Owned(out)
}

/// JSON text with each unsafe character but a line break between values
/// escaped as `\uXXXX`, so that the data is kept and no reader or terminal
/// acts on it: outside its strings JSON holds only ASCII, so every such
/// character is inside a string.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c != '\n' && is_unsafe(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04X}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests;
