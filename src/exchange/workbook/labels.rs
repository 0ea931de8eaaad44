//! The words a person picks in an answers workbook, and the values they stand
//! for: `Yes` is `yes`, `I don't know` is `unknown`, an option's label is its
//! value. The drop-downs offer these labels; the reader maps them back.

use crate::model::{Question, QuestionType};

pub const YES: &str = "Yes";
pub const NO: &str = "No";
pub const UNKNOWN: &str = "I don't know";
pub const NA: &str = "Not applicable";

/// "I don't know" and "Not applicable", where the question allows them.
pub fn extras(q: &Question) -> Vec<&'static str> {
    let mut v = Vec::new();
    if q.allow_unknown {
        v.push(UNKNOWN);
    }
    if q.allows_na() {
        v.push(NA);
    }
    v
}

/// The answers the answer cell of a question's row takes, as labels. For a
/// `multi` question the options have rows of their own, so its cell takes only
/// "I don't know" and "Not applicable"; a number or text cell also takes them.
pub fn answer_labels(q: &Question) -> Vec<&str> {
    let mut v: Vec<&str> = match q.kind() {
        QuestionType::YesNo => vec![YES, NO],
        QuestionType::Choice => q.options().iter().map(|o| o.label.as_str()).collect(),
        QuestionType::Multi | QuestionType::Number | QuestionType::Text => Vec::new(),
    };
    v.extend(extras(q));
    v
}

/// The labels an option row of a `multi` question takes.
pub const OPTION_ROW: [&str; 2] = [YES, NO];

/// Whether two labels are the same, as written in a workbook: there, control
/// and invisible characters are `�` (`render::workbook::cell_text`).
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (
        crate::text::clean::document(a),
        crate::text::clean::document(b),
    );
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// The answers-file value of a label picked for `q`, if `q` takes it. The value
/// itself (`yes`, `unknown`, an option's value) is taken too, for people who
/// type rather than pick; case and surrounding spaces do not matter.
pub fn value_of(q: &Question, label: &str) -> Option<String> {
    let label = label.trim();
    if same(label, UNKNOWN) || same(label, "unknown") {
        return q.allow_unknown.then(|| "unknown".to_owned());
    }
    if same(label, NA) || same(label, "na") {
        return q.allows_na().then(|| "na".to_owned());
    }
    match q.kind() {
        QuestionType::YesNo => {
            if same(label, YES) {
                Some("yes".into())
            } else if same(label, NO) {
                Some("no".into())
            } else {
                None
            }
        }
        QuestionType::Choice => q
            .options()
            .iter()
            .find(|o| same(label, &o.label) || same(label, &o.value))
            .map(|o| o.value.value.clone()),
        // The reader keeps other text for the usual checks of the answers file.
        QuestionType::Multi | QuestionType::Number | QuestionType::Text => None,
    }
}

/// Whether an option row of a `multi` question says the option is chosen:
/// `Some(true)` for Yes, `Some(false)` for No, `None` for anything else.
pub fn option_chosen(label: &str) -> Option<bool> {
    if same(label, YES) {
        Some(true)
    } else if same(label, NO) {
        Some(false)
    } else {
        None
    }
}
