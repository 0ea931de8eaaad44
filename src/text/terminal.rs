//! Making untrusted text harmless before it reaches a terminal.
//!
//! Text from files (names, notes, titles, ids) could carry escape sequences that
//! recolour or rewrite a terminal, or bidirectional overrides that reorder what is
//! shown. Report formats escape for their own syntax elsewhere.

use std::borrow::Cow;

use super::clean;

/// Replaces control and invisible characters (but line breaks) with `�`; a tab
/// becomes a space.
pub fn clean(s: &str) -> Cow<'_, str> {
    clean::replace(s, |c| match c {
        '\n' => Some('\n'),
        '\t' => Some(' '),
        _ => Some('\u{FFFD}'),
    })
}

/// Like [`clean`], and line breaks become spaces: for one table cell or line.
pub fn clean_line(s: &str) -> String {
    clean(s).replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests;
