//! The value of one answer, checked against its question's type: yes/no, one
//! option, several options, a number in range, or text; `unknown` and `na` where
//! the question allows them.

use super::{Reader, is_null, text_of};
use crate::diagnostic::kinds::Answering;
use crate::model::answers::Value;
use crate::model::{Question, QuestionType, YesNo};
use crate::text::suggest::did_you_mean;
use crate::yaml::{Kind, Node, Plain, Scalar};

fn options_list(q: &Question) -> String {
    q.options()
        .iter()
        .map(|o| format!("`{}`", o.value.value))
        .collect::<Vec<_>>()
        .join(", ")
}

fn scalar(node: &Node) -> Option<&Scalar> {
    match &node.kind {
        Kind::Scalar(s) => Some(s),
        _ => None,
    }
}

impl Reader<'_> {
    /// The value of one answer, or `None` after reporting why it is not valid.
    pub(super) fn value(&mut self, node: &Node, q: &Question) -> Option<Value> {
        if is_null(node) {
            return Some(Value::Unanswered);
        }
        match text_of(node) {
            Some("unknown") => return self.unknown(node, q),
            Some("na") => return self.na(node, q),
            _ => {}
        }
        match q.kind() {
            QuestionType::YesNo => self.yes_no(node, q),
            QuestionType::Choice => self.choice(node, q),
            QuestionType::Multi => self.multi(node, q),
            QuestionType::Number => self.number(node, q),
            QuestionType::Text => self.text(node, q),
        }
    }

    fn unknown(&mut self, node: &Node, q: &Question) -> Option<Value> {
        if q.allow_unknown {
            return Some(Value::Unknown);
        }
        self.c
            .error(node.span, Answering::NoUnknown { question: id(q) })
            .help =
            Some("this question must be answered, or left out to count as unanswered".into());
        None
    }

    fn na(&mut self, node: &Node, q: &Question) -> Option<Value> {
        if q.allows_na() {
            return Some(Value::Na);
        }
        self.c
            .error(node.span, Answering::NoNa { question: id(q) })
            .help = Some("answer it, or use `unknown` for \"I don't know\"".into());
        None
    }

    fn yes_no(&mut self, node: &Node, q: &Question) -> Option<Value> {
        let parsed = scalar(node).and_then(|s| match s.resolve() {
            Plain::Bool(b) => Some(if b { YesNo::Yes } else { YesNo::No }),
            _ => YesNo::parse(&s.text.to_lowercase()),
        });
        if parsed.is_none() {
            self.c.error(
                node.span,
                Answering::YesOrNo {
                    question: id(q),
                    takes: "`yes`, `no` or `unknown`".into(),
                },
            );
        }
        parsed.map(Value::YesNo)
    }

    fn choice(&mut self, node: &Node, q: &Question) -> Option<Value> {
        let text = scalar(node).map(|s| s.text.as_str());
        match text.and_then(|t| option(q, t)) {
            Some(v) => Some(Value::Choice(v)),
            None => {
                self.bad_option(node, q, text);
                None
            }
        }
    }

    fn number(&mut self, node: &Node, q: &Question) -> Option<Value> {
        let id = &q.id.value;
        let n = scalar(node).and_then(|s| match s.resolve() {
            Plain::Int(i) => Some(i as f64),
            Plain::Float(f) if f.is_finite() => Some(f),
            _ => s.text.trim().parse::<f64>().ok().filter(|f| f.is_finite()),
        });
        let Some(n) = n else {
            self.c
                .error(
                    node.span,
                    Answering::NotANumber {
                        question: id.clone(),
                    },
                )
                .help = Some("write digits only, such as `12` or `2.5`".into());
            return None;
        };
        let unit = q
            .unit
            .as_ref()
            .map_or(String::new(), |u| format!(" {}", u.value));
        let limit = match (&q.min, &q.max) {
            (Some(min), _) if n < min.value => Some(("below the smallest", min.value)),
            (_, Some(max)) if n > max.value => Some(("above the largest", max.value)),
            _ => None,
        };
        if let Some((side, bound)) = limit {
            self.c.error(
                node.span,
                Answering::OutOfRange {
                    n: n.to_string(),
                    side,
                    question: id.clone(),
                    bound: format!("{bound}{unit}"),
                },
            );
            return None;
        }
        Some(Value::Number(n))
    }

    fn text(&mut self, node: &Node, q: &Question) -> Option<Value> {
        match scalar(node) {
            Some(s) => Some(Value::Text(s.text.clone())),
            None => {
                self.c
                    .error(node.span, Answering::NotText { question: id(q) });
                None
            }
        }
    }

    fn bad_option(&mut self, node: &Node, q: &Question, text: Option<&str>) {
        let values: Vec<&str> = q.options().iter().map(|o| o.value.as_str()).collect();
        let problem = match text {
            Some(t) => Answering::NotAnOption {
                given: format!("`{t}`"),
                question: id(q),
            },
            None => Answering::NoOption { question: id(q) },
        };
        let help = text
            .and_then(|t| did_you_mean(t, values.iter().copied()))
            .or_else(|| Some(format!("the options are {}, or `unknown`", options_list(q))));
        self.c.error(node.span, problem).help = help;
    }

    fn multi(&mut self, node: &Node, q: &Question) -> Option<Value> {
        let items: Vec<&Node> = match &node.kind {
            Kind::Seq(items) => items.iter().collect(),
            Kind::Scalar(_) => vec![node],
            Kind::Map(_) => {
                self.c
                    .error(node.span, Answering::NotAList { question: id(q) })
                    .help = Some(format!(
                    "for example `[{}]`",
                    options_list(q).replace('`', "")
                ));
                return None;
            }
        };
        let mut chosen: Vec<String> = Vec::new();
        // Where each chosen option was written (its item, or a workbook's row).
        let mut at: Vec<crate::yaml::Span> = Vec::new();
        let mut ok = true;
        for item in items {
            let text = text_of(item);
            match text.and_then(|t| option(q, t)) {
                Some(v) if chosen.contains(&v) => {
                    self.c
                        .error(item.span, Answering::ChosenTwice { option: v });
                    ok = false;
                }
                Some(v) => {
                    chosen.push(v);
                    at.push(item.span);
                }
                None => {
                    self.bad_option(item, q, text);
                    ok = false;
                }
            }
        }
        if ok
            && chosen.len() > 1
            && let Some(alone) = q
                .options()
                .iter()
                .find(|o| o.exclusive.value && chosen.contains(&o.value.value))
        {
            // Said where the option stands alone was chosen, by its label.
            let i = chosen.iter().position(|v| *v == alone.value.value);
            let span = i.and_then(|i| at.get(i)).copied().unwrap_or(node.span);
            self.c
                .error(
                    span,
                    Answering::NotWithOthers {
                        label: alone.label.value.clone(),
                    },
                )
                .help = Some(format!(
                "\"{}\" stands alone: leave it out, or leave out the others",
                alone.label.value
            ));
            ok = false;
        }
        // In the questionnaire's order, however they were written: a report
        // then reads the same whether the answers came from YAML or a workbook.
        let order = |v: &String| q.options().iter().position(|o| o.value.value == *v);
        chosen.sort_by_key(order);
        ok.then_some(Value::Multi(chosen))
    }
}

/// The option value `text` names, ignoring case.
fn option(q: &Question, text: &str) -> Option<String> {
    q.options()
        .iter()
        .find(|o| o.value.as_str() == text || o.value.eq_ignore_ascii_case(text))
        .map(|o| o.value.value.clone())
}

/// The id of `q`, for a message.
fn id(q: &Question) -> String {
    q.id.value.clone()
}
