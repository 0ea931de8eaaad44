//! The same control scores the same in every bundled questionnaire: questions
//! that ask the same fact are equally critical, take the same kind of answer,
//! allow "not applicable" alike, and give equal scores for equal answers.
//!
//! The groups are an explicit table for now. When questionnaires gain a key
//! that links a question to the same question elsewhere (`same_as`), this table
//! moves into the YAML and the test reads the links from there instead.

use std::collections::{BTreeMap, BTreeSet};

use assure::model::{Question, Questionnaire};

use super::bundled;

const SME: &str = "sme-baseline";
const INS: &str = "insurance-readiness";
const MSP: &str = "msp-review";

/// (questionnaire, question) groups that ask the same fact. Keep it complete:
/// the test fails when a question id appears in two questionnaires and in no
/// group. Profiles (`derived_from`) are checked against their base on their own.
const SAME: &[&[(&str, &str)]] = &[
    // About the business (not scored, but conditions hang on them).
    &[(SME, "uses-it-provider"), (INS, "uses-it-provider")],
    &[(SME, "remote-access"), (INS, "remote-access")],
    // Sign-in and admin accounts.
    &[(SME, "mfa-email"), (INS, "mfa-email")],
    &[(SME, "mfa-remote"), (INS, "mfa-remote")],
    &[(SME, "mfa-admin"), (INS, "mfa-admin")],
    // MFA on the provider's access: the provider review asks it on its own; the
    // baseline and the insurance check ask it within `mfa-admin`, which names
    // the IT provider's accounts. Critical in all three.
    &[
        (MSP, "remote-tools-mfa"),
        (SME, "mfa-admin"),
        (INS, "mfa-admin"),
    ],
    &[(SME, "mfa-other-services"), (INS, "mfa-other-services")],
    &[(SME, "separate-admin"), (INS, "separate-admin")],
    &[
        (SME, "provider-admin-accounts"),
        (INS, "provider-admin-accounts"),
        (MSP, "named-logins"),
    ],
    &[(SME, "owner-admin-access"), (MSP, "own-admin-login")],
    &[(SME, "provider-contract"), (MSP, "security-tasks")],
    &[(SME, "provider-exit"), (MSP, "exit-plan")],
    // Devices, network and email.
    &[(SME, "rdp-exposed"), (INS, "rdp-exposed")],
    &[(SME, "malware-protection"), (INS, "malware-protection")],
    &[(SME, "edr-coverage"), (INS, "edr-coverage")],
    &[
        (SME, "alerts-owner"),
        (INS, "alerts-owner"),
        (MSP, "alert-monitoring"),
    ],
    &[
        (SME, "patch-critical"),
        (INS, "patch-critical"),
        (MSP, "patch-speed"),
    ],
    &[(SME, "eol-internet-facing"), (INS, "eol-internet-facing")],
    &[(SME, "eol-software"), (INS, "eol-systems")],
    &[
        (SME, "vulnerability-scanning"),
        (INS, "vulnerability-scanning"),
    ],
    &[(SME, "email-filtering"), (INS, "email-filtering")],
    &[(SME, "email-authentication"), (INS, "email-authentication")],
    &[(SME, "web-filtering"), (INS, "web-filtering")],
    &[(SME, "network-separation"), (INS, "network-separation")],
    &[(SME, "disk-encryption"), (INS, "disk-encryption")],
    &[(SME, "staff-training"), (INS, "staff-training")],
    &[(SME, "logs-kept"), (INS, "logs-kept")],
    // People, payments and suppliers.
    &[(SME, "payment-checks"), (INS, "payment-checks")],
    &[(SME, "payment-approval"), (INS, "payment-approval")],
    &[(SME, "supplier-checks"), (INS, "supplier-checks")],
    // Incidents and recovery.
    &[(SME, "incident-plan"), (INS, "incident-plan")],
    &[(SME, "incident-test"), (INS, "incident-test")],
    &[(SME, "recovery-plan"), (INS, "continuity-plan")],
    &[(SME, "backup-frequency"), (INS, "backup-frequency")],
    &[
        (SME, "backup-offline"),
        (INS, "backup-offline"),
        (MSP, "backup-offline"),
    ],
    &[
        (SME, "restore-test"),
        (INS, "restore-test"),
        (MSP, "restore-tests"),
    ],
];

fn question<'a>(all: &'a [Questionnaire], q: &str, id: &str) -> Option<&'a Question> {
    all.iter().find(|x| x.id.as_str() == q)?.question(id)
}

/// What must agree between two questions that ask the same fact; empty if all does.
fn differences(a: &Question, b: &Question) -> Vec<String> {
    let mut out = Vec::new();
    if a.is_critical() != b.is_critical() {
        out.push(format!(
            "critical {} vs {}",
            a.is_critical(),
            b.is_critical()
        ));
    }
    if a.kind() != b.kind() {
        out.push(format!("type {} vs {}", a.kind().name(), b.kind().name()));
    }
    if a.is_scored() != b.is_scored() {
        out.push("one is scored, the other is not".into());
    }
    if a.allows_na() != b.allows_na() {
        out.push(format!("allow_na {} vs {}", a.allows_na(), b.allows_na()));
    }
    if a.expected_answer() != b.expected_answer() {
        out.push("expect differs".into());
    }
    let scores = |q: &Question| -> BTreeMap<String, f64> {
        q.options()
            .iter()
            .map(|o| (o.value.value.clone(), o.score()))
            .collect()
    };
    let (sa, sb) = (scores(a), scores(b));
    for (value, x) in &sa {
        if let Some(y) = sb.get(value)
            && x != y
        {
            out.push(format!("`{value}` scores {x} vs {y}"));
        }
    }
    // The answer that fully meets the question is the same answer everywhere.
    let best = |s: &BTreeMap<String, f64>| -> BTreeSet<String> {
        s.iter()
            .filter(|(_, v)| **v >= 1.0)
            .map(|(k, _)| k.clone())
            .collect()
    };
    if a.is_scored() && !sa.is_empty() && best(&sa) != best(&sb) {
        out.push(format!("full marks for {:?} vs {:?}", best(&sa), best(&sb)));
    }
    out
}

#[test]
fn the_same_control_scores_the_same_everywhere() {
    let all = bundled();
    let mut problems = Vec::new();
    let mut pairs = 0;
    for group in SAME {
        let mut found = Vec::new();
        for &(q, id) in *group {
            match question(&all, q, id) {
                Some(x) => found.push((q, x)),
                None => problems.push(format!("{q} has no question `{id}` (update the table)")),
            }
        }
        let Some(((first_q, first), rest)) = found.split_first() else {
            continue;
        };
        for (q, other) in rest {
            pairs += 1;
            for d in differences(first, other) {
                problems.push(format!(
                    "{first_q} / {} and {q} / {}: {d}",
                    first.id.value, other.id.value
                ));
            }
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
            for d in differences(original, other) {
                problems.push(format!("{} / {}: {d}", derived.id.value, other.id.value));
            }
        }
    }

    // Completeness: an id asked by two questionnaires is in a group.
    let mut seen: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for q in all.iter().filter(|q| q.derived_from.is_none()) {
        for question in q.questions() {
            seen.entry(question.id.as_str())
                .or_default()
                .push(q.id.as_str());
        }
    }
    for (id, owners) in seen.iter().filter(|(_, o)| o.len() > 1) {
        for owner in owners {
            let listed = SAME.iter().any(|g| g.contains(&(owner, id)));
            if !listed {
                problems.push(format!(
                    "{owner} / {id} is asked elsewhere too, but in no group"
                ));
            }
        }
    }

    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(pairs > 60, "only {pairs} pairs compared");
}
