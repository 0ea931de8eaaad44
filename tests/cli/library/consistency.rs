//! The same control scores the same in every bundled questionnaire: questions
//! that ask the same fact are equally critical and important, take the same kind of answer,
//! allow "not applicable" alike, and give equal scores for equal answers.
//!
//! Which questions ask the same fact is read from the questionnaires
//! themselves: every `same_as` link (through `same_as_values` where the option
//! values differ) is checked. A few questions are close to one another without
//! being the same fact, so answers do not carry between them; they are listed
//! in [`ALIKE`] and must still score alike.

use std::collections::{BTreeMap, BTreeSet};

use assure::check::links::split_same_as;
use assure::model::{Question, Questionnaire};

use super::bundled;

const SME: &str = "sme-baseline";
const INS: &str = "insurance-readiness";
const MSP: &str = "msp-review";

/// Questions close enough that they must score alike, but not the same fact, so
/// no `same_as` links them (an answer to one is not an answer to the other).
const ALIKE: &[(&str, &str, &str, &str, &str)] = &[
    (
        MSP,
        "remote-tools-mfa",
        SME,
        "mfa-admin",
        "the provider's remote logins, against every admin account",
    ),
    (
        MSP,
        "remote-tools-mfa",
        INS,
        "mfa-admin",
        "the provider's remote logins, against every admin account",
    ),
    (
        MSP,
        "named-logins",
        SME,
        "provider-admin-accounts",
        "the review also asks for only the access each technician needs",
    ),
    (
        MSP,
        "named-logins",
        INS,
        "provider-admin-accounts",
        "the review also asks for only the access each technician needs",
    ),
    (
        MSP,
        "exit-plan",
        SME,
        "provider-exit",
        "what the contract says, against what you would get back",
    ),
    (
        MSP,
        "restore-tests",
        SME,
        "restore-test",
        "a test whose result you were shown; its middle answers mean something else",
    ),
    (
        MSP,
        "restore-tests",
        INS,
        "restore-test",
        "a test whose result you were shown; its middle answers mean something else",
    ),
    (
        INS,
        "admin-mfa-method",
        SME,
        "mfa-method",
        "the admins' second step, against what most people use",
    ),
];

fn question<'a>(all: &'a [Questionnaire], q: &str, id: &str) -> Option<&'a Question> {
    all.iter().find(|x| x.id.as_str() == q)?.question(id)
}

/// What must agree between `ours` and `theirs`, which ask the same fact, an
/// answer `v` to theirs meaning `map(v)` here; empty if all does.
fn differences(ours: &Question, theirs: &Question, map: impl Fn(&str) -> String) -> Vec<String> {
    let mut out = Vec::new();
    if ours.is_critical() != theirs.is_critical() {
        out.push(format!(
            "critical {} vs {}",
            ours.is_critical(),
            theirs.is_critical()
        ));
    }
    if ours.is_important() != theirs.is_important() {
        out.push(format!(
            "important {} vs {}",
            ours.is_important(),
            theirs.is_important()
        ));
    }
    if ours.kind() != theirs.kind() {
        out.push(format!(
            "type {} vs {}",
            ours.kind().name(),
            theirs.kind().name()
        ));
    }
    if ours.is_scored() != theirs.is_scored() {
        out.push("one is scored, the other is not".into());
    }
    if ours.allows_na() != theirs.allows_na() {
        out.push(format!(
            "allow_na {} vs {}",
            ours.allows_na(),
            theirs.allows_na()
        ));
    }
    if ours.expected_answer() != theirs.expected_answer() {
        out.push("expect differs".into());
    }
    let scores = |q: &Question| -> BTreeMap<String, f64> {
        q.options()
            .iter()
            .map(|o| (o.value.value.clone(), o.score()))
            .collect()
    };
    let (so, st) = (scores(ours), scores(theirs));
    // Each of their answers, as it reads here.
    let mapped: BTreeMap<String, f64> = st.iter().map(|(v, s)| (map(v), *s)).collect();
    for (value, theirs_score) in &mapped {
        if let Some(ours_score) = so.get(value)
            && ours_score != theirs_score
        {
            out.push(format!("`{value}` scores {ours_score} vs {theirs_score}"));
        }
    }
    // The answer that fully meets the question is the same answer everywhere.
    let best = |s: &BTreeMap<String, f64>| -> BTreeSet<String> {
        s.iter()
            .filter(|(_, v)| **v >= 1.0)
            .map(|(k, _)| k.clone())
            .collect()
    };
    if ours.is_scored() && !so.is_empty() {
        let image: BTreeSet<String> = mapped.keys().cloned().collect();
        let ours_best: BTreeSet<String> = best(&so).intersection(&image).cloned().collect();
        if ours_best != best(&mapped) {
            out.push(format!(
                "full marks for {ours_best:?} vs {:?}",
                best(&mapped)
            ));
        }
    }
    out
}

/// Every `same_as` link of the bundled questionnaires (not profiles, which
/// repeat their base's): (ours, our question, theirs, their question).
fn links(all: &[Questionnaire]) -> Vec<(String, String, String, String)> {
    let mut out = Vec::new();
    for q in all.iter().filter(|q| q.derived_from.is_none()) {
        for question in q.questions() {
            for link in &question.same_as {
                let (other, id) = split_same_as(link).expect("validate checks the form");
                out.push((
                    q.id.value.clone(),
                    question.id.value.clone(),
                    other.to_owned(),
                    id.to_owned(),
                ));
            }
        }
    }
    out
}

#[test]
fn the_same_control_scores_the_same_everywhere() {
    let all = bundled();
    let mut problems = Vec::new();
    let mut pairs = 0;
    for (q, id, other, other_id) in links(&all) {
        let (Some(ours), Some(theirs)) =
            (question(&all, &q, &id), question(&all, &other, &other_id))
        else {
            problems.push(format!("{q} / {id}: `{other}/{other_id}` is not bundled"));
            continue;
        };
        pairs += 1;
        let map = |v: &str| {
            ours.same_as_values
                .get(v)
                .map_or_else(|| v.to_owned(), |m| m.value.clone())
        };
        for d in differences(ours, theirs, map) {
            problems.push(format!("{q} / {id} same as {other} / {other_id}: {d}"));
        }
    }
    for &(q, id, other, other_id, _) in ALIKE {
        match (question(&all, q, id), question(&all, other, other_id)) {
            (Some(a), Some(b)) => {
                pairs += 1;
                for d in differences(a, b, str::to_owned) {
                    problems.push(format!("{q} / {id} and {other} / {other_id}: {d}"));
                }
            }
            _ => problems.push(format!(
                "{q} / {id} or {other} / {other_id} is gone (update ALIKE)"
            )),
        }
    }

    // A profile keeps its base's scoring of every question it keeps.
    for derived in all.iter().filter(|q| q.derived_from.is_some()) {
        let base = derived.derived_from.as_ref().map_or("", |d| d.id.as_str());
        for other in derived.questions() {
            let Some(original) = question(&all, base, other.id.as_str()) else {
                problems.push(format!(
                    "{}: `{}` is not in {base}",
                    derived.id.value, other.id.value
                ));
                continue;
            };
            pairs += 1;
            for d in differences(original, other, str::to_owned) {
                problems.push(format!("{} / {}: {d}", derived.id.value, other.id.value));
            }
        }
    }

    problems.extend(unlinked(&all));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(pairs > 70, "only {pairs} pairs compared");
}

/// An id asked by two questionnaires is linked by `same_as` (one way or the
/// other), or listed in [`ALIKE`].
fn unlinked(all: &[Questionnaire]) -> Vec<String> {
    let links = links(all);
    let linked = |a: (&str, &str), b: (&str, &str)| {
        links.iter().any(|(q, id, o, oid)| {
            let (x, y) = ((q.as_str(), id.as_str()), (o.as_str(), oid.as_str()));
            (x == a && y == b) || (x == b && y == a)
        }) || ALIKE.iter().any(|&(q, id, o, oid, _)| {
            ((q, id) == a && (o, oid) == b) || ((q, id) == b && (o, oid) == a)
        })
    };
    let mut seen: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for q in all.iter().filter(|q| q.derived_from.is_none()) {
        for question in q.questions() {
            seen.entry(question.id.as_str())
                .or_default()
                .push(q.id.as_str());
        }
    }
    let mut problems = Vec::new();
    for (id, owners) in seen.iter().filter(|(_, o)| o.len() > 1) {
        for (i, a) in owners.iter().enumerate() {
            for b in &owners[i + 1..] {
                if !linked((a, id), (b, id)) {
                    problems.push(format!(
                        "{a} / {id} and {b} / {id} ask the same thing, but no `same_as` links them"
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn every_same_as_link_is_checked_by_the_test_above() {
    let all = bundled();
    let links = links(&all);
    // Both ways between the baseline and the insurance check, and the provider
    // review's answers into both.
    for (q, id, other, other_id) in [
        (INS, "mfa-email", SME, "mfa-email"),
        (SME, "mfa-email", INS, "mfa-email"),
        (INS, "eol-systems", SME, "eol-software"),
        (SME, "patch-critical", MSP, "patch-speed"),
        (MSP, "security-tasks", SME, "provider-contract"),
        (SME, "provider-rmm-security", MSP, "remote-tools-mfa"),
        (MSP, "remote-tools-mfa", SME, "provider-rmm-security"),
        (MSP, "malware-protection", SME, "malware-protection"),
        (SME, "rdp-exposed", MSP, "rdp-exposed"),
    ] {
        assert!(
            links
                .iter()
                .any(|l| (l.0.as_str(), l.1.as_str(), l.2.as_str(), l.3.as_str())
                    == (q, id, other, other_id)),
            "{q} / {id} is not linked to {other} / {other_id}"
        );
    }
    // One way only, on purpose: see the comment in insurance-readiness.yaml.
    assert!(!links.iter().any(|l| l.0 == SME && l.1 == "eol-software"));
}
