//! Columns by their letters, as the spreadsheet shows them, and the mistakes
//! a `--columns` value can hold (for `import` and `answer` alike).

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
