//! Answers files of at most 1 MiB written to cost as much as they can, and the
//! inputs of the scaling cliffs of issue 11: shared by `cargo bench --bench
//! scaling` (release figures) and `tests/cli/budget.rs` (the same bounds, checked
//! on every test run).

use std::fmt::Write as _;

/// The largest answers file these make.
pub const MAX_BYTES: usize = 1024 * 1024;

fn head() -> String {
    "questionnaire: { id: q, version: 1.0.0 }\nrespondent: { organisation: Budget Ltd }\nanswers:\n"
        .into()
}

/// Answers to question ids the questionnaire does not have, to fill `bytes`.
pub fn unknown_ids(bytes: usize) -> String {
    let mut s = head();
    let mut i = 0;
    while s.len() < bytes - 40 {
        let _ = writeln!(s, "  not-a-question-{i}: yes");
        i += 1;
    }
    s
}

/// One note of nearly 64 KiB, aliased as often as the alias budget allows and
/// then some: refused at the first alias over the budget.
pub fn alias_amplification(bytes: usize) -> String {
    let note = "x".repeat(60_000);
    let mut s = head();
    let _ = writeln!(s, "  cloud: {{ answer: yes, note: &n \"{note}\" }}");
    s.push_str("  backup: { answer: daily, evidence: [");
    while s.len() < bytes - 10 {
        s.push_str("*n, ");
    }
    s.push_str("*n] }\n");
    s
}

/// Notes and evidence of the longest size a value may have, each different.
pub fn long_texts(bytes: usize) -> String {
    let mut s = head();
    let ids = [
        "cloud",
        "backup",
        "devices",
        "staff",
        "notes",
        "must",
        "mfa-cloud",
    ];
    let mut i = 0;
    while s.len() < bytes.saturating_sub(70_000) && i < ids.len() {
        let text: String = (0..60_000)
            .map(|k| char::from(b'a' + ((k * 7 + i) % 26) as u8))
            .collect();
        let answer = match ids[i] {
            "backup" => "daily",
            "devices" => "[laptops]",
            "staff" => "12",
            "notes" => "\"some text\"",
            _ => "yes",
        };
        let _ = writeln!(
            s,
            "  {}: {{ answer: {answer}, note: \"{text}\", evidence: [\"{text}\"] }}",
            ids[i]
        );
        i += 1;
    }
    s
}

/// Evidence lists with as many short items as fit.
pub fn many_items(bytes: usize) -> String {
    let mut s = head();
    s.push_str("  cloud:\n    answer: yes\n    evidence:\n");
    let mut i = 0;
    while s.len() < bytes - 30 {
        let _ = writeln!(s, "      - e{i}.pdf");
        i += 1;
    }
    s
}

/// Every hostile answers file, by name.
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        ("unknown-ids", unknown_ids(MAX_BYTES)),
        ("alias-amplification", alias_amplification(MAX_BYTES)),
        ("long-texts", long_texts(MAX_BYTES)),
        ("many-items", many_items(MAX_BYTES)),
    ]
}

/// A questionnaire of `n` questions where each is asked only if the one before
/// it was answered "yes", and a profile that keeps the last: resolving it pulls
/// in the whole chain.
pub fn chain(n: usize) -> (String, String) {
    let mut q = String::from(
        "id: chain\ntitle: Chain\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n",
    );
    q.push_str(
        "      - { id: c0, text: Q?, recommendation: { title: x, text: y, effort: low } }\n",
    );
    for i in 1..n {
        let _ = writeln!(
            q,
            "      - {{ id: c{i}, text: Q?, when: {{ question: c{}, equals: yes }}, recommendation: {{ title: x, text: y, effort: low }} }}",
            i - 1
        );
    }
    let profile = format!(
        "id: p\ntitle: P\nversion: 1.0.0\nbase: chain.yaml\nselect: {{ questions: [c{}] }}\n",
        n - 1
    );
    (q, profile)
}
