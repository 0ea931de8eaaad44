//! Framework coverage: for each framework a questionnaire maps to, which of its
//! references the answers meet.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::model::Question;
use crate::score::{Assessment, QuestionResult, Status};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RefStatus {
    /// The answer to every asked, scored question that maps to it meets it.
    Met,
    /// At least one of those answers does not meet it (not met, partly met,
    /// met for the score but not for this reference, unknown or not answered).
    NotMet,
    /// None of them is asked and scored (hidden, not applicable, or information).
    NotAssessed,
}

impl RefStatus {
    pub fn text(self) -> &'static str {
        match self {
            RefStatus::Met => "Met",
            RefStatus::NotMet => "Not met",
            RefStatus::NotAssessed => "Not assessed",
        }
    }
}

pub struct Reference<'q> {
    pub reference: String,
    pub status: RefStatus,
    pub questions: Vec<&'q Question>,
}

pub struct Coverage<'q> {
    pub id: String,
    pub name: String,
    pub references: Vec<Reference<'q>>,
}

impl Coverage<'_> {
    pub fn count(&self, status: RefStatus) -> usize {
        self.references
            .iter()
            .filter(|r| r.status == status)
            .count()
    }
}

/// Compares ids so that `2.1` comes before `10.1` and `PR.AA-03` before `PR.AA-10`.
fn natural(a: &str, b: &str) -> Ordering {
    fn chunks(s: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = s.as_bytes();
        for i in 1..=bytes.len() {
            if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[start].is_ascii_digit() {
                out.push((bytes[start].is_ascii_digit(), &s[start..i]));
                start = i;
            }
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(cb.iter()) {
        let ord = match (x, y) {
            ((true, x), (true, y)) => x
                .trim_start_matches('0')
                .len()
                .cmp(&y.trim_start_matches('0').len())
                .then_with(|| x.trim_start_matches('0').cmp(y.trim_start_matches('0'))),
            ((_, x), (_, y)) => x.cmp(y),
        };
        if ord != Ordering::Equal {
            return ord;
        }
    }
    ca.len().cmp(&cb.len())
}

pub fn coverage<'q>(a: &Assessment<'q>) -> Vec<Coverage<'q>> {
    let q = a.questionnaire;
    let mut out = Vec::new();
    // Each asked question's result, by id: a lookup per mapped question.
    let asked: HashMap<&str, &QuestionResult<'q>> = a
        .questions
        .iter()
        .map(|r| (r.question.id.as_str(), r))
        .collect();
    for (framework, name) in &q.frameworks {
        // Per reference: whether each asked, scored question meets it, and
        // every question that maps to it.
        let mut refs: BTreeMap<&str, (Vec<bool>, Vec<&'q Question>)> = BTreeMap::new();
        for question in q.questions() {
            let Some(list) = question.maps.get(framework.as_str()) else {
                continue;
            };
            let result = asked
                .get(question.id.as_str())
                .filter(|r| !matches!(r.status, Status::Na | Status::Info));
            for r in list {
                let entry = refs.entry(r.as_str()).or_default();
                entry.1.push(question);
                if let Some(result) = result {
                    entry.0.push(result.meets(framework, r));
                }
            }
        }
        let mut references: Vec<Reference<'q>> = refs
            .into_iter()
            .map(|(reference, (meets, questions))| {
                let status = if meets.is_empty() {
                    RefStatus::NotAssessed
                } else if meets.iter().all(|m| *m) {
                    RefStatus::Met
                } else {
                    RefStatus::NotMet
                };
                Reference {
                    reference: reference.to_owned(),
                    status,
                    questions,
                }
            })
            .collect();
        references.sort_by(|x, y| natural(&x.reference, &y.reference));
        if !references.is_empty() {
            out.push(Coverage {
                id: framework.value.clone(),
                name: name.clone(),
                references,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;

/// The six functions of NIST CSF 2.0, by the prefix of their references.
pub const CSF_FUNCTIONS: [(&str, &str); 6] = [
    ("GV", "Govern"),
    ("ID", "Identify"),
    ("PR", "Protect"),
    ("DE", "Detect"),
    ("RS", "Respond"),
    ("RC", "Recover"),
];

/// The framework id of NIST CSF 2.0.
pub const CSF: &str = "nist-csf-2.0";

/// A score for one CSF function: the scored questions that map to it.
pub struct FunctionScore {
    pub code: &'static str,
    pub name: &'static str,
    /// 0 to 100, `None` when no scored question asked maps to it.
    pub score: Option<f64>,
    pub questions: usize,
}

/// The score of each CSF 2.0 function, when the questionnaire maps to CSF 2.0:
/// Σ w·f / Σ w over the scored questions asked that map to the function (a
/// question that maps to two functions counts in both).
pub fn csf_functions(a: &Assessment<'_>) -> Option<Vec<FunctionScore>> {
    if !a.questionnaire.frameworks.keys().any(|k| k.as_str() == CSF) {
        return None;
    }
    let mut totals = [(0.0, 0.0, 0usize); 6];
    for r in a.questions.iter().filter(|r| r.counts()) {
        let Some(refs) = r.question.maps.get(CSF) else {
            continue;
        };
        let w = f64::from(r.weight());
        for (i, (code, _)) in CSF_FUNCTIONS.iter().enumerate() {
            if refs
                .iter()
                .any(|x| x.as_str().split('.').next() == Some(*code))
            {
                totals[i].0 += w * r.fraction.unwrap_or(0.0);
                totals[i].1 += w;
                totals[i].2 += 1;
            }
        }
    }
    let scores: Vec<FunctionScore> = CSF_FUNCTIONS
        .iter()
        .zip(totals)
        .map(|((code, name), (earned, total, n))| FunctionScore {
            code,
            name,
            score: (total > 0.0).then(|| 100.0 * earned / total),
            questions: n,
        })
        .collect();
    scores.iter().any(|f| f.questions > 0).then_some(scores)
}
