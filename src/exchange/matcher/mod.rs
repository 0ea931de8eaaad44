//! Matching a customer's questions to the questions a supplier has answered,
//! offline and deterministically, precision first: a wrong "Yes" on a
//! customer's security questionnaire is a misrepresentation.
//!
//! Both questions are read into meanings with the security thesaurus
//! ([`thesaurus`], `data/answer/thesaurus.toml`): normalised words and their
//! stems ([`words`]), the thesaurus's phrases, times ([`threshold`]), and
//! whether a question asks the bad way round ([`analysis`]). A known question
//! answers a customer's when their meanings are the same, or when it asks all
//! the customer asks and more, or a part of it ([`relate`]). Its answer is
//! then turned into an answer to the customer's question ([`evaluate`]), and
//! the answers that relate are weighed into one outcome ([`decide`]): every
//! answer has a confidence and a one-line reason a person can check.
//!
//! Pure: questions in, outcomes out. The caller turns an answers file into
//! [`Known`] questions and a customer's sheet into questions.

pub mod analysis;
pub mod decide;
pub mod evaluate;
pub mod known;
mod reason;
pub mod relate;
pub mod thesaurus;
pub mod threshold;
pub mod words;

use std::collections::{BTreeSet, HashMap};

use analysis::{Analysis, analyse};
use decide::{Candidate, Decision, decide};
use evaluate::{Truth, evaluate};
use known::Read;
pub use known::{Form, Given, Known, Opt};
use relate::{Relation, relate};
use thesaurus::{Kind, Thesaurus};

/// The answer to write, in no sheet's words yet.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    Yes,
    No,
    /// Partly done: written where the sheet offers "Partially".
    Partly,
    NotApplicable,
    Text(String),
}

/// An answer found for a customer's question.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    pub verdict: Verdict,
    /// The known questions it comes from (indices), the main one first.
    pub sources: Vec<usize>,
    /// From 0 to 1.
    pub confidence: f64,
    /// One line a person can check: which words and meanings matched.
    pub reason: String,
}

/// What became of a customer's question.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Answered(Match),
    /// A match below the confidence asked for: nothing is written.
    Uncertain(Match),
    /// The closest answer is "I don't know".
    DontKnow {
        source: usize,
    },
    /// Answers relate but do not settle it, and why.
    Unsettled {
        sources: Vec<usize>,
        why: String,
    },
    /// A fact or promise no answer states (what it is about).
    NeverStated(String),
    /// Nothing the supplier answered says anything about it.
    NoMatch,
}

/// A customer's question.
pub struct Asked<'a> {
    pub text: &'a str,
    /// Stems of words to set aside, such as the customer's own name.
    pub ignore: &'a [String],
}

/// The known questions, read once, and found by their meanings.
pub struct Matcher<'t> {
    th: &'t Thesaurus,
    known: Vec<Known>,
    read: Vec<Read>,
    by_concept: HashMap<usize, Vec<usize>>,
}

/// How much each kind of relation is trusted, before the words left over.
fn base(relation: Relation) -> f64 {
    match relation {
        Relation::Same => 0.95,
        Relation::Stricter => 0.88,
        Relation::Part => 0.86,
    }
}

impl<'t> Matcher<'t> {
    pub fn new(known: Vec<Known>, th: &'t Thesaurus) -> Matcher<'t> {
        let read: Vec<Read> = known.iter().map(|k| Read::new(k, th)).collect();
        let mut by_concept: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, r) in read.iter().enumerate() {
            let mut cs: BTreeSet<usize> = r.q.concepts.keys().copied().collect();
            cs.extend(r.options.iter().flat_map(|o| o.a.concepts.keys().copied()));
            for c in cs {
                by_concept.entry(c).or_default().push(i);
            }
        }
        Matcher {
            th,
            known,
            read,
            by_concept,
        }
    }

    pub fn known(&self) -> &[Known] {
        &self.known
    }

    /// The known questions that share a meaning with `a` worth looking up by.
    fn candidates(&self, a: &Analysis) -> Vec<usize> {
        let mut kinds = vec![Kind::Topic, Kind::Qualifier, Kind::Fact];
        if a.open {
            kinds.push(Kind::Subject);
        }
        let mut out: BTreeSet<usize> = BTreeSet::new();
        for c in a.of(self.th, &kinds) {
            out.extend(self.by_concept.get(&c).into_iter().flatten().copied());
        }
        out.into_iter().collect()
    }

    /// The outcome for one customer question; nothing below `min_confidence`
    /// is answered.
    pub fn answer(&self, asked: &Asked<'_>, min_confidence: f64) -> Outcome {
        let a = analyse(asked.text, self.th, asked.ignore);
        let mut cands = Vec::new();
        for i in self.candidates(&a) {
            let (k, r) = (&self.known[i], &self.read[i]);
            let Some(related) = relate(&a, r, &k.form, self.th) else {
                continue;
            };
            let eval = evaluate(&a, k, r, &related);
            let confidence = self.confidence(&a, r, &related, &eval);
            cands.push(Candidate {
                index: i,
                related,
                eval,
                confidence,
            });
        }
        match decide(&a, &cands, self.th) {
            Decision::Answer {
                truth,
                from,
                confidence,
            } => {
                let verdict = match truth {
                    Truth::True => Verdict::Yes,
                    Truth::False => Verdict::No,
                    Truth::Partly => Verdict::Partly,
                    Truth::Na => Verdict::NotApplicable,
                    Truth::Text(t) => Verdict::Text(t),
                    Truth::DontKnow | Truth::Unsettled(_) => return Outcome::NoMatch,
                };
                let reason = reason::line(&a, &cands, &from, self);
                let m = Match {
                    verdict,
                    sources: from.iter().map(|&i| cands[i].index).collect(),
                    confidence: (confidence * 100.0).round() / 100.0,
                    reason,
                };
                if m.confidence + 1e-9 >= min_confidence {
                    Outcome::Answered(m)
                } else {
                    Outcome::Uncertain(m)
                }
            }
            Decision::DontKnow { from } => Outcome::DontKnow {
                source: cands[from].index,
            },
            Decision::Unsettled { from, why } => Outcome::Unsettled {
                sources: from.iter().map(|&i| cands[i].index).collect(),
                why,
            },
            Decision::NeverStated(f) => Outcome::NeverStated(self.th.concept(f).means.clone()),
            Decision::NoMatch => Outcome::NoMatch,
        }
    }

    /// The confidence in one candidate: its relation, the reasoning it took,
    /// and the customer's words that neither meaning nor wording explains.
    fn confidence(
        &self,
        a: &Analysis,
        r: &Read,
        rel: &relate::Related,
        eval: &evaluate::Eval,
    ) -> f64 {
        let mut c = base(rel.relation);
        if !rel.by_option.is_empty() {
            c *= 0.97;
        }
        for n in &eval.notes {
            if n == "asked the opposite way" || n.starts_with('“') {
                c *= 0.98;
            }
        }
        let theirs: BTreeSet<&str> =
            r.q.stems
                .iter()
                .chain(r.options.iter().flat_map(|o| o.a.stems.iter()))
                .map(String::as_str)
                .collect();
        let unexplained = a
            .leftover
            .iter()
            .filter(|w| !theirs.contains(w.as_str()))
            .count();
        c * 0.82f64.powi(i32::try_from(unexplained).unwrap_or(i32::MAX))
    }
}

#[cfg(test)]
mod tests;

impl Matcher<'_> {
    /// The answer of the known question `index` to `asked`, taken as the same
    /// question (it was linked by a person, or has the same words): no
    /// confidence to weigh, `reason` says why.
    pub fn as_same(&self, asked: &Asked<'_>, index: usize, reason: String) -> Outcome {
        let a = analyse(asked.text, self.th, asked.ignore);
        let (k, r) = (&self.known[index], &self.read[index]);
        let covers = a.concepts.keys().copied().collect();
        let related = relate::Related {
            relation: Relation::Same,
            covers,
            by_option: Vec::new(),
        };
        let mut eval = evaluate(&a, k, r, &related);
        // The same question: no time or way of asking to reason about.
        if r.negative != a.negative {
            eval = evaluate(
                &Analysis {
                    negative: r.negative,
                    ..a.clone()
                },
                k,
                r,
                &related,
            );
        }
        let verdict = match eval.truth {
            Truth::True => Verdict::Yes,
            Truth::False => Verdict::No,
            Truth::Partly => Verdict::Partly,
            Truth::Na => Verdict::NotApplicable,
            Truth::Text(t) => Verdict::Text(t),
            Truth::DontKnow => return Outcome::DontKnow { source: index },
            Truth::Unsettled(why) => {
                return Outcome::Unsettled {
                    sources: vec![index],
                    why,
                };
            }
        };
        Outcome::Answered(Match {
            verdict,
            sources: vec![index],
            confidence: 1.0,
            reason,
        })
    }
}
