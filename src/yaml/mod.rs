//! Every YAML call of the program goes through this module.
//!
//! Reading: saphyr-parser's event stream builds a tree with positions
//! ([`node`]), which a serde deserializer of our own turns into typed values
//! ([`de`]). We do not read with serde_yaml because it exposes no source
//! positions.
//!
//! Writing: serde_yaml. It is archived upstream but sound; a maintained fork
//! with the same API (serde_norway, for one) is a one-line swap in
//! [`to_string`].

mod de;
mod node;
mod spanned;

pub use crate::source::{Pos, Span};
pub use de::{DeError, from_node, recover_vec};
pub use node::{Entry, Kind, MAX_SCALAR_BYTES, Node, Plain, Scalar, parse, resolve_plain};
pub use spanned::Spanned;

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

#[cfg(test)]
mod tests;
