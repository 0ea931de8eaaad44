//! Writing YAML: whole values with serde_yaml, and single scalars quoted only
//! where a plain scalar would read back as something else.

use super::node::{Plain, resolve_plain};

/// Why a value could not be written as YAML.
pub type WriteError = serde_yaml::Error;

/// Writes a value as YAML.
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, WriteError> {
    serde_yaml::to_string(value)
}

/// Whether `s` reads back as the same text when written plain. In a flow list
/// (`[a, b]`), commas and brackets are syntax, so `flow` rules them out too.
fn plain_ok(s: &str, flow: bool) -> bool {
    let allowed = |c: char| {
        c.is_alphanumeric()
            || matches!(
                c,
                '-' | '.' | '_' | ':' | '/' | '@' | '\'' | '(' | ')' | '&' | '+' | ' '
            )
            || (!flow && c == ',')
    };
    !s.is_empty()
        && s.chars().all(allowed)
        && s.starts_with(|c: char| c.is_alphanumeric())
        && !s.ends_with([' ', ':'])
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.contains("  ")
        && resolve_plain(s) == Plain::Str
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// A YAML scalar for `s` as a mapping value: plain when that reads back as the
/// same text, else double-quoted (JSON string syntax is valid YAML).
pub fn scalar(s: &str) -> String {
    if plain_ok(s, false) {
        s.to_owned()
    } else {
        quoted(s)
    }
}

/// The same, for an item of a flow list such as `[a, b]`.
pub fn flow_scalar(s: &str) -> String {
    if plain_ok(s, true) {
        s.to_owned()
    } else {
        quoted(s)
    }
}

#[cfg(test)]
mod tests;
