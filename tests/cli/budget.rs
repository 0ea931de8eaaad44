//! What a small answers file can cost: every hostile answers file of at most
//! 1 MiB (benches/hostile.rs), through every command that reads answers files,
//! uses at most 200 MB of memory and ends in time. Peak memory is measured by
//! `/usr/bin/time`, a small process of its own (a child forked from this test
//! would count the test's memory as its own). The release figures are in
//! BENCHMARKS.md (`cargo bench --bench scaling`).

use std::process::Command;
use std::time::Duration;

use crate::support::{limit, root};

#[path = "../../benches/hostile.rs"]
#[allow(dead_code)]
mod hostile;

/// Peak memory in MiB, wall time and exit status of `assure ARGS` in `dir`.
fn measured(dir: &std::path::Path, args: &[&str]) -> (f64, Duration, Option<i32>) {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M %e", env!("CARGO_BIN_EXE_assure")])
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("/usr/bin/time runs (Debian's package `time`)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().unwrap_or_default();
    let mut f = last.split_whitespace();
    let kib: f64 = f
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("{stderr}"));
    let secs: f64 = f.next().and_then(|s| s.parse().ok()).unwrap_or_default();
    (
        kib / 1024.0,
        Duration::from_secs_f64(secs),
        out.status.code(),
    )
}

#[test]
fn a_hostile_answers_file_of_a_mebibyte_costs_little() {
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
                "{name} {}: {mib:.1} MiB, {took:?}, exit {code:?}",
                args[0]
            ));
            assert!(matches!(code, Some(0 | 2)), "{args:?}: exit {code:?}");
            assert!(mib < 190.0, "{args:?} used {mib:.1} MiB");
            assert!(
                took < limit(Duration::from_secs(5)),
                "{args:?} took {took:?}"
            );
        }
    }
    eprintln!("{}", seen.join("\n"));
}
