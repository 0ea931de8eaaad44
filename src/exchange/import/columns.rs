//! `--columns text=C,section=B,...`: which column of the customer's spreadsheet
//! holds what. Columns are letters as the spreadsheet shows them.

use std::collections::BTreeMap;

use crate::text::suggest::did_you_mean;

/// What a column can hold.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    /// The question (required).
    Text,
    /// The section's title; a row with a section but no question starts one.
    Section,
    /// The customer's own reference, such as `IAM-01`: becomes the question id.
    Id,
    Help,
    /// The kind of answer: `Yes/No`, `Yes/No/N/A`, `Number`, `Text`, `Select one`,
    /// `Select all that apply`, or the options themselves.
    Type,
    /// The options of a choice, one per line or separated by `;` or `|`.
    Options,
    /// Marked (Yes, X, Critical, High…) for a must-have.
    Critical,
    Weight,
    /// What to do when the answer falls short: becomes the recommendation.
    Recommendation,
    /// What proof the customer asks for.
    Evidence,
    /// References to a framework, such as `maps.nist-csf-2.0`.
    Maps(String),
}

const NAMES: [&str; 11] = [
    "text",
    "section",
    "id",
    "help",
    "type",
    "options",
    "critical",
    "weight",
    "recommendation",
    "evidence",
    "maps.FRAMEWORK",
];

pub use crate::exchange::sheet::letters::{ColumnsError, column_index, column_of};

impl Key {
    fn parse(s: &str) -> Result<Key, ColumnsError> {
        Ok(match s {
            "text" => Key::Text,
            "section" => Key::Section,
            "id" => Key::Id,
            "help" => Key::Help,
            "type" => Key::Type,
            "options" => Key::Options,
            "critical" => Key::Critical,
            "weight" => Key::Weight,
            "recommendation" => Key::Recommendation,
            "evidence" => Key::Evidence,
            _ => match s.strip_prefix("maps.") {
                Some(f)
                    if !f.is_empty()
                        && f.chars()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.')) =>
                {
                    Key::Maps(f.to_ascii_lowercase())
                }
                _ => {
                    let hint = did_you_mean(s, NAMES)
                        .unwrap_or_else(|| format!("the names are {}", NAMES.join(", ")));
                    return Err(ColumnsError::UnknownName {
                        name: s.to_owned(),
                        hint,
                    });
                }
            },
        })
    }
}

/// The columns given, by what they hold.
#[derive(Debug)]
pub struct Columns {
    pub by_key: BTreeMap<Key, u32>,
}

impl Columns {
    pub fn parse(spec: &str) -> Result<Columns, ColumnsError> {
        let mut by_key = BTreeMap::new();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((name, letters)) = part.split_once('=') else {
                return Err(ColumnsError::NotNameColumn {
                    part: part.to_owned(),
                    example: "text=C",
                });
            };
            let key = Key::parse(name.trim())?;
            if by_key.insert(key, column_of(letters)?).is_some() {
                return Err(ColumnsError::Twice(name.trim().to_owned()));
            }
        }
        if !by_key.contains_key(&Key::Text) {
            return Err(ColumnsError::NoQuestions);
        }
        Ok(Columns { by_key })
    }

    pub fn get(&self, key: &Key) -> Option<u32> {
        self.by_key.get(key).copied()
    }

    /// The frameworks given with `maps.FRAMEWORK`, with their columns.
    pub fn maps(&self) -> impl Iterator<Item = (&str, u32)> {
        self.by_key.iter().filter_map(|(k, c)| match k {
            Key::Maps(f) => Some((f.as_str(), *c)),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests;
