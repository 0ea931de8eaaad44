//! Reading an answers file and checking every answer against its question.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Deserialize;

use crate::condition;
use crate::diagnostic::Diagnostic;
use crate::load::{self, Loaded};
use crate::model::answers::{Answer, Answers, QuestionnaireRef, Respondent, Value};
use crate::model::{Question, QuestionType, Questionnaire, YesNo};
use crate::source::Source;
use crate::suggest::did_you_mean;
use crate::yaml::{Entry, Kind, Node, Plain, Span};

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

const LONG_FORM_KEYS: [&str; 3] = ["answer", "note", "evidence"];

/// The questionnaire id an answers file names, to find its questionnaire.
pub fn questionnaire_id(src: &Arc<Source>, node: &Node) -> Result<String, Vec<Diagnostic>> {
    let (top, diags) = load::deserialize::<Top>(src, node);
    match top {
        Some(top) if diags.is_empty() => Ok(top.questionnaire.id.value),
        _ => Err(diags),
    }
}

/// Reads answers from a parsed answers file and checks them against `q`.
pub fn from_node(
    src: &Arc<Source>,
    node: &Node,
    q: &Questionnaire,
) -> Result<Loaded<Answers>, Vec<Diagnostic>> {
    read(src, node, q, &|| crate::digest::digest(q))
}

/// The same, given the digest of `q`: `report` on many files computes it once,
/// rather than once per file (it hashes the whole questionnaire).
pub fn from_node_with_digest(
    src: &Arc<Source>,
    node: &Node,
    q: &Questionnaire,
    digest: &str,
) -> Result<Loaded<Answers>, Vec<Diagnostic>> {
    read(src, node, q, &|| digest.to_owned())
}

fn read(
    src: &Arc<Source>,
    node: &Node,
    q: &Questionnaire,
    digest: &dyn Fn() -> String,
) -> Result<Loaded<Answers>, Vec<Diagnostic>> {
    let (top, mut diags) = load::deserialize::<Top>(src, node);
    let Some(top) = top else {
        return load::finish(None::<Answers>, diags);
    };
    let mut r = Reader {
        src,
        diags: Vec::new(),
        // Answers are looked up by id: an index keeps a large file linear.
        questions: q.questions().map(|x| (x.id.as_str(), x)).collect(),
    };
    if top.questionnaire.id.as_str() != q.id.as_str() {
        r.error(
            "wrong-questionnaire",
            top.questionnaire.id.span,
            format!(
                "these answers are for `{}`, but the questionnaire given is `{}`",
                top.questionnaire.id.value, q.id.value
            ),
            Some(format!(
                "leave out `-q`, or give `-q {}`",
                top.questionnaire.id.value
            )),
        );
    } else {
        check_version(&mut r, &top.questionnaire, q, digest);
    }
    let mut answers = Answers {
        questionnaire: top.questionnaire,
        respondent: top.respondent.unwrap_or_default(),
        answers: Default::default(),
    };
    if let Kind::Map(entries) = &node.kind
        && let Some(entry) = entries.iter().find(|e| e.key_text() == "answers")
    {
        match &entry.value.kind {
            Kind::Map(list) => {
                for e in list {
                    if let Some(answer) = r.entry(e, q) {
                        answers.answers.insert(e.key_text().to_owned(), answer);
                    }
                }
            }
            Kind::Scalar(s) if s.resolve() == Plain::Null => {}
            _ => r.error(
                "wrong-type",
                entry.value.span,
                "`answers` should hold `question-id: answer` lines".into(),
                None,
            ),
        }
    }
    if !r.diags.iter().any(Diagnostic::is_error) {
        hidden_warnings(&mut r, q, &answers);
    }
    diags.append(&mut r.diags);
    load::finish(Some(answers), diags)
}

fn check_version(
    r: &mut Reader<'_>,
    given: &QuestionnaireRef,
    q: &Questionnaire,
    digest: &dyn Fn() -> String,
) {
    if let Some(v) = &given.version
        && v.as_str() != q.version.as_str()
    {
        r.warning(
            "version-differs",
            v.span,
            format!(
                "these answers were given to version {} of `{}`; this is version {}",
                v.value, q.id.value, q.version.value
            ),
            Some("the report says so; questions added since then count as unanswered".into()),
        );
    } else if let Some(d) = &given.digest {
        let now = digest();
        if d.as_str() != now {
            r.warning(
                "digest-differs",
                d.span,
                format!(
                    "the questionnaire `{}` has changed since these answers were given",
                    q.id.value
                ),
                Some(
                    "its digest differs although its version is the same; the report says so"
                        .into(),
                ),
            );
        }
    }
}

fn hidden_warnings(r: &mut Reader<'_>, q: &Questionnaire, answers: &Answers) {
    let shown = condition::visibility(q, answers);
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
        let why = shown
            .reason(q, i)
            .map_or_else(String::new, |c| format!(", since `{c}` does not hold"));
        r.warning(
            "hidden-answer",
            answer.span,
            format!(
                "the answer to `{}` is kept but ignored: the question is not asked{why}",
                question.id.value
            ),
            None,
        );
    }
}

struct Reader<'a> {
    src: &'a Arc<Source>,
    diags: Vec<Diagnostic>,
    questions: HashMap<&'a str, &'a Question>,
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

fn options_list(q: &Question) -> String {
    q.options()
        .iter()
        .map(|o| format!("`{}`", o.value.value))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Reader<'_> {
    fn error(&mut self, code: &'static str, span: Span, message: String, help: Option<String>) {
        self.diags.push(
            Diagnostic::error(code, message)
                .at(self.src, span)
                .maybe_help(help),
        );
    }

    fn warning(&mut self, code: &'static str, span: Span, message: String, help: Option<String>) {
        self.diags.push(
            Diagnostic::warning(code, message)
                .at(self.src, span)
                .maybe_help(help),
        );
    }

    fn entry(&mut self, e: &Entry, q: &Questionnaire) -> Option<Answer> {
        let id = e.key_text();
        let Some(question) = self.questions.get(id).copied() else {
            let ids: Vec<&str> = q.questions().map(|q| q.id.as_str()).collect();
            let help = did_you_mean(id, ids.iter().copied()).or_else(|| {
                q.sections
                    .iter()
                    .any(|s| s.id.as_str() == id)
                    .then(|| format!("`{id}` is a section; answer its questions one by one"))
            });
            self.error(
                "unknown-question",
                e.key.span,
                format!("`{id}` is not a question of `{}`", q.id.value),
                help,
            );
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
        // The long form: answer, note and evidence.
        let mut answer = Answer::new(Value::Unanswered);
        answer.span = node.span;
        let mut ok = true;
        for f in fields {
            match f.key_text() {
                "answer" => match self.value(&f.value, question) {
                    Some(v) => {
                        answer.value = v;
                        answer.span = f.value.span;
                    }
                    None => ok = false,
                },
                "note" => {
                    if !is_null(&f.value) {
                        match text_of(&f.value) {
                            Some(t) => answer.note = Some(t.to_owned()),
                            None => {
                                self.error(
                                    "wrong-type",
                                    f.value.span,
                                    "a note is text".into(),
                                    None,
                                );
                                ok = false;
                            }
                        }
                    }
                }
                "evidence" => match &f.value.kind {
                    Kind::Seq(items) => {
                        for item in items {
                            match text_of(item) {
                                Some(t) => answer.evidence.push(t.to_owned()),
                                None => {
                                    self.error(
                                        "wrong-type",
                                        item.span,
                                        "each piece of evidence is a line of text, such as a file name".into(),
                                        None,
                                    );
                                    ok = false;
                                }
                            }
                        }
                    }
                    _ if is_null(&f.value) => {}
                    _ => match text_of(&f.value) {
                        Some(t) => answer.evidence.push(t.to_owned()),
                        None => {
                            self.error(
                                "wrong-type",
                                f.value.span,
                                "`evidence` is a list of text, such as file names".into(),
                                None,
                            );
                            ok = false;
                        }
                    },
                },
                other => {
                    self.error(
                        "unknown-key",
                        f.key.span,
                        format!("unknown key `{other}`"),
                        did_you_mean(other, LONG_FORM_KEYS).or_else(|| {
                            Some(
                                "an answer in long form has `answer`, `note` and `evidence`".into(),
                            )
                        }),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(answer)
    }

    /// The value of one answer, or `None` after reporting why it is not valid.
    fn value(&mut self, node: &Node, q: &Question) -> Option<Value> {
        let id = &q.id.value;
        if is_null(node) {
            return Some(Value::Unanswered);
        }
        match text_of(node) {
            Some("unknown") => {
                if q.allow_unknown {
                    return Some(Value::Unknown);
                }
                self.error(
                    "unknown-not-allowed",
                    node.span,
                    format!("`{id}` does not allow \"I don't know\" (`unknown`)"),
                    Some(
                        "this question must be answered, or left out to count as unanswered".into(),
                    ),
                );
                return None;
            }
            Some("na") => {
                if q.allows_na() {
                    return Some(Value::Na);
                }
                self.error(
                    "na-not-allowed",
                    node.span,
                    format!("`{id}` does not allow \"not applicable\" (`na`)"),
                    Some("answer it, or use `unknown` for \"I don't know\"".into()),
                );
                return None;
            }
            _ => {}
        }
        let scalar = match &node.kind {
            Kind::Scalar(s) => Some(s),
            _ => None,
        };
        match q.kind() {
            QuestionType::YesNo => {
                let parsed = scalar.and_then(|s| match s.resolve() {
                    Plain::Bool(b) => Some(if b { YesNo::Yes } else { YesNo::No }),
                    _ => YesNo::parse(&s.text.to_lowercase()),
                });
                if parsed.is_none() {
                    self.error(
                        "invalid-answer",
                        node.span,
                        format!("`{id}` is a yes/no question; answer `yes`, `no` or `unknown`"),
                        None,
                    );
                }
                parsed.map(Value::YesNo)
            }
            QuestionType::Choice => {
                let text = scalar.map(|s| s.text.as_str());
                match text.and_then(|t| self.option(q, t)) {
                    Some(v) => Some(Value::Choice(v)),
                    None => {
                        self.bad_option(node, q, text);
                        None
                    }
                }
            }
            QuestionType::Multi => self.multi(node, q),
            QuestionType::Number => {
                let n = scalar.and_then(|s| match s.resolve() {
                    Plain::Int(i) => Some(i as f64),
                    Plain::Float(f) if f.is_finite() => Some(f),
                    _ => s.text.trim().parse::<f64>().ok().filter(|f| f.is_finite()),
                });
                let Some(n) = n else {
                    self.error(
                        "invalid-answer",
                        node.span,
                        format!("`{id}` takes a number"),
                        Some("write digits only, such as `12` or `2.5`".into()),
                    );
                    return None;
                };
                let unit = q
                    .unit
                    .as_ref()
                    .map_or(String::new(), |u| format!(" {}", u.value));
                if let Some(min) = &q.min
                    && n < min.value
                {
                    self.error(
                        "out-of-range",
                        node.span,
                        format!(
                            "{n} is below the smallest answer `{id}` allows, {}{unit}",
                            min.value
                        ),
                        None,
                    );
                    return None;
                }
                if let Some(max) = &q.max
                    && n > max.value
                {
                    self.error(
                        "out-of-range",
                        node.span,
                        format!(
                            "{n} is above the largest answer `{id}` allows, {}{unit}",
                            max.value
                        ),
                        None,
                    );
                    return None;
                }
                Some(Value::Number(n))
            }
            QuestionType::Text => match scalar {
                Some(s) => Some(Value::Text(s.text.clone())),
                None => {
                    self.error(
                        "invalid-answer",
                        node.span,
                        format!("`{id}` takes text"),
                        None,
                    );
                    None
                }
            },
        }
    }

    /// The option value `text` names, ignoring case.
    fn option(&self, q: &Question, text: &str) -> Option<String> {
        q.options()
            .iter()
            .find(|o| o.value.as_str() == text || o.value.eq_ignore_ascii_case(text))
            .map(|o| o.value.value.clone())
    }

    fn bad_option(&mut self, node: &Node, q: &Question, text: Option<&str>) {
        let values: Vec<&str> = q.options().iter().map(|o| o.value.as_str()).collect();
        let message = match text {
            Some(t) => format!("`{t}` is not an option of `{}`", q.id.value),
            None => format!("`{}` takes one of its options", q.id.value),
        };
        let help = text
            .and_then(|t| did_you_mean(t, values.iter().copied()))
            .or_else(|| Some(format!("the options are {}, or `unknown`", options_list(q))));
        self.error("invalid-answer", node.span, message, help);
    }

    fn multi(&mut self, node: &Node, q: &Question) -> Option<Value> {
        let items: Vec<&Node> = match &node.kind {
            Kind::Seq(items) => items.iter().collect(),
            Kind::Scalar(_) => vec![node],
            Kind::Map(_) => {
                self.error(
                    "invalid-answer",
                    node.span,
                    format!("`{}` takes a list of its options", q.id.value),
                    Some(format!(
                        "for example `[{}]`",
                        options_list(q).replace('`', "")
                    )),
                );
                return None;
            }
        };
        let mut chosen: Vec<String> = Vec::new();
        let mut ok = true;
        for item in items {
            let text = text_of(item);
            match text.and_then(|t| self.option(q, t)) {
                Some(v) if chosen.contains(&v) => {
                    self.error(
                        "invalid-answer",
                        item.span,
                        format!("`{v}` is chosen twice"),
                        None,
                    );
                    ok = false;
                }
                Some(v) => chosen.push(v),
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
            self.error(
                "invalid-answer",
                node.span,
                format!(
                    "`{}` cannot be chosen together with other options",
                    alone.value.value
                ),
                None,
            );
            ok = false;
        }
        ok.then_some(Value::Multi(chosen))
    }
}
