//! One entry of `answers:`: a question id with its answer in short form
//! (`mfa-email: yes`) or long form (`answer`, `note`, `evidence`).

use super::{Reader, is_null, text_of};
use crate::diagnostic::Code;
use crate::diagnostic::kinds::{Answering, Shape};
use crate::model::answers::{Answer, CarriedFrom, MAX_BY_CHARS, Value, fits_by};
use crate::text::suggest::did_you_mean;
use crate::yaml::{Entry, Kind, Node};

const LONG_FORM_KEYS: [&str; 5] = ["answer", "note", "evidence", "by", "from"];
const FROM_KEYS: [&str; 2] = ["file", "date"];

impl Reader<'_> {
    /// The answer of one entry, or `None` after reporting why it is not valid.
    pub(super) fn entry(&mut self, e: &Entry) -> Option<Answer> {
        let id = e.key_text();
        let Some(question) = self.questions.get(id).copied() else {
            self.unknown_question(e);
            return None;
        };
        let node = &e.value;
        let Kind::Map(fields) = &node.kind else {
            let mut answer = Answer::new(self.value(node, question)?);
            answer.span = node.span;
            return Some(answer);
        };
        let mut answer = Answer::new(Value::Unanswered);
        answer.span = node.span;
        let mut ok = true;
        for f in fields {
            ok &= match f.key_text() {
                "answer" => match self.value(&f.value, question) {
                    Some(v) => {
                        answer.value = v;
                        answer.span = f.value.span;
                        true
                    }
                    None => false,
                },
                "note" => self.note(&f.value, &mut answer),
                "evidence" => self.evidence(&f.value, &mut answer),
                "by" => self.by(&f.value, &mut answer),
                "from" => self.from(&f.value, &mut answer),
                other => {
                    self.c
                        .error(f.key.span, Shape::UnknownKey { key: other.to_owned() })
                        .help = did_you_mean(other, LONG_FORM_KEYS).or_else(|| {
                        Some(
                            "an answer in long form has `answer`, `note`, `evidence`, `by` and `from`"
                                .into(),
                        )
                    });
                    false
                }
            };
        }
        ok.then_some(answer)
    }

    fn unknown_question(&mut self, e: &Entry) {
        let id = e.key_text();
        let q = self.q;
        if self.c.full(Code::UnknownQuestion) {
            // Counted only: no suggestion is worth its cost past the cap.
            self.c.error(e.key.span, unknown(id, q));
            return;
        }
        let help = did_you_mean(id, q.questions().map(|q| q.id.as_str())).or_else(|| {
            q.sections
                .iter()
                .any(|s| s.id.as_str() == id)
                .then(|| format!("`{id}` is a section; answer its questions one by one"))
        });
        self.c.error(e.key.span, unknown(id, q)).help = help;
    }

    /// `note:` is one text.
    fn note(&mut self, node: &Node, answer: &mut Answer) -> bool {
        if is_null(node) {
            return true;
        }
        match text_of(node) {
            Some(t) => {
                answer.note = Some(t.to_owned());
                true
            }
            None => {
                self.c.error(node.span, Shape::NoteNotText);
                false
            }
        }
    }

    /// `evidence:` is a list of texts, or one text.
    fn evidence(&mut self, node: &Node, answer: &mut Answer) -> bool {
        match &node.kind {
            Kind::Seq(items) => {
                let mut ok = true;
                for item in items {
                    match text_of(item) {
                        Some(t) => answer.evidence.push(t.to_owned()),
                        None => {
                            self.c.error(item.span, Shape::EvidenceItemNotText);
                            ok = false;
                        }
                    }
                }
                ok
            }
            _ if is_null(node) => true,
            _ => match text_of(node) {
                Some(t) => {
                    answer.evidence.push(t.to_owned());
                    true
                }
                None => {
                    self.c.error(node.span, Shape::EvidenceNotList);
                    false
                }
            },
        }
    }

    /// `by:` is who gave the answer: a short line of text.
    fn by(&mut self, node: &Node, answer: &mut Answer) -> bool {
        if is_null(node) {
            return true;
        }
        match text_of(node) {
            Some(t) if !t.trim().is_empty() && fits_by(t) => {
                answer.by = Some(t.trim().to_owned());
                true
            }
            Some(_) => {
                self.c
                    .error(node.span, Shape::ByTooLong { max: MAX_BY_CHARS })
                    .help = Some(
                    "for example `it-provider`, `insurance-broker`, `accountant` or a name".into(),
                );
                false
            }
            None => {
                self.c.error(node.span, Shape::ByNotText);
                false
            }
        }
    }

    /// `from: { file: NAME, date: YYYY-MM-DD }`: where a carried answer came from.
    fn from(&mut self, node: &Node, answer: &mut Answer) -> bool {
        if is_null(node) {
            return true;
        }
        let Kind::Map(fields) = &node.kind else {
            self.c.error(node.span, Shape::FromNotMapping).help =
                Some("for example `from: { file: answers-2025.yaml, date: 2025-11-02 }`".into());
            return false;
        };
        let (mut file, mut date, mut ok) = (None, None, true);
        for f in fields {
            match (f.key_text(), text_of(&f.value)) {
                ("file", Some(t)) if !t.trim().is_empty() => file = Some(t.to_owned()),
                ("date", Some(t)) if crate::date::is_date(t) => date = Some(t.to_owned()),
                ("file", _) => {
                    self.c.error(f.value.span, Shape::FromFileNotText);
                    ok = false;
                }
                ("date", _) => {
                    self.c.error(f.value.span, Shape::FromDateInvalid).help =
                        Some("for example `2025-11-02`".into());
                    ok = false;
                }
                (other, _) => {
                    self.c
                        .error(
                            f.key.span,
                            Shape::UnknownKey {
                                key: other.to_owned(),
                            },
                        )
                        .help = did_you_mean(other, FROM_KEYS)
                        .or_else(|| Some("`from` holds `file` and `date`".into()));
                    ok = false;
                }
            }
        }
        match file {
            Some(file) if ok => {
                answer.from = Some(CarriedFrom { file, date });
                true
            }
            None if ok => {
                self.c.error(node.span, Shape::MissingKey { key: "file" });
                false
            }
            _ => false,
        }
    }
}

/// An answer to a question `q` does not have.
fn unknown(id: &str, q: &crate::model::Questionnaire) -> Answering {
    Answering::UnknownQuestion {
        id: id.to_owned(),
        questionnaire: q.id.value.clone(),
    }
}
