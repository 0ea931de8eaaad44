//! One entry of `answers:`: a question id with its answer in short form
//! (`mfa-email: yes`) or long form (`answer`, `note`, `evidence`).

use super::{Reader, is_null, text_of};
use crate::diagnostic::Code;
use crate::model::answers::{Answer, Value};
use crate::text::suggest::did_you_mean;
use crate::yaml::{Entry, Kind, Node};

const LONG_FORM_KEYS: [&str; 3] = ["answer", "note", "evidence"];

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
            let value = self.value(node, question)?;
            return Some(Answer {
                value,
                note: None,
                evidence: Vec::new(),
                span: node.span,
            });
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
                other => {
                    self.c
                        .error(
                            Code::UnknownKey,
                            f.key.span,
                            format!("unknown key `{other}`"),
                        )
                        .help = did_you_mean(other, LONG_FORM_KEYS).or_else(|| {
                        Some("an answer in long form has `answer`, `note` and `evidence`".into())
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
        let help = did_you_mean(id, q.questions().map(|q| q.id.as_str())).or_else(|| {
            q.sections
                .iter()
                .any(|s| s.id.as_str() == id)
                .then(|| format!("`{id}` is a section; answer its questions one by one"))
        });
        self.c
            .error(
                Code::UnknownQuestion,
                e.key.span,
                format!("`{id}` is not a question of `{}`", q.id.value),
            )
            .help = help;
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
                self.c.error(Code::WrongType, node.span, "a note is text");
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
                            self.c.error(
                                Code::WrongType,
                                item.span,
                                "each piece of evidence is a line of text, such as a file name",
                            );
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
                    self.c.error(
                        Code::WrongType,
                        node.span,
                        "`evidence` is a list of text, such as file names",
                    );
                    false
                }
            },
        }
    }
}
