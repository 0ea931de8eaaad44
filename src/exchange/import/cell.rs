//! What a cell of a customer's spreadsheet says, for the draft: a yes in a
//! "critical" column, a list of options, a question type, a recommendation,
//! option values from their labels.

use std::collections::HashSet;

use crate::model::QuestionType;
use crate::text::slug::{of_words as slug, unique};

/// Whether a cell says yes: "yes", "x", "critical", "must-have"...
pub fn truthy(s: &str) -> bool {
    let s = s.trim().to_ascii_lowercase();
    [
        "yes",
        "y",
        "x",
        "true",
        "1",
        "critical",
        "high",
        "must",
        "must-have",
        "mandatory",
        "required",
        "key",
    ]
    .contains(&s.as_str())
}

/// The items of a list in one cell: one a line where the cell has line
/// breaks ("Yes; with a note" on a line of its own is one item), otherwise
/// parted by `;` or `|`.
pub fn items(s: &str) -> Vec<String> {
    let seps: &[char] = if s.contains('\n') {
        &['\n']
    } else {
        &[';', '|']
    };
    s.split(seps)
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The question type a type cell and an options cell describe, and whether
/// "not applicable" is allowed. `None` when the type cell says nothing known.
pub fn kind_of(kind: Option<&str>, options: &[String]) -> (Option<QuestionType>, bool) {
    let Some(k) = kind.map(str::to_ascii_lowercase) else {
        return (
            Some(if options.len() >= 2 {
                QuestionType::Choice
            } else {
                QuestionType::YesNo
            }),
            false,
        );
    };
    let has = |words: &[&str]| words.iter().any(|w| k.contains(w));
    let na = has(&["n/a", "not applicable"]);
    let t = if has(&["select all", "multiple", "multi", "all that apply"]) {
        QuestionType::Multi
    } else if has(&["yes", "y/n"]) && has(&["no", "y/n"]) {
        QuestionType::YesNo
    } else if has(&["number", "numeric", "integer", "count", "how many"]) {
        QuestionType::Number
    } else if has(&[
        "text",
        "comment",
        "describe",
        "explain",
        "narrative",
        "free",
    ]) {
        QuestionType::Text
    } else if has(&["choice", "select one", "single", "drop", "list", "pick"]) || options.len() >= 2
    {
        QuestionType::Choice
    } else {
        return (None, na);
    };
    (Some(t), na)
}

/// A recommendation from guidance text: its first sentence as the title.
pub fn recommendation(text: &str) -> (String, String) {
    let first = text
        .split_terminator(['.', '\n'])
        .next()
        .unwrap_or(text)
        .trim();
    // At most 80 characters, ending at a word: the draft's titles, as they
    // have been written (`text::plain::cut_at_word` keeps a title of 81).
    let mut title: String = first.chars().take(80).collect();
    if title.len() < first.len() {
        title = match title.rfind(' ') {
            Some(at) => format!("{}…", &title[..at]),
            None => title,
        };
    }
    (title, text.trim().to_owned())
}

/// Option values from labels; "N/A" and "Don't know" are not options (every
/// question may be answered "I don't know"; "N/A" becomes `allow_na`).
pub fn option_values(labels: &[String]) -> (Vec<(String, String)>, bool) {
    let mut taken: HashSet<String> = ["unknown".to_owned(), "na".to_owned()].into();
    let mut na = false;
    let mut out = Vec::new();
    for label in labels {
        let lower = label.to_ascii_lowercase();
        if ["n/a", "na", "not applicable"].contains(&lower.as_str()) {
            na = true;
            continue;
        }
        if ["don't know", "do not know", "unknown", "i don't know"].contains(&lower.as_str()) {
            continue;
        }
        out.push((unique(&slug(label, 5), &mut taken), label.clone()));
    }
    (out, na)
}
