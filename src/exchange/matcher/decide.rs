//! From the known answers that relate to a customer's question to one
//! outcome: an answer with its sources, confidence and reason, or why the
//! question is left. A question asking several things at once ("daily backups,
//! with one copy offline") is answered "yes" only when every part is, and "no"
//! as soon as one part is not.

use std::collections::BTreeSet;

use super::analysis::Analysis;
use super::evaluate::{Eval, Truth};
use super::relate::{Related, Relation};
use super::thesaurus::{Kind, Thesaurus};

/// A known answer that relates to the customer's question, evaluated.
pub struct Candidate {
    pub index: usize,
    pub related: Related,
    pub eval: Eval,
    pub confidence: f64,
}

/// What was decided, before the threshold is applied.
pub enum Decision {
    /// The answer, from these candidates (indices into the list given).
    Answer {
        truth: Truth,
        from: Vec<usize>,
        confidence: f64,
    },
    /// The best match answered "I don't know".
    DontKnow {
        from: usize,
    },
    /// Related answers that do not settle the question, and why.
    Unsettled {
        from: Vec<usize>,
        why: String,
    },
    /// A fact no answer states.
    NeverStated(usize),
    NoMatch,
}

/// The customer's parts: its meanings (and whether it asks a time).
fn parts(a: &Analysis, th: &Thesaurus) -> BTreeSet<usize> {
    a.of(th, &[Kind::Topic, Kind::Qualifier, Kind::Scope, Kind::Fact])
        .into_iter()
        .collect()
}

fn full(c: &Candidate, p: &BTreeSet<usize>) -> bool {
    c.related.covers.is_superset(p) && c.eval.timed
}

fn definite(t: &Truth) -> bool {
    matches!(
        t,
        Truth::True | Truth::False | Truth::Na | Truth::Text(_) | Truth::Partly
    )
}

/// The decision for `a`, given every related known answer.
pub fn decide(a: &Analysis, cands: &[Candidate], th: &Thesaurus) -> Decision {
    let p = parts(a, th);
    if cands.is_empty() {
        // Of several facts, the one that is not about what happened is what
        // the question asks ("Will you tell us within 48 hours of a breach?").
        let facts = a.of(th, &[Kind::Fact]);
        let main = facts
            .iter()
            .find(|&&f| th.concept(f).id != "incident-history")
            .or(facts.first());
        return match main {
            Some(&f) => Decision::NeverStated(f),
            None => Decision::NoMatch,
        };
    }
    // Answers to the whole question.
    let whole: Vec<usize> = (0..cands.len())
        .filter(|&i| full(&cands[i], &p) && definite(&cands[i].eval.truth))
        .filter(|&i| {
            let c = &cands[i];
            !(c.related.relation == Relation::Stricter
                && c.eval.truth != Truth::True
                && !c.eval.said)
        })
        .collect();
    if let Some(&first) = whole.first() {
        let truth = &cands[first].eval.truth;
        if whole
            .iter()
            .all(|&i| same_truth(&cands[i].eval.truth, truth))
        {
            let best = best_first(cands, &whole)[0];
            let truth = cands[best].eval.truth.clone();
            let confidence = cands[best].confidence;
            return Decision::Answer {
                truth,
                from: vec![best],
                confidence,
            };
        }
        return Decision::Unsettled {
            from: whole,
            why: "your answers disagree".into(),
        };
    }
    if let Some(d) = combine(a, cands, &p, th) {
        return d;
    }
    if let Some(i) = (0..cands.len()).find(|&i| {
        cands[i].eval.truth == Truth::DontKnow && cands[i].related.relation != Relation::Part
    }) {
        return Decision::DontKnow { from: i };
    }
    let why = cands
        .iter()
        .find_map(|c| match &c.eval.truth {
            Truth::Unsettled(w) => Some(w.clone()),
            _ => None,
        })
        .unwrap_or_else(|| match cands[0].related.relation {
            Relation::Stricter => "your answer is to a question that asks more".into(),
            _ => "your answers cover only part of the question".into(),
        });
    Decision::Unsettled {
        from: best_first(cands, &(0..cands.len()).collect::<Vec<_>>()),
        why,
    }
}

fn same_truth(x: &Truth, y: &Truth) -> bool {
    match (x, y) {
        (Truth::Text(_), Truth::Text(_)) => true,
        _ => x == y,
    }
}

/// `ids` ordered by confidence, the most confident first (the order given
/// breaks ties: newer files come first).
fn best_first(cands: &[Candidate], ids: &[usize]) -> Vec<usize> {
    let mut v = ids.to_vec();
    v.sort_by(|&x, &y| {
        cands[y]
            .confidence
            .total_cmp(&cands[x].confidence)
            .then(x.cmp(&y))
    });
    v
}

/// A question asking several things, answered from several answers: "no" as
/// soon as one part is not done, "yes" when every part is.
/// Whether what `c` leaves of the customer's question only qualifies what it
/// covers: how well, how often ("Has your plan been tested in the last year?"
/// is "no" without a plan).
fn only_qualified(c: &Candidate, p: &BTreeSet<usize>, th: &Thesaurus) -> bool {
    p.difference(&c.related.covers)
        .all(|&x| th.concept(x).kind == Kind::Qualifier)
}

fn combine(
    a: &Analysis,
    cands: &[Candidate],
    p: &BTreeSet<usize>,
    th: &Thesaurus,
) -> Option<Decision> {
    if a.negative || a.or || a.open {
        return None;
    }
    let conjunct =
        |c: &Candidate| c.related.relation != Relation::Stricter && c.related.covers.is_subset(p);
    // A part not done makes the whole "no" only where the question joins its
    // parts ("a plan that is tested", "daily, with a copy offline"); "Is
    // sensitive data encrypted?" is not "Do you know your sensitive data?".
    let no: Vec<usize> = (0..cands.len())
        .filter(|&i| conjunct(&cands[i]) && cands[i].eval.truth == Truth::False)
        .filter(|&i| a.joined || only_qualified(&cands[i], p, th))
        .collect();
    if !no.is_empty() {
        let from = best_first(cands, &no);
        let confidence = cands[from[0]].confidence * 0.95;
        return Some(Decision::Answer {
            truth: Truth::False,
            from,
            confidence,
        });
    }
    let yes: Vec<usize> = (0..cands.len())
        .filter(|&i| {
            cands[i].eval.truth == Truth::True && cands[i].related.relation != Relation::Stricter
        })
        .collect();
    let covered: BTreeSet<usize> = yes
        .iter()
        .flat_map(|&i| cands[i].related.covers.iter().copied())
        .collect();
    let timed = a.times.is_empty() || yes.iter().any(|&i| cands[i].eval.timed);
    // Several answers make a "yes" only where the question joins its parts:
    // "Are USB drives encrypted?" is not "USB drives controlled" and "laptops
    // encrypted".
    if a.joined && yes.len() > 1 && covered.is_superset(p) && timed {
        // The fewest answers that cover every part.
        let mut from = Vec::new();
        let mut got = BTreeSet::new();
        for i in best_first(cands, &yes) {
            let adds = !cands[i].related.covers.is_subset(&got)
                || (cands[i].eval.timed
                    && !a.times.is_empty()
                    && !from.iter().any(|&j: &usize| cands[j].eval.timed));
            if adds {
                got.extend(cands[i].related.covers.iter().copied());
                from.push(i);
            }
        }
        let confidence = from
            .iter()
            .map(|&i| cands[i].confidence)
            .fold(1.0, f64::min)
            * 0.95;
        return Some(Decision::Answer {
            truth: Truth::True,
            from,
            confidence,
        });
    }
    None
}
