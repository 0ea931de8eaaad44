//! Reading an answers file and checking every answer against its question: the
//! file's top ([`questionnaire_id`], the version and digest), each entry in short
//! or long form ([`entry`]), and each value against its question's type
//! ([`value`]).

mod entry;
mod value;

use std::collections::HashMap;
use std::sync::Arc;

use serde::Deserialize;

use crate::condition;
use crate::diagnostic::kinds::{Answering as Problem, Shape};
use crate::diagnostic::{Code, Collector, Diagnostic, Loaded, Mark};
use crate::load;
use crate::model::answers::{Answers, Differs, Leftover, QuestionnaireRef, Respondent};
use crate::model::{Question, Questionnaire};
use crate::source::Source;
use crate::yaml::{Kind, Node, Plain, Spanned};

/// The parts of an answers file that serde reads; `answers` is read by hand, since
/// what a value means depends on its question.
#[derive(Deserialize)]
struct Top {
    questionnaire: QuestionnaireRef,
    #[serde(default)]
    respondent: Option<Respondent>,
    #[serde(default)]
    #[allow(dead_code)]
    answers: serde::de::IgnoredAny,
}

/// The questionnaire id an answers file names, to find its questionnaire.
pub(super) fn questionnaire_id(
    src: &Arc<Source>,
    node: &Node,
) -> Result<Spanned<String>, Vec<Diagnostic>> {
    let (top, c) = load::deserialize::<Top>(src, node);
    match top {
        Some(top) if c.is_empty() => Ok(top.questionnaire.id),
        _ => Err(c.into_vec()),
    }
}

/// How strictly answers are read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Every answer must fit its question.
    Strict,
    /// An earlier answers file, read against a newer version of its
    /// questionnaire: an answer to a question that is gone, or that no longer
    /// fits, is set aside as a [`Leftover`] rather than an error.
    Earlier,
}

/// What a `set-aside` warning adds.
const SET_ASIDE_HELP: &str = "it was given to an earlier version of the questionnaire: it stays in the file and the report lists it, but it counts as unanswered until you answer the question again";

/// Answer-level problems, which [`Mode::Earlier`] sets aside.
const ANSWER_LEVEL: [Code; 5] = [
    Code::UnknownQuestion,
    Code::InvalidAnswer,
    Code::OutOfRange,
    Code::NaNotAllowed,
    Code::UnknownNotAllowed,
];

/// The comment lines a person wrote at the top of a YAML file (a workbook has
/// none).
fn header(src: &Source) -> String {
    if src.is_workbook() {
        return String::new();
    }
    super::kept::own_header(&src.text)
}

/// Checks the answers of a parsed answers file against `q` (whose digest is
/// `digest`).
pub(super) fn read(
    src: &Arc<Source>,
    node: &Node,
    q: &Questionnaire,
    digest: &str,
    mode: Mode,
    problems: &[Diagnostic],
) -> Result<(Loaded<Answers>, Vec<Leftover>), Vec<Diagnostic>> {
    // A workbook holds the labels people picked: make them values first.
    let translated;
    let mut labels = Vec::new();
    let node = if src.is_workbook() {
        (translated, labels) = crate::exchange::workbook::read::translate(src, node, q);
        &translated
    } else {
        node
    };
    let (top, mut c) = load::deserialize::<Top>(src, node);
    c.extend(problems.iter().cloned());
    c.extend(labels);
    let Some(top) = top else {
        return Err(c.into_vec());
    };
    let mut r = Reader {
        c,
        src,
        // Answers are looked up by id: an index keeps a large file linear.
        questions: q.questions().map(|x| (x.id.as_str(), x)).collect(),
        q,
        mode,
        leftovers: Vec::new(),
    };
    if top.questionnaire.id.as_str() != q.id.as_str() {
        r.c.error(
            top.questionnaire.id.span,
            Problem::WrongQuestionnaire {
                given: top.questionnaire.id.value.clone(),
                questionnaire: q.id.value.clone(),
            },
        )
        .help = Some(format!(
            "leave out `-q`, or give `-q {}`",
            top.questionnaire.id.value
        ));
    } else if check_version(&mut r.c, &top.questionnaire, q, digest) {
        // Answers given to another version or form: what no longer fits is
        // set aside, not refused (the same version and digest stay strict).
        r.mode = Mode::Earlier;
    }
    let mut answers = Answers {
        questionnaire: top.questionnaire,
        respondent: top.respondent.unwrap_or_default(),
        answers: Default::default(),
        set_aside: Vec::new(),
        header: header(src),
    };
    r.answers(node, &mut answers);
    answers.set_aside.clone_from(&r.leftovers);
    if !r.c.has_errors() {
        hidden_warnings(&mut r.c, q, &answers, src.is_workbook());
    }
    let leftovers = r.leftovers;
    let result = r.c.finish(Some(answers)).map(|l| (l, leftovers));
    if !src.is_workbook() {
        return result;
    }
    // A workbook names its questions by number: so do its diagnostics.
    let numbers = condition::words::numbers(q);
    match result {
        Ok((mut l, leftovers)) => {
            l.warnings.iter_mut().for_each(|d| by_number(d, &numbers));
            Ok((l, leftovers))
        }
        Err(mut diags) => {
            diags.iter_mut().for_each(|d| by_number(d, &numbers));
            Err(diags)
        }
    }
}

/// A diagnostic about a workbook, its questions named as the workbook numbers
/// them: `` `staff-count` takes a number`` becomes "question 1 takes a number".
fn by_number(d: &mut Diagnostic, numbers: &condition::words::Numbers<'_>) {
    let say = |text: &str| {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find('`') {
            let Some(len) = rest[start + 1..].find('`') else {
                break;
            };
            let id = &rest[start + 1..start + 1 + len];
            out.push_str(&rest[..start]);
            match numbers.get(id) {
                Some(n) => out.push_str(&format!("question {n}")),
                None => out.push_str(&rest[start..start + len + 2]),
            }
            rest = &rest[start + len + 2..];
        }
        out.push_str(rest);
        out
    };
    d.message = say(&d.message);
    if let Some(help) = &d.help {
        d.help = Some(say(help));
    }
}

/// Warns when the answers were given to another version or form of `q`;
/// whether they were.
fn check_version(
    c: &mut Collector,
    given: &QuestionnaireRef,
    q: &Questionnaire,
    digest: &str,
) -> bool {
    let differs = given.differs_from(None, Some(&q.version), Some(digest));
    if let Some(Differs::Version(v)) = differs {
        c.warning(
            v.span,
            Problem::VersionDiffers {
                given: v.value.clone(),
                questionnaire: q.id.value.clone(),
                version: q.version.value.clone(),
            },
        )
        .help = Some("the report says so; questions added since then count as unanswered".into());
    } else if let Some(Differs::Digest(d)) = differs {
        c.warning(
            d.span,
            Problem::DigestDiffers {
                questionnaire: q.id.value.clone(),
            },
        )
        .help =
            Some("its digest differs although its version is the same; the report says so".into());
    }
    matches!(differs, Some(Differs::Version(_) | Differs::Digest(_)))
}

/// Answers to questions not asked: kept, ignored, and said so, in the
/// reader's terms: ids and the condition as written in YAML, question
/// numbers and words in a workbook (as its "Answer only if" line says).
fn hidden_warnings(c: &mut Collector, q: &Questionnaire, answers: &Answers, workbook: bool) {
    let shown = condition::visibility(q, answers);
    let numbers = workbook.then(|| condition::words::numbers(q));
    for (i, question) in q.questions().enumerate() {
        if shown.question(i) {
            continue;
        }
        let Some(answer) = answers.get(&question.id) else {
            continue;
        };
        if !answer.value.is_answered() {
            continue;
        }
        let reason = shown.reason(q, i);
        // Not asked because an answer it depends on was set aside: the file
        // may well say the condition holds, so say why it is not used.
        if let Some(id) = reason.and_then(|c| depends_on_set_aside(c, answers)) {
            let why = format!(", since it depends on the answer to `{id}`, which is set aside");
            c.warning(
                answer.span,
                Problem::Hidden {
                    question: question.id.value.clone(),
                    why,
                },
            )
            .help = Some(format!("it is used again once `{id}` is answered again"));
            continue;
        }
        match &numbers {
            Some(n) => {
                let why = reason.map_or_else(String::new, |c| {
                    let plain = |s: &str| s.to_owned();
                    format!(
                        ": it is asked only if {}",
                        condition::words::condition_words(c, q, n, &plain)
                    )
                });
                c.warning(answer.span, Problem::HiddenRow { number: i + 1, why })
                    .help = Some("clear the answer, or change the answer it depends on".into());
            }
            None => {
                let why =
                    reason.map_or_else(String::new, |c| format!(", since `{c}` does not hold"));
                c.warning(
                    answer.span,
                    Problem::Hidden {
                        question: question.id.value.clone(),
                        why,
                    },
                );
            }
        }
    }
}

/// The first question `c` depends on whose answer was set aside.
fn depends_on_set_aside<'a>(c: &'a crate::model::Condition, answers: &Answers) -> Option<&'a str> {
    c.questions()
        .into_iter()
        .map(|id| id.value.as_str())
        .find(|id| answers.set_aside.iter().any(|l| l.question == *id))
}

/// Checks each answer, gathering problems.
struct Reader<'a> {
    c: Collector,
    src: &'a Source,
    questions: HashMap<&'a str, &'a Question>,
    q: &'a Questionnaire,
    mode: Mode,
    leftovers: Vec<Leftover>,
}

impl Reader<'_> {
    /// The `answers:` mapping, entry by entry.
    fn answers(&mut self, node: &Node, answers: &mut Answers) {
        let Kind::Map(entries) = &node.kind else {
            return;
        };
        let Some(entry) = entries.iter().find(|e| e.key_text() == "answers") else {
            return;
        };
        match &entry.value.kind {
            Kind::Map(list) => {
                for e in list {
                    let mark = (self.mode == Mode::Earlier).then(|| self.c.mark());
                    match self.entry(e) {
                        Some(answer) => {
                            answers.answers.insert(e.key_text().to_owned(), answer);
                        }
                        None => {
                            if let Some(mark) = mark {
                                self.set_aside(e, mark);
                            }
                        }
                    }
                }
            }
            Kind::Scalar(s) if s.resolve() == Plain::Null => {}
            _ => {
                self.c.error(entry.value.span, Shape::AnswersNotMapping);
            }
        }
    }
}

impl Reader<'_> {
    /// In [`Mode::Earlier`], an entry that failed only because it no longer
    /// fits becomes a leftover instead of an error.
    fn set_aside(&mut self, e: &crate::yaml::Entry, mark: Mark) {
        if self.mode != Mode::Earlier {
            return;
        }
        let found = self.c.take_since(mark);
        let fits_only = found.codes().all(|c| ANSWER_LEVEL.contains(&c));
        let first = found.codes().next();
        match first {
            Some(code) if fits_only => {
                let question = e.key_text().to_owned();
                let why = if code == Code::UnknownQuestion {
                    format!(
                        "the question is no longer in `{}` {}",
                        self.q.id.value, self.q.version.value
                    )
                } else {
                    found.diags.first().map_or_else(
                        || "the question no longer takes this answer".into(),
                        |d| d.message.clone(),
                    )
                };
                self.c
                    .warning(
                        e.key.span,
                        Problem::SetAside {
                            question: question.clone(),
                            why: why.clone(),
                        },
                    )
                    .help = Some(SET_ASIDE_HELP.into());
                self.leftovers.push(Leftover {
                    question,
                    code,
                    raw: raw_answer(&e.value),
                    why,
                    lines: self.lines(e),
                });
            }
            _ => {
                // Put them back as they were: in full, or counted past the cap.
                self.c.extend(found.diags);
                for code in found.spared {
                    self.c.recount(code);
                }
            }
        }
    }
}

impl Reader<'_> {
    /// An entry's lines as the file wrote them; a workbook's cells have
    /// none: its id and its answer, quoted.
    fn lines(&self, e: &crate::yaml::Entry) -> String {
        if self.src.is_workbook() {
            let written = crate::answers::kept::written(&e.value);
            format!(
                "  {}: {}\n",
                crate::yaml::quote(e.key_text()),
                crate::yaml::quote(&written)
            )
        } else {
            crate::answers::kept::entry_lines(self.src, e)
        }
    }
}

/// The answer of an entry as written: its value in short form, or its
/// `answer:` in long form; a list joined with commas.
fn raw_answer(node: &Node) -> Option<String> {
    match &node.kind {
        Kind::Map(fields) => fields
            .iter()
            .find(|f| f.key_text() == "answer")
            .and_then(|f| raw_answer(&f.value)),
        Kind::Seq(items) => {
            let texts: Option<Vec<&str>> = items.iter().map(text_of).collect();
            texts.map(|t| t.join(", "))
        }
        _ => text_of(node).map(str::to_owned),
    }
}

fn text_of(node: &Node) -> Option<&str> {
    match &node.kind {
        Kind::Scalar(s) if s.resolve() != Plain::Null => Some(&s.text),
        _ => None,
    }
}

fn is_null(node: &Node) -> bool {
    matches!(&node.kind, Kind::Scalar(s) if s.resolve() == Plain::Null)
}

#[cfg(test)]
mod tests;
