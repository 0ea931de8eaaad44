//! Helpers for unit tests: load from text, failing loudly with the diagnostics.

use crate::answers;
use crate::load;
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::source::Source;

fn show(diags: &[crate::diagnostic::Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| d.render(false))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn questionnaire(text: &str) -> Questionnaire {
    let src = Source::new("test.yaml", text);
    match load::questionnaire(&src) {
        Ok(l) => l.value,
        Err(d) => panic!("questionnaire does not load:\n{}", show(&d)),
    }
}

pub fn answers(q: &Questionnaire, text: &str) -> Answers {
    let src = Source::new("answers.yaml", text);
    let node = load::parse(&src).unwrap_or_else(|d| panic!("{}", show(&d)));
    match answers::from_node(&src, &node, q) {
        Ok(l) => l.value,
        Err(d) => panic!("answers do not load:\n{}", show(&d)),
    }
}
