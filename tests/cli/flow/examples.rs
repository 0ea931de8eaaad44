//! The committed examples these commands make are what the code makes now:
//! the IT-provider round trip (examples/round-trip: the bakery's answers with
//! nine unknowns, the seven questions for the IT provider as a file and a
//! letter, the provider's reply, and the merged answers in
//! examples/answers/harbour-bakery-follow-up.yaml), and the comparison of the
//! bakery's two visits (examples/reports/harbour-bakery-compare.*).
//! `UPDATE_GOLDEN=1 cargo test flow::examples` rewrites them; read the diff.

use std::fs;
use std::path::Path;

use crate::golden;
use crate::support::{assure, root};

const ANSWERS: &str = "examples/round-trip/harbour-bakery-answers.yaml";
const QUESTIONS: &str = "examples/round-trip/questions-for-it-provider.yaml";
const LETTER: &str = "examples/round-trip/letter-to-it-provider.md";
const REPLY: &str = "examples/round-trip/reply-from-it-provider.yaml";
const MERGED: &str = "examples/answers/harbour-bakery-follow-up.yaml";
const FIRST: &str = "examples/answers/harbour-bakery.yaml";

fn report(path: &str) -> serde_json::Value {
    let o = assure(["report", path, "--format", "json", "--quiet"]).run();
    serde_json::from_str(&o.stdout).unwrap()
}

fn status<'a>(r: &'a serde_json::Value, id: &str) -> &'a str {
    r["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id)
        .and_then(|q| q["status"].as_str())
        .unwrap_or_else(|| panic!("{id}"))
}

const FOR_PROVIDER: [&str; 7] = [
    "provider-rmm-security",
    "rdp-exposed",
    "eol-internet-facing",
    "disk-encryption",
    "email-filtering",
    "email-authentication",
    "web-filtering",
];

#[test]
fn the_it_provider_round_trip() {
    let mut stale = Vec::new();
    // The bakery answers with nine unknowns, seven of them for the IT provider.
    let before = report(ANSWERS);
    let unknown: Vec<&str> = before["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["status"] == "unknown")
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert_eq!(unknown.len(), 9, "{unknown:?}");
    // `ask` writes the seven as a file and as a letter.
    let file = assure(["ask", ANSWERS]).run();
    stale.extend(golden::check(Path::new(QUESTIONS), &file.stdout).err());
    let letter = assure(["ask", ANSWERS, "--format", "markdown"]).run();
    stale.extend(golden::check(Path::new(LETTER), &letter.stdout).err());
    for id in FOR_PROVIDER {
        assert!(file.stdout.contains(&format!("\n  {id}:\n")), "{id}");
    }
    // The provider's reply is that file, filled in.
    let reply = fs::read_to_string(root().join(REPLY)).unwrap();
    let head = |s: &str| s[..s.find("respondent:").unwrap()].to_owned();
    assert_eq!(
        head(&reply),
        head(&file.stdout),
        "the reply keeps the questionnaire block"
    );
    // `merge` brings it in: each answer by the IT provider, from the reply.
    let merged = assure(["merge", ANSWERS, REPLY, "-o", "-"]).run();
    merged.stderr_has("7 answers merged");
    stale.extend(golden::check(Path::new(MERGED), &merged.stdout).err());
    let stamp =
        "    by: it-provider\n    from: { file: reply-from-it-provider.yaml, date: 2026-11-28 }\n";
    assert_eq!(merged.stdout.matches(stamp).count(), 7, "{}", merged.stdout);
    golden::assert_all(&stale);
    // The report of the merged answers: the seven answered, the score changed.
    let after = report(MERGED);
    for id in FOR_PROVIDER {
        assert_eq!(status(&before, id), "unknown");
        assert_ne!(status(&after, id), "unknown", "{id}");
    }
    assert_eq!(status(&after, "rdp-exposed"), "met");
    assert_eq!(status(&after, "eol-internet-facing"), "gap");
    assert_ne!(after["score"]["overall"], before["score"]["overall"]);
    // ... and says who gave them.
    let by_provider: Vec<&str> = after["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["by"] == "it-provider")
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    let mut want = FOR_PROVIDER.to_vec();
    want.sort();
    let mut got = by_provider.clone();
    got.sort();
    assert_eq!(got, want);
    let md = assure(["report", MERGED, "--quiet"]).run();
    assert!(
        md.stdout.contains("- **Answer given by:** your IT provider\n- **Carried over from:** reply-from-it-provider.yaml, answered on 2026-11-28"),
        "{}",
        md.stdout
    );
    println!(
        "round trip: {} -> {}",
        before["score"]["overall"], after["score"]["overall"]
    );
}

#[test]
fn the_committed_comparison_of_the_bakerys_two_visits_is_current() {
    let mut golden = golden::Folder::new("examples/reports")
        .only(|name| name.starts_with("harbour-bakery-compare."));
    for ext in ["md", "html", "json"] {
        let o = assure([
            "compare",
            FIRST,
            MERGED,
            "--format",
            match ext {
                "md" => "markdown",
                other => other,
            },
        ])
        .run();
        assert!(o.stderr.is_empty(), "{}", o.stderr);
        golden.check(format!("harbour-bakery-compare.{ext}"), &o.stdout);
    }
    golden.finish();
    let md = fs::read_to_string(root().join("examples/reports/harbour-bakery-compare.md")).unwrap();
    // The first screen says it got better, and who answered what.
    let first: String = md.lines().take(20).collect::<Vec<_>>().join("\n");
    assert!(
        first.contains("**Better.** The overall score went up from 6.7% to"),
        "{first}"
    );
    assert!(md.contains("(answered by your IT provider)"), "{md}");
}
