//! The bundled questionnaires and profiles, compiled in from `questionnaires/`.

use std::sync::Arc;

use crate::source::Source;

mod files {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// The name bundled files go by in messages.
pub const PREFIX: &str = "<bundled>/";

/// Every bundled file as a source, in file-name order.
pub fn sources() -> impl Iterator<Item = Arc<Source>> {
    files::FILES
        .iter()
        .map(|(name, text)| Source::new(format!("{PREFIX}{name}"), *text))
}

/// The `id:` at the top level of a YAML text, found without parsing the whole file.
pub fn top_level_id(text: &str) -> Option<&str> {
    text.lines().find_map(|line| {
        let rest = line.strip_prefix("id:")?;
        let rest = rest.split(" #").next().unwrap_or(rest).trim();
        Some(rest.trim_matches(|c| c == '"' || c == '\''))
    })
}

#[cfg(test)]
mod tests;
