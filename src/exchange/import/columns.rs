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

/// A `--columns` value that does not say which column holds what (a usage
/// error of `import` and `answer`, each message once).
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ColumnsError {
    #[error("`{part}` should be NAME=COLUMN, such as {example}")]
    NotNameColumn { part: String, example: &'static str },
    #[error("`{name}` is not a column name here; {hint}")]
    UnknownName { name: String, hint: String },
    #[error("`{0}` is not a column; use its letters, such as C or AB")]
    NotAColumn(String),
    #[error("`{0}` is given twice")]
    Twice(String),
    #[error("say which column holds the questions, such as `--columns text=C`")]
    NoQuestions,
    #[error("--header-row counts from 1")]
    HeaderRowFromOne,
}

/// `NAME=COLUMN`'s column, as an index from 0.
pub fn column_of(letters: &str) -> Result<u32, ColumnsError> {
    let letters = letters.trim();
    column_index(letters).ok_or_else(|| ColumnsError::NotAColumn(letters.to_owned()))
}

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

/// A column's letters (`A`, `AB`) as an index from 0.
pub fn column_index(letters: &str) -> Option<u32> {
    if letters.is_empty() || letters.len() > 3 || !letters.chars().all(|c| c.is_ascii_alphabetic())
    {
        return None;
    }
    let n = letters
        .to_ascii_uppercase()
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A') + 1);
    (n <= 16_384).then(|| n - 1)
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
