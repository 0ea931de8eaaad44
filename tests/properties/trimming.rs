//! (e) Trimming is idempotent: for a generated base and profile, the standalone form
//! of the resolved profile, loaded again as a questionnaire, gives the same text
//! and the same digest.

use assure::digest::digest;
use assure::export::standalone::standalone;
use assure::load::Catalog;
use assure::load::config::Config;
use assure::load::read;
use assure::source::Source;
use proptest::prelude::*;
use proptest::sample::Index;

use crate::generate::{self, Spec, TAGS};

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(64)
}

/// What a profile picks, as indexes into the base.
#[derive(Clone, Debug)]
struct ProfileRaw {
    sections: Vec<Index>,
    tags: Vec<Index>,
    questions: Vec<Index>,
    critical: bool,
    maps: bool,
    exclude: Vec<Index>,
    overrides: Vec<(Index, u8, bool)>,
    scoring: bool,
}

fn profile_raw() -> impl Strategy<Value = ProfileRaw> {
    (
        prop::collection::vec(any::<Index>(), 0..2),
        prop::collection::vec(any::<Index>(), 0..2),
        prop::collection::vec(any::<Index>(), 1..4),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::collection::vec((any::<Index>(), 1u8..6, any::<bool>()), 0..3),
        any::<bool>(),
    )
        .prop_map(
            |(sections, tags, questions, critical, maps, exclude, overrides, scoring)| ProfileRaw {
                sections,
                tags,
                questions,
                critical,
                maps,
                exclude,
                overrides,
                scoring,
            },
        )
}

fn list(items: &[String]) -> String {
    let mut items = items.to_vec();
    items.sort();
    items.dedup();
    format!("[{}]", items.join(", "))
}

/// A valid profile of `spec`: every id it names exists, overrides touch only
/// selected, scored questions, and exclusions never touch a selected question.
fn profile(spec: &Spec, raw: &ProfileRaw) -> String {
    let count = spec.questions().count();
    let pick = |i: &Index| format!("q{}", i.index(count));
    let selected: Vec<String> = raw.questions.iter().map(pick).collect();
    let mut y =
        String::from("id: trimmed\ntitle: Trimmed\nversion: 2.0.0\nbase: base.yaml\nselect:\n");
    y += &format!("  questions: {}\n", list(&selected));
    if !raw.sections.is_empty() {
        let sections: Vec<String> = raw
            .sections
            .iter()
            .map(|i| format!("s{}", i.index(spec.sections.len())))
            .collect();
        y += &format!("  sections: {}\n", list(&sections));
    }
    let used: Vec<&str> = TAGS
        .iter()
        .copied()
        .filter(|t| spec.questions().any(|q| q.tags.contains(t)))
        .collect();
    if !used.is_empty() && !raw.tags.is_empty() {
        let tags: Vec<String> = raw
            .tags
            .iter()
            .map(|i| used[i.index(used.len())].to_owned())
            .collect();
        y += &format!("  tags: {}\n", list(&tags));
    }
    if raw.critical {
        y += "  critical: true\n";
    }
    if raw.maps {
        y += "  maps: { nist-csf-2.0: [PR] }\n";
    }
    let excluded: Vec<String> = raw
        .exclude
        .iter()
        .map(pick)
        .filter(|id| !selected.contains(id))
        .collect();
    if !excluded.is_empty() {
        y += &format!("exclude:\n  questions: {}\nreasons:\n", list(&excluded));
        let mut excluded = excluded.clone();
        excluded.sort();
        excluded.dedup();
        for id in excluded {
            y += &format!("  {id}: Not relevant to us.\n");
        }
    }
    let scored: Vec<(String, u8, bool)> = raw
        .overrides
        .iter()
        .map(|(i, w, c)| (pick(i), *w, *c))
        .filter(|(id, _, _)| selected.contains(id))
        .filter(|(id, _, _)| {
            let n: usize = id[1..].parse().unwrap_or(0);
            spec.questions().nth(n).is_some_and(|q| q.weight() > 0)
        })
        .collect();
    if !scored.is_empty() {
        y += "overrides:\n";
        let mut seen = Vec::new();
        for (id, weight, critical) in scored {
            if !seen.contains(&id) {
                y += &format!("  {id}: {{ weight: {weight}, critical: {critical} }}\n");
                seen.push(id);
            }
        }
    }
    if raw.scoring {
        y += "scoring:\n  bands:\n    - { min: 70, label: Good }\n    - { min: 0, label: Poor }\n";
    }
    y
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn trimming_is_idempotent(spec in generate::spec(), raw in profile_raw()) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("base.yaml"), generate::yaml(&spec, "base")).unwrap();
        let profile_text = profile(&spec, &raw);
        let profile_path = dir.path().join("profile.yaml");
        std::fs::write(&profile_path, &profile_text).unwrap();

        let config = Config::default();
        let catalog = Catalog::new(&config);
        let src = read::read(&profile_path).unwrap();
        let resolved = catalog.load(&src).map_err(|d| {
            let shown: Vec<String> = d.iter().map(|d| d.render(false)).collect();
            TestCaseError::fail(format!("{}\n{profile_text}", shown.join("\n")))
        })?;
        let once = standalone(&resolved.value).unwrap();

        let again_src = Source::new(dir.path().join("trimmed.yaml").display().to_string(), once.as_str());
        let again = catalog.load(&again_src).map_err(|d| {
            let shown: Vec<String> = d.iter().map(|d| d.render(false)).collect();
            TestCaseError::fail(format!("{}\n{once}", shown.join("\n")))
        })?;
        let twice = standalone(&again.value).unwrap();
        prop_assert_eq!(&once, &twice);
        prop_assert_eq!(digest(&resolved.value), digest(&again.value));
    }
}
