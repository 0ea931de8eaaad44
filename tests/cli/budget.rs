//! What a small answers file can cost: every hostile answers file of at most
//! 1 MiB (benches/hostile.rs), through every command that reads answers files,
//! uses at most 200 MB of memory and ends in time. The release figures are in
//! BENCHMARKS.md (`cargo bench --bench scaling`).
//!
//! Peak memory is read with wait4(2), by the benchmarks' own code
//! (benches/measure.rs), in a small helper process: Linux counts a child's
//! peak from the process it was started from, and this test binary is large.
//! The helper is this same test binary started again to run this one test
//! with `ASSURE_MEASURE` set: in that role the test measures the command
//! named there and prints the figures. Unix only (wait4); slow tier.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::support::{limit, root};

#[path = "../../benches/hostile.rs"]
#[allow(dead_code)]
mod hostile;
#[path = "../../benches/measure.rs"]
mod measure;

/// Set in the helper's environment: the arguments of the command to measure.
const HELPER: &str = "ASSURE_MEASURE";
/// This test's name, for the helper to run it alone.
const THIS_TEST: &str = "budget::a_hostile_answers_file_of_a_mebibyte_costs_little";
/// What starts the helper's one line of figures.
const FIGURES: &str = "measured:";

/// In the helper's role: runs `assure ARGS` (from `ASSURE_MEASURE`) in this
/// folder and prints its peak memory in KiB, wall time and exit status.
fn measure_as_helper(args: &str) {
    let args: Vec<String> = serde_json::from_str(args).unwrap();
    let (wall, kib, code) = measure::child(env!("CARGO_BIN_EXE_assure"), &args);
    println!("{FIGURES} {kib} {} {code}", wall.as_nanos());
}

/// Peak memory in MiB, wall time and exit status of `assure ARGS` in `dir`,
/// measured by the helper.
fn measured(dir: &Path, args: &[&str]) -> (f64, Duration, i32) {
    let out = Command::new(std::env::current_exe().unwrap())
        .args([THIS_TEST, "--exact", "--include-ignored", "--nocapture"])
        .args(["--test-threads", "1", "--quiet"])
        .env(HELPER, serde_json::to_string(args).unwrap())
        .env("NO_COLOR", "1")
        .current_dir(dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix(FIGURES))
        .unwrap_or_else(|| {
            panic!(
                "no figures from the helper for {args:?}:\n{stdout}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let f: Vec<i64> = line
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    let nanos = u64::try_from(f[1]).unwrap();
    (
        f[0] as f64 / 1024.0,
        Duration::from_nanos(nanos),
        i32::try_from(f[2]).unwrap(),
    )
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn a_hostile_answers_file_of_a_mebibyte_costs_little() {
    if let Ok(args) = std::env::var(HELPER) {
        return measure_as_helper(&args);
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("tests/fixtures/invalid/answers/_questionnaire.yaml"),
        dir.path().join("q.yaml"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("base.yaml"),
        "questionnaire: { id: q, version: 1.0.0 }\nanswers: { cloud: yes }\n",
    )
    .unwrap();
    let mut seen = Vec::new();
    for (name, text) in hostile::all() {
        assert!(text.len() <= hostile::MAX_BYTES && text.len() > hostile::MAX_BYTES / 2);
        let file = format!("{name}.yaml");
        std::fs::write(dir.path().join(&file), &text).unwrap();
        for args in [
            vec!["validate", &file, "-q", "q.yaml"],
            vec!["report", &file, "-q", "q.yaml", "-o", "r.md"],
            vec!["report", &file, "-q", "q.yaml", "-o", "r.html"],
            vec!["report", &file, "-q", "q.yaml", "-o", "r.json"],
            vec!["prefill", "q.yaml", "--from", &file, "-o", "p.yaml"],
            vec!["compare", "base.yaml", &file, "-q", "q.yaml", "-o", "c.md"],
            vec![
                "ask", &file, "-q", "q.yaml", "--format", "markdown", "-o", "l.md",
            ],
            vec!["merge", "base.yaml", &file, "-q", "q.yaml", "-o", "m.yaml"],
        ] {
            let (mib, took, code) = measured(dir.path(), &args);
            seen.push(format!(
                "{name} {}: {mib:.1} MiB, {took:?}, exit {code}",
                args[0]
            ));
            assert!(matches!(code, 0 | 2), "{args:?}: exit {code}");
            // A figure of nothing would be a measurement that failed.
            assert!(mib > 1.0 && mib < 190.0, "{args:?} used {mib:.1} MiB");
            assert!(
                took < limit(Duration::from_secs(5)),
                "{args:?} took {took:?}"
            );
        }
    }
    eprintln!("{}", seen.join("\n"));
}

/// Every input set of issue 20 (benches/sets.rs: many aliased files, a chain
/// of profiles, long words, a repeated config, a workbook of a million empty
/// texts, customer sheets), at most 1 MiB each, through every command that
/// reads it: within 200 MB and 5 s.
#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn every_input_set_of_a_mebibyte_costs_little() {
    let dir = tempfile::tempdir().unwrap();
    let mut seen = Vec::new();
    for set in crate::sets::all(dir.path(), env!("CARGO_BIN_EXE_assure")) {
        for run in &set.runs {
            let args: Vec<&str> = run.iter().map(String::as_str).collect();
            let (mib, took, code) = measured(&set.dir, &args);
            seen.push(format!(
                "{}: {args:?}: {mib:.1} MiB, {took:?}, exit {code}",
                set.name
            ));
            assert!(matches!(code, 0 | 2), "{args:?}: exit {code}");
            assert!(mib > 1.0 && mib < 190.0, "{args:?} used {mib:.1} MiB");
            assert!(
                took < limit(Duration::from_secs(5)),
                "{args:?} took {took:?}"
            );
        }
    }
    eprintln!("{}", seen.join("\n"));
}
