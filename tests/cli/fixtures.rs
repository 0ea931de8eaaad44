//! Every committed broken or hostile file under tests/fixtures gives exactly the
//! diagnostics pinned in its `.expect` file, the right exit status, no panic, and
//! no output file from the command that would have written one.
//!
//! - `invalid/{questionnaire,profile,answers,config}/*`: exit 2.
//! - `invalid/links/*`: `same_as` links that do not fit the questionnaires they
//!   name; `validate` alone checks those, so only it must exit 2.
//! - `warnings/*/*`: valid with warnings, exit 0.
//!
//! Files whose name starts with `_` are helpers (bases, the questionnaire that
//! answers are checked against), not fixtures.
//!
//! `UPDATE_GOLDEN=1 cargo test fixtures` rewrites the `.expect` files; review the
//! diff before committing it.

use std::fs;
use std::path::{Path, PathBuf};

use crate::golden;
use crate::support::{assure, diagnostics, root};

const ANSWERS_QUESTIONNAIRE: &str = "tests/fixtures/invalid/answers/_questionnaire.yaml";

fn fixtures() -> Vec<(PathBuf, bool)> {
    let mut all = Vec::new();
    for (dir, invalid) in [
        ("tests/fixtures/invalid", true),
        ("tests/fixtures/warnings", false),
    ] {
        let mut kinds: Vec<_> = fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        kinds.sort();
        for kind in kinds {
            let mut files: Vec<_> = fs::read_dir(&kind)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| {
                    let name = p.file_name().unwrap().to_string_lossy();
                    !name.starts_with('_') && !name.ends_with(".expect")
                })
                .collect();
            files.sort();
            all.extend(files.into_iter().map(|f| (f, invalid)));
        }
    }
    all
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root()).unwrap().display().to_string()
}

/// The kind of fixture, from its folder: questionnaire, profile, answers or config.
fn kind(path: &Path) -> String {
    path.parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// The run that checks a fixture; the test gathers its status with the rest.
fn validate(path: &Path) -> crate::support::Output {
    let file = relative(path);
    let run = match kind(path).as_str() {
        "answers" => assure(["validate", &file, "-q", ANSWERS_QUESTIONNAIRE]),
        "config" => assure([
            "--config",
            &file,
            "validate",
            "questionnaires/sme-baseline.yaml",
        ]),
        _ => assure(["validate", &file]),
    };
    run.any_status().run()
}

/// Runs the command that writes a file from this input; returns whether it wrote one.
fn produce(path: &Path, out: &Path) -> (Option<i32>, bool) {
    let file = relative(path);
    let target = out.display().to_string();
    let run = match kind(path).as_str() {
        "answers" => assure(["report", &file, "-q", ANSWERS_QUESTIONNAIRE, "-o", &target]),
        "config" => assure(["--config", &file, "template", "sme-baseline", "-o", &target]),
        _ => assure(["trim", &file, "-o", &target]),
    };
    (run.any_status().run().code, out.exists())
}

#[test]
fn every_fixture_gives_its_pinned_diagnostics() {
    let scratch = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let mut expects = golden::Folder::new("tests/fixtures").only(|name| name.ends_with(".expect"));
    let all = fixtures();
    assert!(all.len() >= 80, "only {} fixtures", all.len());
    for (path, invalid) in &all {
        let name = relative(path);
        let started = std::time::Instant::now();
        let o = validate(path);
        let elapsed = started.elapsed();
        let want_code = if *invalid { 2 } else { 0 };
        if o.code != Some(want_code) {
            failures.push(format!(
                "{name}: exit {:?}, expected {want_code}\n{}",
                o.code, o.stderr
            ));
            continue;
        }
        // Processor time where it is known: other builds on the machine do not
        // make it longer.
        let took = o.cpu.unwrap_or(elapsed);
        if took >= crate::support::limit(std::time::Duration::from_millis(200)) {
            failures.push(format!("{name}: took {took:?}"));
        }
        let got = diagnostics(&o.stderr);
        if got.trim().is_empty() {
            failures.push(format!("{name}: no diagnostic at all\n{}", o.stderr));
        }
        let expect = path.with_extension("expect");
        expects.check(
            expect.strip_prefix(root().join("tests/fixtures")).unwrap(),
            &got,
        );
        // Links between questionnaires are checked by `validate` alone.
        if *invalid && kind(path) != "links" {
            let out = scratch.path().join(format!(
                "out-{}",
                path.file_name().unwrap().to_string_lossy()
            ));
            let (code, wrote) = produce(path, &out);
            if code != Some(2) || wrote {
                failures.push(format!(
                    "{name}: the writing command exited {code:?} and wrote a file: {wrote}"
                ));
            }
        }
    }
    if !failures.is_empty() {
        expects.fail(format!(
            "{} of {} fixtures failed:\n\n{}",
            failures.len(),
            all.len(),
            failures.join("\n\n")
        ));
    }
    expects.finish();
}

#[test]
fn diagnostics_show_the_line_and_a_caret() {
    let o = assure([
        "validate",
        "tests/fixtures/invalid/questionnaire/unknown-key.yaml",
    ])
    .status(2)
    .run();
    assert!(
        o.stderr.contains(
            "error[unknown-key]: unknown key `wieght`\n  --> tests/fixtures/invalid/questionnaire/unknown-key.yaml:10:9\n   |\n10 |         wieght: 3\n   |         ^^^^^^\n   |\n   = help: did you mean `weight`?"
        ),
        "{}",
        o.stderr
    );
}

#[test]
fn json_diagnostics_for_editors() {
    let o = assure([
        "validate",
        "--format",
        "json",
        "tests/fixtures/invalid/questionnaire/unknown-key.yaml",
        "questionnaires/sme-baseline.yaml",
    ])
    .status(2)
    .run();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v[0]["valid"], false);
    assert_eq!(v[0]["diagnostics"][0]["code"], "unknown-key");
    assert_eq!(v[0]["diagnostics"][0]["line"], 10);
    assert_eq!(v[0]["diagnostics"][0]["column"], 9);
    assert_eq!(v[0]["diagnostics"][0]["help"], "did you mean `weight`?");
    assert_eq!(v[1]["valid"], true);
    assert_eq!(v[1]["kind"], "questionnaire");
    assert_eq!(v[1]["summary"]["id"], "sme-baseline");
}
