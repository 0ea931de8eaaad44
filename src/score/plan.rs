//! The action plan (docs/formats.md, "The action plan"): one action per
//! question not met, grouped and ordered so that what matters most for the
//! least effort comes first.

use serde::Serialize;

use super::{QuestionResult, Status};
use crate::model::answers::Value;
use crate::model::{Effort, Question, Recommendation};

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

/// How much closing a question's gap is worth: w · (1 − f), doubled for the
/// questions that hold the rating down (critical and important).
fn impact(q: &Question, f: f64) -> f64 {
    let held = q.is_critical() || q.is_important();
    f64::from(q.weight()) * (1.0 - f) * if held { 2.0 } else { 1.0 }
}

/// The action plan: one action per gap, partial or unanswered question, and one
/// "find out" action per `unknown` (in "do now" for a must-have); grouped, then
/// by impact/effort, important first, then file order. A low-effort action is a
/// quick win only when no bigger job is worth more for its effort: the rest go
/// into the plan in order, so that from the quick wins to the end of the plan
/// the worth for the effort never rises.
pub(super) fn plan<'q>(results: &[QuestionResult<'q>]) -> Vec<Action<'q>> {
    let mut actions = Vec::new();
    for (i, r) in results.iter().enumerate() {
        let q = r.question;
        let value = r.answer.map_or(&Value::Unanswered, |a| &a.value);
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
            impact: impact(q, r.fraction.unwrap_or(0.0)),
        });
    }
    // The best worth for the effort among the bigger jobs: a quick win must
    // match it.
    let bar = actions
        .iter()
        .filter(|a| a.group == Group::Plan)
        .map(Action::priority)
        .fold(f64::NEG_INFINITY, f64::max);
    for a in &mut actions {
        if a.group == Group::QuickWins && a.priority() < bar {
            a.group = Group::Plan;
        }
    }
    actions.sort_by(|a, b| {
        a.group
            .cmp(&b.group)
            .then(b.priority().total_cmp(&a.priority()))
            .then(b.question.is_important().cmp(&a.question.is_important()))
            .then(a.result.cmp(&b.result))
    });
    actions
}
