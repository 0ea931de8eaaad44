//! Scoring (docs/formats.md, "Scoring"): answers → fractions → section and
//! overall scores, a rating, completeness, and the action plan. A pure function
//! of its inputs.

use serde::Serialize;

use crate::condition;
use crate::model::answers::{Answer, Answers, Value};
use crate::model::{Choice, Question, QuestionType, Questionnaire, Section};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Partial,
    Gap,
    Unknown,
    Unanswered,
    Na,
    /// Weight 0: asked for information, never scored.
    Info,
}

impl Status {
    /// A critical question in one of these states caps the rating.
    pub fn caps(self) -> bool {
        matches!(
            self,
            Status::Gap | Status::Partial | Status::Unknown | Status::Unanswered
        )
    }

    /// An important question in one of these states holds the rating at the
    /// important cap: a partial answer does not.
    pub fn holds(self) -> bool {
        matches!(self, Status::Gap | Status::Unknown | Status::Unanswered)
    }
}

/// One asked question and how its answer scored.
#[derive(Clone, Debug)]
pub struct QuestionResult<'q> {
    pub question: &'q Question,
    pub section: usize,
    pub status: Status,
    /// The fraction met, 0 to 1, for scored questions (`None` for `na` and info).
    pub fraction: Option<f64>,
    pub answer: Option<&'q Answer>,
}

impl QuestionResult<'_> {
    pub fn weight(&self) -> u32 {
        self.question.weight()
    }

    /// Whether it counts in totals: scored and not `na`.
    pub fn counts(&self) -> bool {
        self.fraction.is_some()
    }

    /// Whether the answer meets `reference` of `framework`, one of the
    /// question's `maps`. A chosen option with `meets` meets exactly what it
    /// lists; any other answer meets every reference when it is fully met, and
    /// none when it is not. A multi meets what any of its chosen options meets.
    /// An unknown, missing or "not applicable" answer meets nothing.
    pub fn meets(&self, framework: &str, reference: &str) -> bool {
        if !matches!(self.status, Status::Met | Status::Partial | Status::Gap) {
            return false;
        }
        let met = self.status == Status::Met;
        let by_option = |o: &Choice| {
            if o.meets.is_empty() {
                met
            } else {
                o.meets(framework, reference)
            }
        };
        let q = self.question;
        match self.answer.map(|a| &a.value) {
            Some(Value::Choice(c)) => q.option(c).map_or(met, by_option),
            Some(Value::Multi(chosen)) => chosen.iter().filter_map(|c| q.option(c)).any(by_option),
            _ => met,
        }
    }
}

#[derive(Clone, Debug)]
pub struct SectionResult<'q> {
    pub section: &'q Section,
    /// 0 to 100, unrounded; `None` when nothing in the section carries weight.
    pub score: Option<f64>,
    /// Asked questions, and how many of them have an answer of any kind.
    pub asked: usize,
    pub answered: usize,
}

#[derive(Clone, Debug)]
pub struct Assessment<'q> {
    pub questionnaire: &'q Questionnaire,
    pub answers: &'q Answers,
    /// Asked questions only, in file order.
    pub questions: Vec<QuestionResult<'q>>,
    pub sections: Vec<SectionResult<'q>>,
    /// 0 to 100, unrounded; `None` when nothing asked carries weight.
    pub overall: Option<f64>,
    /// The band the score reaches, before any cap.
    pub band: Option<String>,
    /// The rating given: the band, or lower when a cap applies.
    pub rating: Option<String>,
    /// Critical questions that caused the cap, in file order.
    pub capped_by: Vec<&'q Question>,
    /// Important questions that hold the rating at the important cap, in file
    /// order (whether or not a critical cap or the score rates lower still).
    pub held_by: Vec<&'q Question>,
    /// The people of the questionnaire's `recipients` that the answers say the
    /// business does not have, each with who to turn to instead.
    pub absent: Vec<(&'q str, &'q str)>,
    /// Answered (anything but unanswered) / asked; `None` if nothing is asked.
    pub completeness: Option<f64>,
    pub actions: Vec<Action<'q>>,
}

/// The fraction an answer meets its question, for scored questions.
pub fn fraction(q: &Question, value: &Value) -> Option<f64> {
    let f = match (q.kind(), value) {
        (_, Value::Na) => return None,
        (_, Value::Unknown | Value::Unanswered) => 0.0,
        (QuestionType::YesNo, Value::YesNo(v)) => f64::from(u8::from(*v == q.expected_answer())),
        (QuestionType::Choice, Value::Choice(c)) => q.option(c).map_or(0.0, |o| o.score()),
        (QuestionType::Multi, Value::Multi(chosen)) => chosen
            .iter()
            .filter_map(|c| q.option(c))
            .map(|o| o.score())
            .sum::<f64>()
            .min(1.0),
        _ => 0.0,
    };
    Some(f.clamp(0.0, 1.0))
}

fn status(q: &Question, value: &Value, f: Option<f64>) -> Status {
    if !q.is_scored() {
        return Status::Info;
    }
    match (value, f) {
        (Value::Na, _) | (_, None) => Status::Na,
        (Value::Unknown, _) => Status::Unknown,
        (Value::Unanswered, _) => Status::Unanswered,
        (_, Some(f)) if f >= 1.0 => Status::Met,
        (_, Some(f)) if f > 0.0 => Status::Partial,
        _ => Status::Gap,
    }
}

fn percent(earned: f64, total: f64) -> Option<f64> {
    (total > 0.0).then(|| 100.0 * earned / total)
}

/// Running totals for a section or the whole questionnaire.
#[derive(Clone, Copy, Default)]
struct Tally {
    earned: f64,
    total: f64,
    asked: usize,
    answered: usize,
}

impl Tally {
    fn add(&mut self, r: &QuestionResult<'_>) {
        self.asked += 1;
        if r.answer.is_some_and(|a| a.value.is_answered()) {
            self.answered += 1;
        }
        if let Some(f) = r.fraction {
            let w = f64::from(r.weight());
            self.earned += w * f;
            self.total += w;
        }
    }

    fn score(&self) -> Option<f64> {
        percent(self.earned, self.total)
    }
}

impl Assessment<'_> {
    /// How many of the questions asked have an answer (`unknown` and `na` count).
    pub fn answered(&self) -> usize {
        self.questions
            .iter()
            .filter(|r| r.answer.is_some_and(|x| x.value.is_answered()))
            .count()
    }

    /// How many were answered "I don't know".
    pub fn unknown(&self) -> usize {
        self.questions
            .iter()
            .filter(|r| r.status == Status::Unknown)
            .count()
    }
}

/// Scores `answers` to `q`: every asked question, each section and the whole,
/// the rating (with the critical cap) and the action plan.
pub fn assess<'q>(q: &'q Questionnaire, answers: &'q Answers) -> Assessment<'q> {
    let questions = results(q, answers);
    // One pass over the results, adding up each section and the whole.
    let mut tallies = vec![Tally::default(); q.sections.len()];
    let mut all = Tally::default();
    for r in &questions {
        if let Some(t) = tallies.get_mut(r.section) {
            t.add(r);
        }
        all.add(r);
    }
    let sections = q
        .sections
        .iter()
        .zip(&tallies)
        .map(|(section, t)| SectionResult {
            section,
            score: t.score(),
            asked: t.asked,
            answered: t.answered,
        })
        .collect::<Vec<_>>();
    let overall = all.score();
    let capped_by: Vec<&Question> = questions
        .iter()
        .filter(|r| r.question.is_critical() && r.status.caps())
        .map(|r| r.question)
        .collect();
    let held_by: Vec<&Question> = questions
        .iter()
        .filter(|r| r.question.is_important() && r.status.holds())
        .map(|r| r.question)
        .collect();
    let (band, rating) = rate(q, overall, !capped_by.is_empty(), !held_by.is_empty());
    let completeness = (all.asked > 0).then(|| all.answered as f64 / all.asked as f64);
    let actions = plan::plan(&questions);
    Assessment {
        questionnaire: q,
        answers,
        questions,
        sections,
        overall,
        band,
        rating,
        capped_by,
        held_by,
        absent: absent(q, answers),
        completeness,
        actions,
    }
}

/// The recipients the answers say the business does not have: those whose
/// `when` does not hold once every question is asked.
fn absent<'q>(q: &'q Questionnaire, answers: &Answers) -> Vec<(&'q str, &'q str)> {
    if q.recipients.is_empty() {
        return Vec::new();
    }
    let visibility = condition::visibility(q, answers);
    let shown: std::collections::HashMap<&str, bool> = q
        .questions()
        .enumerate()
        .map(|(i, x)| (x.id.as_str(), visibility.question(i)))
        .collect();
    q.recipients
        .iter()
        .filter(|(_, r)| !condition::holds(&r.when.value, answers, &shown))
        .map(|(who, r)| (who.as_str(), r.instead.as_str()))
        .collect()
}

impl<'q> Assessment<'q> {
    /// Who to turn to instead of `recipient` (as `ask_whom` names them) when the
    /// answers say the business does not have them.
    pub fn instead_of(&self, recipient: &str) -> Option<&'q str> {
        self.absent
            .iter()
            .find(|(who, _)| crate::model::questionnaire::same_recipient(who, recipient))
            .map(|(_, instead)| *instead)
    }
}

/// The result of each question asked, in questionnaire order.
fn results<'q>(q: &'q Questionnaire, answers: &'q Answers) -> Vec<QuestionResult<'q>> {
    let visibility = condition::visibility(q, answers);
    let mut questions = Vec::new();
    let mut index = 0;
    for (s, section) in q.sections.iter().enumerate() {
        for question in &section.questions {
            if visibility.question(index) {
                let answer = answers.get(&question.id);
                let value = answer.map_or(&Value::Unanswered, |a| &a.value);
                let f = if question.is_scored() {
                    fraction(question, value)
                } else {
                    None
                };
                questions.push(QuestionResult {
                    question,
                    section: s,
                    status: status(question, value, f),
                    fraction: f,
                    answer,
                });
            }
            index += 1;
        }
    }
    questions
}

/// The band of the overall score, and the rating: the band, held at the
/// important cap while an important question is not met, and at the critical
/// cap while a must-have is not (a cap never raises a rating).
fn rate(
    q: &Questionnaire,
    overall: Option<f64>,
    capped: bool,
    held: bool,
) -> (Option<String>, Option<String>) {
    let scoring = q.scoring();
    let place = |label: &str| scoring.bands.iter().position(|b| b.label.as_str() == label);
    let band_index = overall.and_then(|o| scoring.bands.iter().position(|b| b.min.value <= o));
    let band = band_index.map(|i| scoring.bands[i].label.value.clone());
    // Bands go down as the index goes up: the rating is the lowest of the
    // band and the caps that apply.
    let caps = [
        (capped, scoring.cap_label()),
        (held, scoring.important_label()),
    ];
    let lowest = caps
        .iter()
        .filter(|(applies, _)| *applies)
        .map(|(_, label)| place(label))
        .chain([band_index])
        .try_fold(None::<usize>, |low, i| {
            i.map(|i| Some(low.map_or(i, |l| l.max(i))))
        });
    let rating = match lowest {
        Some(Some(i)) => Some(scoring.bands[i].label.value.clone()),
        // A cap that names no band (refused by `validate`) or no score.
        _ if capped => Some(scoring.cap_label().to_owned()),
        _ => band.clone(),
    };
    (band, rating)
}

mod plan;

pub use plan::{Action, Group};

#[cfg(test)]
mod tests;
