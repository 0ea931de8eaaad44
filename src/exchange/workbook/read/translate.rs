//! The second half of reading a workbook, once its questionnaire is known: the
//! labels people picked (`Yes`, `I don't know`, an option's label) become the
//! values an answers file holds (`yes`, `unknown`, the option's value). A label
//! the question does not take is reported with the labels it does take; what
//! remains (numbers, text, the chosen options of a `multi` question) is left to
//! the checks every answers file gets.

use std::collections::HashMap;
use std::sync::Arc;

use super::build::quote;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::kinds::Answering as Problem;
use crate::exchange::workbook::labels;
use crate::model::{Question, QuestionType, Questionnaire};
use crate::source::Source;
use crate::yaml::{Entry, Kind, Node, Scalar};

/// Questions by id, for answers that nearly always come in the questionnaire's
/// order (a workbook has a row per question, in order): the questions after
/// the last one found are tried first, and only an answer out of order builds
/// a map of them all.
struct Lookup<'q> {
    all: Vec<&'q Question>,
    next: usize,
    map: Option<HashMap<&'q str, &'q Question>>,
}

impl<'q> Lookup<'q> {
    fn new(q: &'q Questionnaire) -> Self {
        Lookup {
            all: q.questions().collect(),
            next: 0,
            map: None,
        }
    }

    fn get(&mut self, id: &str) -> Option<&'q Question> {
        if self.map.is_none() {
            let ahead = self.all[self.next..]
                .iter()
                .position(|x| x.id.as_str() == id);
            if let Some(i) = ahead {
                self.next += i + 1;
                return Some(self.all[self.next - 1]);
            }
            let all = self.all.iter().map(|x| (x.id.as_str(), *x)).collect();
            self.map = Some(all);
        }
        self.map.as_ref().and_then(|m| m.get(id).copied())
    }
}

/// `node` with labels turned into values, and the labels that could not be.
pub fn translate(src: &Arc<Source>, node: &Node, q: &Questionnaire) -> (Node, Vec<Diagnostic>) {
    let mut node = node.clone();
    let mut diags = Vec::new();
    let mut questions = Lookup::new(q);
    if let Kind::Map(top) = &mut node.kind
        && let Some(answers) = top.iter_mut().find(|e| e.key_text() == "answers")
        && let Kind::Map(entries) = &mut answers.value.kind
    {
        for e in entries.iter_mut() {
            if let Some(question) = questions.get(e.key_text()) {
                answer(src, e, question, &mut diags);
            }
        }
    }
    (node, diags)
}

/// The answer of an entry in short form (`id: Yes`) or long form (`answer:`).
fn answer_node(e: &mut Entry) -> Option<&mut Node> {
    if !matches!(e.value.kind, Kind::Map(_)) {
        return Some(&mut e.value);
    }
    let Kind::Map(fields) = &mut e.value.kind else {
        return None;
    };
    fields
        .iter_mut()
        .find(|f| f.key_text() == "answer")
        .map(|f| &mut f.value)
}

fn answer(src: &Arc<Source>, e: &mut Entry, q: &Question, diags: &mut Vec<Diagnostic>) {
    let Some(node) = answer_node(e) else {
        return;
    };
    let Kind::Scalar(s) = &node.kind else {
        return;
    };
    let span = node.span;
    match value(q, s) {
        Ok(Some(v)) => {
            node.kind = Kind::Scalar(Scalar {
                text: v,
                plain: false,
            });
        }
        Ok(None) => {}
        Err(shown) => {
            diags.push(not_taken(q, shown.0).at(src, span));
            // Left unanswered: reported once, here.
            match &mut e.value.kind {
                Kind::Map(fields) => fields.retain(|f| f.key_text() != "answer"),
                short => *short = Kind::Map(Vec::new()),
            }
        }
    }
}

/// A label the question does not take, in the words a YAML answers file gets,
/// with the labels it does take.
fn not_taken(q: &Question, shown: String) -> Diagnostic {
    let takes = labels::answer_labels(q);
    let question = q.id.value.clone();
    let listed = or_list(&takes);
    let (problem, help) = match q.kind() {
        QuestionType::YesNo => (
            Problem::YesOrNo {
                question,
                takes: listed,
            },
            "pick an answer from the cell's drop-down list".to_owned(),
        ),
        _ if takes.is_empty() => (
            Problem::NotAnOption {
                given: shown,
                question,
            },
            "choose Yes or No on the lines below".to_owned(),
        ),
        QuestionType::Multi => (
            Problem::NotAnOption {
                given: shown,
                question,
            },
            format!("use {listed}, or choose Yes or No on the lines below"),
        ),
        _ => (
            Problem::NotAnOption {
                given: shown,
                question,
            },
            format!("use {listed}: pick one from the cell's drop-down list"),
        ),
    };
    Diagnostic::error(problem).help(help)
}

/// `a, b or c`.
fn or_list(items: &[&str]) -> String {
    match items.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// A label a question does not take: the cell's value as a message shows it.
struct NotTaken(String);

/// The value a cell's scalar stands for: `Ok(Some)` a label turned into a value,
/// `Ok(None)` left as it is for the usual checks, `Err` a label the question
/// does not take.
fn value(q: &Question, s: &Scalar) -> Result<Option<String>, NotTaken> {
    let shown = || {
        if s.plain {
            s.text.clone()
        } else {
            quote(&s.text)
        }
    };
    if !s.plain
        && let Some(v) = labels::value_of(q, &s.text)
    {
        return Ok(Some(v));
    }
    let extra = [labels::UNKNOWN, labels::NA, "unknown", "na"]
        .iter()
        .any(|l| s.text.trim().eq_ignore_ascii_case(l));
    match q.kind() {
        QuestionType::YesNo | QuestionType::Choice | QuestionType::Multi => Err(NotTaken(shown())),
        // "I don't know" where not allowed: say which answers are.
        QuestionType::Number | QuestionType::Text if extra => Err(NotTaken(shown())),
        QuestionType::Number | QuestionType::Text => Ok(None),
    }
}
