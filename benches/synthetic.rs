//! Synthetic questionnaires and answers files of any size, for the benchmark
//! (`benches/pipeline.rs`) and for tests that need a large, realistic input.
//!
//! A questionnaire of `n` questions has `n / 100` sections (at least one), all five
//! question types, weights, critical questions, `allow_na`, tags, framework maps,
//! options with per-option recommendations, help and recommendation text of the
//! length real questionnaires have, a `when` on every tenth question and on every
//! fourth section after the first. Answers files answer every question that is
//! asked (with some `unknown`, `na`, blank, and long-form answers with notes and
//! evidence) and leave hidden questions out, as `assure assess` would.
//!
//! Everything is deterministic: the same `n` (and seed) gives the same bytes.

use std::fmt::Write as _;

/// A small, fast, deterministic generator (SplitMix64): no dependency, and the
/// figures in BENCHMARKS.md stay reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Type {
    YesNo,
    Choice,
    Multi,
    Number,
    Text,
}

/// What the questionnaire and its answers files agree on about one question.
struct Plan {
    kind: Type,
    allow_na: bool,
    /// The yes_no question (by index) whose `yes` shows this one.
    when: Option<usize>,
}

/// How many sections a questionnaire of `n` questions has.
pub fn sections(n: usize) -> usize {
    (n / 100).max(1)
}

fn section_of(i: usize, n: usize) -> usize {
    i * sections(n) / n.max(1)
}

fn plan(n: usize) -> Vec<Plan> {
    let mut rng = Rng(n as u64);
    let mut last_yes_no: Option<usize> = None;
    let mut plans = Vec::with_capacity(n);
    for i in 0..n {
        let kind = match i % 10 {
            0..=4 => Type::YesNo,
            5 | 6 => Type::Choice,
            7 => Type::Multi,
            8 => Type::Number,
            _ => Type::Text,
        };
        // A condition on a recent yes_no question in the same section.
        let when = last_yes_no.filter(|&j| i % 10 == 3 && section_of(j, n) == section_of(i, n));
        let scored = matches!(kind, Type::YesNo | Type::Choice | Type::Multi);
        plans.push(Plan {
            kind,
            allow_na: scored && rng.chance(10),
            when,
        });
        if kind == Type::YesNo && when.is_none() {
            last_yes_no = Some(i);
        }
    }
    plans
}

/// The question a fourth section's `when` refers to: the last unconditioned
/// yes_no question before the section starts.
fn section_when(s: usize, n: usize, plans: &[Plan]) -> Option<usize> {
    if s == 0 || s % 4 != 3 {
        return None;
    }
    let start = (0..n).find(|&i| section_of(i, n) == s)?;
    (0..start)
        .rev()
        .find(|&i| plans[i].kind == Type::YesNo && plans[i].when.is_none())
}

fn id(i: usize) -> String {
    format!("q-{i:05}")
}

const HELP: &str = "This is about the everyday way the business works, not about rare events. \
Think of the last three months. If someone else looks after this for you, ask them; \
\"I don't know\" is a fine answer until you have found out.";
const WHY: &str = "Gaps like this one are among the most common ways attackers get in, and \
customers and insurers ask about them.";
const REC_TEXT: &str = "Agree who is responsible, write down what they do and how often, and \
check once a month that it happened.\n\n- Start with the accounts and devices that matter most.\n- \
Keep a short record: a date and a name is enough.\n\nSee <https://www.ncsc.gov.uk> for free guidance.";

fn recommendation(y: &mut String, indent: &str, i: usize, effort: &str) {
    let _ = writeln!(
        y,
        "{indent}recommendation:\n{indent}  title: Put control {i} in place\n{indent}  text: |"
    );
    for line in REC_TEXT.lines() {
        if line.is_empty() {
            y.push('\n');
        } else {
            let _ = writeln!(y, "{indent}    {line}");
        }
    }
    let _ = writeln!(
        y,
        "{indent}  effort: {effort}\n{indent}  ask_provider: Can you check control {i} for us and tell us what you found?"
    );
}

/// The lines that say question `i`'s type and options (and a choice's
/// recommendation), after its text.
fn kind_lines(y: &mut String, kind: Type, i: usize) {
    match kind {
        Type::YesNo => {
            if i % 20 == 4 {
                y.push_str("        expect: no\n");
            }
        }
        Type::Choice => {
            y.push_str("        type: choice\n        options:\n          - { value: always, label: Always, score: 1 }\n          - { value: mostly, label: Most of the time, score: 0.5 }\n          - value: never\n            label: Not at all\n");
            recommendation(y, "            ", i, "low");
        }
        Type::Multi => {
            y.push_str("        type: multi\n        options:\n          - { value: laptops, label: Laptops, score: 0.5 }\n          - { value: phones, label: Phones, score: 0.25 }\n          - { value: servers, label: Servers, score: 0.25 }\n          - { value: none, label: None of these, exclusive: true }\n");
        }
        Type::Number => {
            y.push_str(
                "        type: number\n        min: 0\n        max: 100000\n        unit: people\n",
            );
        }
        Type::Text => y.push_str("        type: text\n"),
    }
}

/// The YAML text of a questionnaire with `n` questions, id `synthetic-{n}`.
pub fn questionnaire(n: usize) -> String {
    let plans = plan(n);
    let mut rng = Rng(0x5EED ^ n as u64);
    let mut y = String::with_capacity(n * 1100);
    let _ = write!(
        y,
        "id: synthetic-{n}\ntitle: Synthetic questionnaire of {n} questions\nversion: 1.0.0\n\
description: |\n  Made by `assure`'s benchmark generator. Answer for the whole business.\n\
publisher: Benchmark Ltd\nframeworks:\n  nist-csf-2.0: NIST Cybersecurity Framework 2.0\n  cis-v8: CIS Controls v8\n\
scoring:\n  bands:\n    - {{ min: 80, label: Strong }}\n    - {{ min: 50, label: Developing }}\n    - {{ min: 0, label: At risk }}\n  critical_cap: At risk\nsections:\n"
    );
    let mut section = usize::MAX;
    for (i, p) in plans.iter().enumerate() {
        let s = section_of(i, n);
        if s != section {
            section = s;
            let _ = writeln!(
                y,
                "  - id: section-{s}\n    title: Section {s}\n    description: Questions about area {s} of the business."
            );
            if let Some(q) = section_when(s, n, &plans) {
                let _ = writeln!(
                    y,
                    "    when: {{ any: [{{ question: {}, equals: yes }}, {{ question: {}, answered: true }}] }}",
                    id(q),
                    id(q)
                );
            }
            y.push_str("    questions:\n");
        }
        let _ = writeln!(
            y,
            "      - id: {}\n        text: Does the business do what control {i} asks, every time it matters?\n        help: |\n          {HELP}\n        why: {WHY}",
            id(i)
        );
        let effort = ["low", "medium", "high"][i % 3];
        kind_lines(&mut y, p.kind, i);
        let scored = matches!(p.kind, Type::YesNo | Type::Choice | Type::Multi);
        if scored {
            let _ = writeln!(y, "        weight: {}", 1 + rng.below(3));
            if rng.chance(8) {
                y.push_str("        critical: true\n");
            }
        }
        if p.allow_na {
            y.push_str("        allow_na: true\n");
        }
        let _ = writeln!(y, "        tags: [area-{}, topic-{}]", i % 7, i % 13);
        if scored {
            // Real identifiers, spread over the lists, so `validate` has nothing to say.
            let pick = |framework: &str| {
                let ids: Vec<&str> = assure::frameworks::ids(framework)
                    .map(Iterator::collect)
                    .unwrap_or_default();
                ids.get(i % ids.len().max(1)).copied().unwrap_or_default()
            };
            let _ = writeln!(
                y,
                "        maps:\n          nist-csf-2.0: [{}]\n          cis-v8: [\"{}\"]",
                pick("nist-csf-2.0"),
                pick("cis-v8"),
            );
            let _ = writeln!(y, "        evidence: A screenshot or a log of control {i}");
        }
        if let Some(j) = p.when {
            let _ = writeln!(y, "        when: {{ question: {}, equals: yes }}", id(j));
        }
        if scored {
            recommendation(&mut y, "        ", i, effort);
        }
    }
    y
}

#[derive(Clone, Copy, PartialEq)]
enum Given {
    Yes,
    Other,
    Nothing,
}

/// The YAML text of an answers file for [`questionnaire`]`(n)`; `seed` varies it.
pub fn answers(n: usize, seed: u64) -> String {
    let plans = plan(n);
    let mut rng = Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ n as u64);
    let mut y = String::with_capacity(n * 60);
    let _ = write!(
        y,
        "questionnaire:\n  id: synthetic-{n}\n  version: 1.0.0\nrespondent:\n  organisation: Org {seed} Ltd\n  name: Sam Example\n  role: Director\n  email: sam@org{seed}.example\n  date: 2026-11-22\nanswers:\n"
    );
    let mut given = vec![Given::Nothing; n];
    let mut section_shown = vec![true; sections(n)];
    for (i, p) in plans.iter().enumerate() {
        let s = section_of(i, n);
        if i > 0 && section_of(i - 1, n) != s {
            // Entering a section: decide whether it is asked.
            if let Some(q) = section_when(s, n, &plans) {
                section_shown[s] = given[q] != Given::Nothing;
            }
        }
        let asked = section_shown[s] && p.when.is_none_or(|j| given[j] == Given::Yes);
        if !asked || rng.chance(4) {
            continue;
        }
        let roll = rng.below(100);
        let value = if roll < 5 {
            "unknown".to_owned()
        } else if roll < 8 && p.allow_na {
            "na".to_owned()
        } else {
            match p.kind {
                Type::YesNo => ["yes", "yes", "no"][rng.below(3) as usize].to_owned(),
                Type::Choice => ["always", "mostly", "never"][rng.below(3) as usize].to_owned(),
                Type::Multi => [
                    "[laptops, phones]",
                    "[laptops, phones, servers]",
                    "[none]",
                    "[phones]",
                ][rng.below(4) as usize]
                    .to_owned(),
                Type::Number => rng.below(500).to_string(),
                Type::Text => format!("\"Handled by Org {seed}: see note {i}\""),
            }
        };
        given[i] = match value.as_str() {
            "yes" => Given::Yes,
            "unknown" | "na" => Given::Nothing,
            _ => Given::Other,
        };
        if rng.chance(10) {
            let _ = writeln!(
                y,
                "  {}:\n    answer: {value}\n    note: \"Checked on Friday by the office manager; the log is in the shared folder.\"\n    evidence: [log-{i}.pdf, screenshot-{i}.png]",
                id(i)
            );
        } else {
            let _ = writeln!(y, "  {}: {value}", id(i));
        }
    }
    y
}
