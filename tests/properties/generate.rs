//! Random valid questionnaires and answers, built structurally.
//!
//! Strategies draw loose raw values ([`QRaw`], [`ARaw`]) that are then fixed up into
//! a valid [`Spec`]: a choice question always has an option scoring 1, a multi
//! question's options can add up to 1, a `when` only refers to an earlier question
//! with a test that fits that question's type. Drawing raw values and fixing them
//! up (rather than generating only valid ones) keeps proptest's shrinking useful.

use std::fmt::Write as _;

use assure::model::{Questionnaire, YesNo};
use assure::source::Source;
use proptest::prelude::*;
use proptest::sample::Index;

mod answering;
pub use answering::{answers, answers_raw, fully_met};

/// A question's type, with what the type needs.
#[derive(Clone, Debug)]
pub enum Kind {
    YesNo {
        expect: YesNo,
    },
    /// Options' scores, in quarters.
    Choice(Vec<u8>),
    /// Options' scores in quarters; the last option is exclusive when the flag is set.
    Multi(Vec<u8>, bool),
    Number {
        min: i32,
        max: i32,
    },
    Text,
}

/// A condition, already pointing at an earlier question.
#[derive(Clone, Debug)]
pub enum Cond {
    Test { question: usize, test: String },
    Not(Box<Cond>),
    Any(Vec<Cond>),
}

#[derive(Clone, Debug)]
pub struct QSpec {
    pub kind: Kind,
    /// Written only when `Some`; the default is 1 for scored types, 0 for the rest.
    pub weight: Option<u32>,
    pub critical: bool,
    pub allow_na: bool,
    pub allow_unknown: bool,
    pub tags: Vec<&'static str>,
    pub maps: Vec<&'static str>,
    pub when: Option<Cond>,
}

impl QSpec {
    pub fn weight(&self) -> u32 {
        self.weight.unwrap_or(match self.kind {
            Kind::Number { .. } | Kind::Text => 0,
            _ => 1,
        })
    }
}

#[derive(Clone, Debug)]
pub struct SectionSpec {
    pub when: Option<Cond>,
    pub questions: Vec<QSpec>,
}

/// A whole questionnaire; question `i` (in file order) has the id `q{i}`.
#[derive(Clone, Debug)]
pub struct Spec {
    pub sections: Vec<SectionSpec>,
    /// Custom bands (highest first, the last at 0) with a cap, or the defaults.
    pub bands: Option<(Vec<u8>, usize)>,
}

impl Spec {
    pub fn questions(&self) -> impl Iterator<Item = &QSpec> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// Every question id a condition refers to.
    pub fn referenced(&self) -> Vec<usize> {
        fn walk(c: &Cond, out: &mut Vec<usize>) {
            match c {
                Cond::Test { question, .. } => out.push(*question),
                Cond::Not(c) => walk(c, out),
                Cond::Any(cs) => cs.iter().for_each(|c| walk(c, out)),
            }
        }
        let mut out = Vec::new();
        for s in &self.sections {
            s.when.iter().for_each(|c| walk(c, &mut out));
            for q in &s.questions {
                q.when.iter().for_each(|c| walk(c, &mut out));
            }
        }
        out
    }
}

/// A condition as drawn: which earlier question, which test, whether negated.
#[derive(Clone, Debug)]
pub struct CondRaw {
    target: Index,
    pick: u8,
    negate: bool,
    or_answered: bool,
}

#[derive(Clone, Debug)]
pub struct QRaw {
    kind: u8,
    weight: Option<u8>,
    critical: bool,
    allow_na: bool,
    allow_unknown: bool,
    expect_no: bool,
    scores: Vec<u8>,
    exclusive: bool,
    range: (i16, u16),
    tags: Vec<Index>,
    maps: Vec<Index>,
    when: Option<CondRaw>,
}

pub const TAGS: [&str; 3] = ["email", "backup", "people"];
pub const REFS: [&str; 4] = ["GV.SC-01", "PR.AA-03", "PR.DS-11", "RS.MA-01"];

fn cond_raw() -> impl Strategy<Value = CondRaw> {
    (any::<Index>(), any::<u8>(), any::<bool>(), any::<bool>()).prop_map(
        |(target, pick, negate, or_answered)| CondRaw {
            target,
            pick,
            negate: negate && pick.is_multiple_of(3),
            or_answered: or_answered && pick.is_multiple_of(5),
        },
    )
}

fn q_raw() -> impl Strategy<Value = QRaw> {
    (
        (
            0u8..5,
            proptest::option::of(0u8..5),
            any::<bool>(),
            any::<bool>(),
            prop::bool::weighted(0.8),
            any::<bool>(),
        ),
        (
            prop::collection::vec(0u8..=4, 2..5),
            any::<bool>(),
            (-5i16..20, 0u16..200),
            prop::collection::vec(any::<Index>(), 0..3),
            prop::collection::vec(any::<Index>(), 0..2),
            proptest::option::weighted(0.3, cond_raw()),
        ),
    )
        .prop_map(
            |(
                (kind, weight, critical, allow_na, allow_unknown, expect_no),
                (scores, exclusive, range, tags, maps, when),
            )| QRaw {
                kind,
                weight,
                critical,
                allow_na,
                allow_unknown,
                expect_no,
                scores,
                exclusive,
                range,
                tags,
                maps,
                when,
            },
        )
}

/// A test that fits question `target` of the questions so far.
fn cond(raw: &CondRaw, earlier: &[QSpec]) -> Option<Cond> {
    if earlier.is_empty() {
        return None;
    }
    let question = raw.target.index(earlier.len());
    let target = &earlier[question];
    let n = usize::from(raw.pick);
    let option = |count: usize| format!("o{}", n % count);
    let test = if raw.pick.is_multiple_of(7) {
        "answered: true".to_owned()
    } else {
        match &target.kind {
            Kind::YesNo { .. } => format!("equals: {}", ["yes", "no"][n % 2]),
            Kind::Choice(s) => format!("in: [{}, o{}]", option(s.len()), (n + 1) % s.len()),
            Kind::Multi(s, _) => format!("includes: {}", option(s.len())),
            Kind::Number { .. } => format!("at_least: {}", n % 20),
            Kind::Text => "answered: true".to_owned(),
        }
    };
    let mut c = Cond::Test { question, test };
    if raw.or_answered {
        c = Cond::Any(vec![
            c,
            Cond::Test {
                question,
                test: "answered: false".into(),
            },
        ]);
    }
    if raw.negate {
        c = Cond::Not(Box::new(c));
    }
    Some(c)
}

fn fix(raw: &QRaw, earlier: &[QSpec]) -> QSpec {
    let mut scores = raw.scores.clone();
    let kind = match raw.kind {
        0 => Kind::YesNo {
            expect: if raw.expect_no { YesNo::No } else { YesNo::Yes },
        },
        1 => {
            // At least one option scores 1.
            let best = usize::from(scores[0]) % scores.len();
            scores[best] = 4;
            Kind::Choice(scores)
        }
        2 => {
            let exclusive = raw.exclusive;
            let len = scores.len() - usize::from(exclusive);
            let together = &mut scores[..len];
            if together.iter().map(|&s| u32::from(s)).sum::<u32>() < 4 {
                together[0] = 4;
            }
            Kind::Multi(scores, exclusive)
        }
        3 => Kind::Number {
            min: i32::from(raw.range.0),
            max: i32::from(raw.range.0) + i32::from(raw.range.1),
        },
        _ => Kind::Text,
    };
    let scorable = raw.kind < 3;
    let weight = if scorable {
        raw.weight.map(u32::from)
    } else {
        // Information only: no weight, or an explicit 0.
        raw.weight.map(|_| 0)
    };
    let scored = scorable && weight.is_none_or(|w| w > 0);
    QSpec {
        kind,
        weight,
        critical: scored && raw.critical,
        allow_na: scored && raw.allow_na,
        allow_unknown: raw.allow_unknown,
        tags: dedup(raw.tags.iter().map(|i| TAGS[i.index(TAGS.len())])),
        maps: dedup(raw.maps.iter().map(|i| REFS[i.index(REFS.len())])),
        when: raw.when.as_ref().and_then(|c| cond(c, earlier)),
    }
}

fn dedup(items: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = Vec::new();
    for i in items {
        if !v.contains(&i) {
            v.push(i);
        }
    }
    v
}

/// A valid questionnaire: 1 to 4 sections of 1 to 5 questions.
pub fn spec() -> impl Strategy<Value = Spec> {
    let section = (
        prop::collection::vec(q_raw(), 1..6),
        proptest::option::weighted(0.2, cond_raw()),
    );
    let bands = proptest::option::weighted(
        0.3,
        (prop::collection::btree_set(1u8..100, 0..3), any::<Index>()),
    );
    (prop::collection::vec(section, 1..5), bands).prop_map(|(raw, bands)| {
        let mut all: Vec<QSpec> = Vec::new();
        let mut sections = Vec::new();
        for (questions, when) in raw {
            let when = when.as_ref().and_then(|c| cond(c, &all));
            let start = all.len();
            for q in &questions {
                let fixed = fix(q, &all);
                all.push(fixed);
            }
            sections.push(SectionSpec {
                when,
                questions: all[start..].to_vec(),
            });
        }
        let bands = bands.map(|(mins, cap)| {
            let mut mins: Vec<u8> = mins.into_iter().rev().collect();
            mins.push(0);
            let cap = cap.index(mins.len());
            (mins, cap)
        });
        Spec { sections, bands }
    })
}

fn write_cond(c: &Cond) -> String {
    match c {
        Cond::Test { question, test } => format!("{{ question: q{question}, {test} }}"),
        Cond::Not(c) => format!("{{ not: {} }}", write_cond(c)),
        Cond::Any(cs) => format!(
            "{{ any: [{}] }}",
            cs.iter().map(write_cond).collect::<Vec<_>>().join(", ")
        ),
    }
}

const REC: &str = "{ title: Fix it, text: Do the thing., effort: low }";

/// One question's lines after its id and text.
fn question(y: &mut String, q: &QSpec) {
    let options = |scores: &[u8], exclusive: bool| {
        let mut o = String::from("        options:\n");
        for (i, score) in scores.iter().enumerate() {
            let _ = write!(
                o,
                "          - {{ value: o{i}, label: Option {i}, score: {}",
                f64::from(*score) / 4.0
            );
            if exclusive && i + 1 == scores.len() {
                o.push_str(", exclusive: true");
            }
            o.push_str(" }\n");
        }
        o
    };
    match &q.kind {
        Kind::YesNo { expect } => {
            let _ = writeln!(y, "        expect: {}", expect.as_str());
        }
        Kind::Choice(scores) => {
            y.push_str("        type: choice\n");
            y.push_str(&options(scores, false));
        }
        Kind::Multi(scores, exclusive) => {
            y.push_str("        type: multi\n");
            y.push_str(&options(scores, *exclusive));
        }
        Kind::Number { min, max } => {
            let _ = writeln!(
                y,
                "        type: number\n        min: {min}\n        max: {max}\n        unit: people"
            );
        }
        Kind::Text => y.push_str("        type: text\n"),
    }
    if let Some(w) = q.weight {
        let _ = writeln!(y, "        weight: {w}");
    }
    if q.critical {
        y.push_str("        critical: true\n");
    }
    if q.allow_na {
        y.push_str("        allow_na: true\n");
    }
    if !q.allow_unknown {
        y.push_str("        allow_unknown: false\n");
    }
    if !q.tags.is_empty() {
        let _ = writeln!(y, "        tags: [{}]", q.tags.join(", "));
    }
    if !q.maps.is_empty() {
        let _ = writeln!(
            y,
            "        maps: {{ nist-csf-2.0: [{}] }}",
            q.maps.join(", ")
        );
    }
    if let Some(c) = &q.when {
        let _ = writeln!(y, "        when: {}", write_cond(c));
    }
    if matches!(
        q.kind,
        Kind::YesNo { .. } | Kind::Choice(_) | Kind::Multi(..)
    ) {
        let _ = writeln!(y, "        recommendation: {REC}");
    }
}

/// The questionnaire as YAML, as an author would write it.
pub fn yaml(spec: &Spec, id: &str) -> String {
    let mut y = format!(
        "id: {id}\ntitle: Generated\nversion: 1.0.0\nframeworks:\n  nist-csf-2.0: NIST CSF 2.0\n"
    );
    if let Some((mins, cap)) = &spec.bands {
        y.push_str("scoring:\n  bands:\n");
        for (i, min) in mins.iter().enumerate() {
            let _ = writeln!(y, "    - {{ min: {min}, label: Band {i} }}");
        }
        let _ = writeln!(y, "  critical_cap: Band {cap}");
    }
    y.push_str("sections:\n");
    let mut n = 0;
    for (s, section) in spec.sections.iter().enumerate() {
        let _ = writeln!(y, "  - id: s{s}\n    title: Section {s}");
        if let Some(c) = &section.when {
            let _ = writeln!(y, "    when: {}", write_cond(c));
        }
        y.push_str("    questions:\n");
        for q in &section.questions {
            let _ = writeln!(y, "      - id: q{n}\n        text: Question {n}?");
            n += 1;
            question(&mut y, q);
        }
    }
    y
}

/// Loads a generated questionnaire through the library, as `assure` would.
pub fn load(spec: &Spec) -> Questionnaire {
    let text = yaml(spec, "generated");
    let src = Source::new("generated.yaml", text.as_str());
    let node = assure::load::parse(&src).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    match assure::load::questionnaire(&src, &node) {
        Ok(loaded) => loaded.value,
        Err(diags) => {
            let shown: Vec<String> = diags.iter().map(|d| d.render(false)).collect();
            panic!("{}\n{text}", shown.join("\n"))
        }
    }
}
