//! Carrying answers from earlier answers files into a new one for another
//! questionnaire or another version: by question id within a family, through
//! `same_as` across families. Only what still fits is carried (the same type,
//! an option that still exists, a number in range, `na` where allowed); the
//! newest file wins; every carried answer says where it came from. Nothing is
//! invented: "I don't know" and hidden answers are not carried.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;

use super::{family, same_family};
use crate::check::links::split_same_as;
use crate::condition;
use crate::date;
use crate::diagnostic::Code;
use crate::model::answers::Leftover;
use crate::model::answers::{Answer, Answers, CarriedFrom, Value};
use crate::model::{Question, QuestionType, Questionnaire};

/// An earlier answers file, read against the questionnaire it answers.
pub struct Earlier<'a> {
    /// The file's name, as `from: { file: … }` will say it.
    pub name: String,
    pub questionnaire: &'a Questionnaire,
    pub answers: &'a Answers,
    /// Its answers that no longer fit `questionnaire` (see
    /// [`crate::answers::AnswersFile::check_earlier`]).
    pub leftovers: &'a [Leftover],
}

impl Earlier<'_> {
    /// When the file was answered (`respondent.date`), if it says.
    pub fn date(&self) -> Option<&str> {
        self.answers
            .respondent
            .date
            .as_deref()
            .filter(|d| date::is_date(d))
    }
}

/// An answer carried into the new file.
#[derive(Clone, Debug, PartialEq)]
pub struct Carried {
    /// The answer, with `from:` set.
    pub answer: Answer,
    /// Which earlier file it came from (an index into the files given).
    pub source: usize,
    /// The question it answered there.
    pub question: String,
}

/// An older answer that disagrees with the one carried, and lost to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Overruled {
    /// The question of the new file.
    pub question: String,
    pub value: Value,
    pub source: usize,
    /// The file whose answer was kept.
    pub kept: usize,
}

/// Why an earlier answer was not carried.
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// The question is no longer asked.
    Removed,
    /// The question takes another type of answer now.
    Retyped {
        was: QuestionType,
        now: QuestionType,
    },
    /// The answer is no longer one of the options.
    NotAnOption(String),
    /// The number is outside the range allowed now.
    OutOfRange(f64),
    /// "Not applicable" is no longer allowed.
    NaNotAllowed,
    /// The answer no longer fits the question as it is now.
    NoLongerFits,
}

/// An earlier answer that could not be carried, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct NotCarried {
    pub source: usize,
    /// The question it answered in the earlier file.
    pub question: String,
    pub why: Why,
}

/// What carrying found.
#[derive(Debug, Default)]
pub struct Carry {
    /// By question id of the new questionnaire, in its order.
    pub answers: IndexMap<String, Carried>,
    pub overruled: Vec<Overruled>,
    pub not_carried: Vec<NotCarried>,
}

/// An earlier file's questions by id, and its answers worth carrying, by the
/// question's place: looked up once per question of the new questionnaire, so
/// that carrying stays linear in the size of the files.
struct Index<'e> {
    questions: Vec<&'e Question>,
    by_id: HashMap<&'e str, usize>,
    usable: Vec<Option<&'e Answer>>,
}

impl<'e> Index<'e> {
    fn new(e: &Earlier<'e>) -> Index<'e> {
        let questions: Vec<&'e Question> = e.questionnaire.questions().collect();
        let by_id = questions
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.as_str(), i))
            .collect();
        Index {
            questions,
            by_id,
            usable: answered(e),
        }
    }

    /// The question `id` of the file, with its place.
    fn get(&self, id: &str) -> Option<(usize, &'e Question)> {
        self.by_id.get(id).map(|&i| (i, self.questions[i]))
    }
}

/// Where an answer to `target` may come from in `e`: questions of `e` (with
/// their place), and whether the link is a `same_as` (whose value table then
/// applies).
fn sources<'e>(
    target: &Question,
    q: &Questionnaire,
    e: &Earlier<'e>,
    index: &Index<'e>,
) -> Vec<(usize, &'e Question, bool)> {
    let mut out = Vec::new();
    if same_family(q, e.questionnaire)
        && let Some((i, x)) = index.get(&target.id)
    {
        out.push((i, x, false));
    }
    let theirs = family(e.questionnaire);
    for link in &target.same_as {
        if let Some((qid, id)) = split_same_as(link)
            && theirs.contains(&qid)
            && let Some((i, x)) = index.get(id)
        {
            out.push((i, x, true));
        }
    }
    out
}

/// `value`, given to `from`, as an answer to `to`; or why it does not fit.
fn convert(value: &Value, from: &Question, to: &Question, via_same_as: bool) -> Result<Value, Why> {
    if from.kind() != to.kind() && !matches!(value, Value::Na) {
        return Err(Why::Retyped {
            was: from.kind(),
            now: to.kind(),
        });
    }
    let ours = |v: &str| -> Result<String, Why> {
        let mapped = via_same_as
            .then(|| to.same_as_values.get(v).map(|m| m.value.clone()))
            .flatten()
            .unwrap_or_else(|| v.to_owned());
        match to.option(&mapped) {
            Some(o) => Ok(o.value.value.clone()),
            None => Err(Why::NotAnOption(v.to_owned())),
        }
    };
    match value {
        Value::Na if to.allows_na() => Ok(Value::Na),
        Value::Na => Err(Why::NaNotAllowed),
        Value::Choice(c) => ours(c).map(Value::Choice),
        Value::Multi(list) => list
            .iter()
            .map(|c| ours(c))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Multi),
        Value::Number(n) => {
            let below = to.min.as_ref().is_some_and(|m| *n < m.value);
            let above = to.max.as_ref().is_some_and(|m| *n > m.value);
            if below || above {
                Err(Why::OutOfRange(*n))
            } else {
                Ok(Value::Number(*n))
            }
        }
        other => Ok(other.clone()),
    }
}

/// The answers of each earlier file worth carrying: real answers and `na`, to
/// questions that file asked.
fn answered<'e>(e: &Earlier<'e>) -> Vec<Option<&'e Answer>> {
    let shown = condition::visibility(e.questionnaire, e.answers);
    e.questionnaire
        .questions()
        .enumerate()
        .map(|(i, x)| {
            e.answers
                .get(&x.id)
                .filter(|a| shown.question(i) && (a.value.is_real() || a.value == Value::Na))
        })
        .collect()
}

/// Carries what fits of `earlier` into answers to `q`. The newest file (by its
/// `respondent.date`, then by its place in the list) wins.
pub fn carry(q: &Questionnaire, earlier: &[Earlier<'_>]) -> Carry {
    let mut order: Vec<usize> = (0..earlier.len()).collect();
    order.sort_by(|a, b| earlier[*b].date().cmp(&earlier[*a].date()).then(b.cmp(a)));
    let indexes: Vec<Index<'_>> = earlier.iter().map(Index::new).collect();
    let mut out = Carry::default();
    for target in q.questions() {
        for &e in &order {
            for (place, from, via) in sources(target, q, &earlier[e], &indexes[e]) {
                let Some(old) = indexes[e].usable[place] else {
                    continue;
                };
                match convert(&old.value, from, target, via) {
                    Ok(value) => keep(&mut out, target, e, from, old, value, &earlier[e]),
                    Err(why) => out.not_carried.push(NotCarried {
                        source: e,
                        question: from.id.value.clone(),
                        why,
                    }),
                }
            }
        }
    }
    removed(&mut out, q, earlier, &indexes);
    out
}

/// Keeps the first fitting answer (the newest); a later, different one is
/// listed as overruled.
fn keep(
    out: &mut Carry,
    target: &Question,
    e: usize,
    from: &Question,
    old: &Answer,
    value: Value,
    earlier: &Earlier<'_>,
) {
    if let Some(kept) = out.answers.get(target.id.as_str()) {
        if kept.answer.value != value {
            out.overruled.push(Overruled {
                question: target.id.value.clone(),
                value,
                source: e,
                kept: kept.source,
            });
        }
        return;
    }
    let mut answer = old.clone();
    answer.value = value;
    answer.span = Default::default();
    answer.from = Some(CarriedFrom {
        file: earlier.name.clone(),
        date: old
            .from
            .as_ref()
            .and_then(|f| f.date.clone())
            .or_else(|| earlier.date().map(str::to_owned)),
    });
    out.answers.insert(
        target.id.value.clone(),
        Carried {
            answer,
            source: e,
            question: from.id.value.clone(),
        },
    );
}

/// Answers of earlier files of the same family that no longer fit, and
/// answers to questions another version of `q` had and `q` no longer has.
fn removed(out: &mut Carry, q: &Questionnaire, earlier: &[Earlier<'_>], indexes: &[Index<'_>]) {
    let ours: HashSet<&str> = q.questions().map(|x| x.id.as_str()).collect();
    for (e, file) in earlier.iter().enumerate() {
        if !same_family(q, file.questionnaire) {
            continue;
        }
        for left in file.leftovers {
            out.not_carried.push(NotCarried {
                source: e,
                question: left.question.clone(),
                why: match left.code {
                    Code::UnknownQuestion => Why::Removed,
                    Code::NaNotAllowed => Why::NaNotAllowed,
                    _ => Why::NoLongerFits,
                },
            });
        }
        // A base's questions that a profile leaves out are not gone: they are
        // not asked here. Only another version of `q` itself has removed some.
        if file.questionnaire.id.as_str() != q.id.as_str() {
            continue;
        }
        for (x, a) in file.questionnaire.questions().zip(&indexes[e].usable) {
            if a.is_some() && !ours.contains(x.id.as_str()) {
                out.not_carried.push(NotCarried {
                    source: e,
                    question: x.id.value.clone(),
                    why: Why::Removed,
                });
            }
        }
    }
}
