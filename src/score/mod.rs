//! Scoring (docs/formats.md, "Scoring"): answers → fractions → section and
//! overall scores, a rating, completeness, and the action plan. A pure function
//! of its inputs.

use serde::Serialize;

use crate::condition;
use crate::model::answers::{Answer, Answers, Value};
use crate::model::{Effort, Question, QuestionType, Questionnaire, Recommendation, Section};

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    DoNow,
    QuickWins,
    Plan,
    FindOut,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::DoNow, Group::QuickWins, Group::Plan, Group::FindOut];

    pub fn title(self) -> &'static str {
        match self {
            Group::DoNow => "Do now",
            Group::QuickWins => "Quick wins",
            Group::Plan => "Plan",
            Group::FindOut => "Find out",
        }
    }
}

/// One thing to do, from one question.
#[derive(Clone, Debug)]
pub struct Action<'q> {
    pub result: usize,
    pub question: &'q Question,
    pub group: Group,
    /// The answer was "I don't know": the action is to find out. A must-have
    /// to find out is done now (in "do now"), the rest in `FindOut`.
    pub find_out: bool,
    /// The recommendation used: the chosen option's if it has one, else the question's.
    /// `None` only for a "find out" action on a question without any.
    pub recommendation: Option<&'q Recommendation>,
    pub effort: Effort,
    /// w · (1 − f) · (2 if critical).
    pub impact: f64,
}

impl Action<'_> {
    pub fn title(&self) -> String {
        let question = self.question.text.trim();
        match (self.find_out, self.group, self.recommendation) {
            (true, _, _) | (_, _, None) => format!("Find out: {question}"),
            (false, _, Some(r)) => r.title.value.clone(),
        }
    }

    /// What to ask the IT provider, if anything.
    pub fn ask_provider(&self) -> Option<&str> {
        self.recommendation.and_then(|r| r.ask_provider.as_deref())
    }

    fn priority(&self) -> f64 {
        self.impact / self.effort.cost()
    }
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
    /// The rating given: the band, or the cap when a critical question is not met.
    pub rating: Option<String>,
    /// Critical questions that caused the cap, in file order.
    pub capped_by: Vec<&'q Question>,
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

/// The recommendation for the answer given: the chosen option's, else the question's,
/// else (an unanswered question with advice only on its options) the worst option's.
fn recommendation<'q>(q: &'q Question, value: &Value) -> Option<&'q Recommendation> {
    let chosen = match value {
        Value::Choice(c) => q.option(c).and_then(|o| o.recommendation.as_ref()),
        Value::Multi(chosen) => q
            .options()
            .iter()
            .filter(|o| chosen.contains(&o.value.value))
            .find_map(|o| o.recommendation.as_ref()),
        _ => None,
    };
    chosen.or(q.recommendation.as_ref()).or_else(|| {
        q.options()
            .iter()
            .filter(|o| o.recommendation.is_some())
            .min_by(|a, b| a.score().total_cmp(&b.score()))
            .and_then(|o| o.recommendation.as_ref())
    })
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
    let (band, rating) = rate(q, overall, !capped_by.is_empty());
    let completeness = (all.asked > 0).then(|| all.answered as f64 / all.asked as f64);
    let actions = plan(&questions);
    Assessment {
        questionnaire: q,
        answers,
        questions,
        sections,
        overall,
        band,
        rating,
        capped_by,
        completeness,
        actions,
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

/// The band of the overall score, and the rating: the band, or the critical cap
/// when a must-have is not met (the cap never raises a rating).
fn rate(q: &Questionnaire, overall: Option<f64>, capped: bool) -> (Option<String>, Option<String>) {
    let scoring = q.scoring();
    let band_index = overall.and_then(|o| scoring.bands.iter().position(|b| b.min.value <= o));
    let band = band_index.map(|i| scoring.bands[i].label.value.clone());
    if !capped {
        return (band.clone(), band);
    }
    let cap = scoring.cap_label();
    let cap_index = scoring.bands.iter().position(|b| b.label.as_str() == cap);
    let rating = match (band_index, cap_index) {
        (Some(b), Some(c)) if b > c => band.clone(),
        _ => Some(cap.to_owned()),
    };
    (band, rating)
}

/// The action plan: one action per gap, partial or unanswered question, and one
/// "find out" action per `unknown` (in "do now" for a must-have); grouped, then by
/// impact/effort, then file order.
fn plan<'q>(results: &[QuestionResult<'q>]) -> Vec<Action<'q>> {
    let mut actions = Vec::new();
    for (i, r) in results.iter().enumerate() {
        let q = r.question;
        let value = r.answer.map_or(&Value::Unanswered, |a| &a.value);
        let f = r.fraction.unwrap_or(0.0);
        let impact = f64::from(q.weight()) * (1.0 - f) * if q.is_critical() { 2.0 } else { 1.0 };
        let rec = recommendation(q, value);
        let (group, effort) = match r.status {
            Status::Gap | Status::Partial | Status::Unanswered => {
                let effort = rec.map_or(Effort::Low, |r| r.effort);
                let group = if q.is_critical() {
                    Group::DoNow
                } else if effort == Effort::Low {
                    Group::QuickWins
                } else {
                    Group::Plan
                };
                (group, effort)
            }
            // Finding out is quick: one question to the right person. A
            // must-have not known is as urgent as one not met.
            Status::Unknown if q.is_critical() => (Group::DoNow, Effort::Low),
            Status::Unknown => (Group::FindOut, Effort::Low),
            Status::Met | Status::Na | Status::Info => continue,
        };
        actions.push(Action {
            result: i,
            question: q,
            group,
            find_out: r.status == Status::Unknown,
            recommendation: rec,
            effort,
            impact,
        });
    }
    actions.sort_by(|a, b| {
        a.group
            .cmp(&b.group)
            .then(b.priority().total_cmp(&a.priority()))
            .then(a.result.cmp(&b.result))
    });
    actions
}

#[cfg(test)]
mod tests;
