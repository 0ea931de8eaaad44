//! Writing YAML, the one module that does: whole values with serde_yaml
//! ([`to_string`]); and, for the files written line by line so that they
//! carry comments (answers files, templates, the file `ask` writes for
//! someone else, import's draft), single scalars quoted only where a plain
//! scalar would read back as something else ([`scalar`], [`flow_scalar`],
//! [`quote`]) and comments that hold any text and still end where they should
//! ([`comment_text`], [`comment`], [`wrapped_comment`]).

use super::node::{Plain, resolve_plain};

/// Why a value could not be written as YAML.
pub type WriteError = serde_yaml::Error;

/// Writes a value as YAML that other readers load as we do (PyYAML, the YAML
/// language server): serde_yaml escapes control characters and line
/// separators, but writes invisible ones (a bidirectional override, a
/// zero-width space) as they are, even in plain text. A value that holds one is
/// written as JSON, which is YAML, with every such character escaped.
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, WriteError> {
    let text = serde_yaml::to_string(value)?;
    if !text
        .chars()
        .any(|c| c != '\n' && crate::text::clean::is_unsafe(c))
    {
        return Ok(text);
    }
    let json =
        serde_json::to_string_pretty(value).map_err(<WriteError as serde::ser::Error>::custom)?;
    Ok(format!(
        "# Written as JSON, which is YAML, so that its invisible characters are escaped.\n{}\n",
        crate::text::clean::escape_json(&json)
    ))
}

/// `s` as a double-quoted YAML scalar (JSON string syntax, which YAML reads
/// the same), with every control, invisible and separator character escaped
/// as `\uXXXX`: raw, PyYAML refuses some (U+009B) and reads others as line
/// breaks (U+0085, U+2028).
pub fn quote(s: &str) -> String {
    let json = serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    crate::text::clean::escape_json(&json).into_owned()
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

/// A YAML scalar for `s` as a mapping value: plain when that reads back as the
/// same text, else double-quoted (JSON string syntax is valid YAML).
pub fn scalar(s: &str) -> String {
    if plain_ok(s, false) {
        s.to_owned()
    } else {
        quote(s)
    }
}

/// The same, for an item of a flow list such as `[a, b]`.
pub fn flow_scalar(s: &str) -> String {
    if plain_ok(s, true) {
        s.to_owned()
    } else {
        quote(s)
    }
}

/// `text` as the body of a comment: line breaks and control characters become
/// spaces (a comment ends at the line's end), the ends trimmed.
pub fn comment_text(text: &str) -> String {
    crate::text::clean::to_spaces(text).trim().to_owned()
}

/// Writes one comment line, `indent# line`, laid out as given (its leading
/// spaces kept), control characters as spaces, without trailing spaces.
pub fn comment(out: &mut String, indent: &str, line: &str) {
    out.push_str(indent);
    out.push_str("# ");
    out.push_str(crate::text::clean::to_spaces(line).trim_end());
    out.push('\n');
}

/// Writes `text` as comment lines under `indent`, its words wrapped at
/// `width` columns at spaces only (a long word or path stays whole).
pub fn wrapped_comment(out: &mut String, indent: &str, text: &str, width: usize) {
    let words = comment_text(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let first = format!("{indent}# ");
    let options = textwrap::Options::new(width)
        .initial_indent(&first)
        .subsequent_indent(&first)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    for line in textwrap::wrap(&words, options) {
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

#[cfg(test)]
mod tests;
