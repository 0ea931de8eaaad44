//! One budget per run, not per file (issue 20, item 3): the text aliases add
//! is counted over every file a run reads, so that 32 small files cannot each
//! grow to the limit of one; and nothing is written that `assure` would not
//! read back. Peak memory: the slow tier's budget test and BENCHMARKS.md.

use std::path::Path;
use std::time::Duration;

use crate::support::{assure, limit, root};

use crate::sets;

/// 32 answers files of 32 KB, each a 30 KB note aliased 520 times (15.6 MB,
/// under the limit of one file): 1 MiB in all.
fn aliased_files(dir: &Path) -> Vec<String> {
    std::fs::copy(
        root().join("tests/fixtures/invalid/answers/_questionnaire.yaml"),
        dir.join("q.yaml"),
    )
    .unwrap();
    let text = sets::aliased_answers(30_000, 520);
    (0..32)
        .map(|i| {
            let name = format!("a{i:02}.yaml");
            std::fs::write(dir.join(&name), &text).unwrap();
            name
        })
        .collect()
}

const OVER: &str = "in the files read so far expand to more than 16 MiB of text in all";

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn aliases_count_over_every_file_of_a_run() {
    let dir = tempfile::tempdir().unwrap();
    let files = aliased_files(dir.path());
    let within = limit(Duration::from_secs(5));
    let mut prefill = vec!["prefill", "q.yaml", "-o", "p.yaml", "--from"];
    prefill.extend(files.iter().map(String::as_str));
    let mut merge = vec!["merge", "a00.yaml", "-q", "q.yaml", "-o", "m.yaml"];
    merge.extend(files[1..13].iter().map(String::as_str));
    let mut report = vec!["report", "-q", "q.yaml", "-o", "out/"];
    report.extend(files.iter().map(String::as_str));
    for args in [prefill, merge, report] {
        assure(&args)
            .current_dir(dir.path())
            .status(2)
            .within(within)
            .run()
            .stderr_has(OVER);
    }
    assert!(!dir.path().join("p.yaml").exists());
    assert!(!dir.path().join("m.yaml").exists());
    // One such file alone is within the budget.
    assure(["validate", "a00.yaml", "-q", "q.yaml"])
        .current_dir(dir.path())
        .within(within)
        .run();
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn nothing_is_written_that_assure_would_not_read_back() {
    let dir = tempfile::tempdir().unwrap();
    // A note of 60 KB aliased 279 times: 16.7 MB of text, under the limit of
    // aliases, but more than a file `assure` reads once written out.
    let big = sets::aliased_answers(60_000, 279);
    std::fs::write(dir.path().join("a.yaml"), &big).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/invalid/answers/_questionnaire.yaml"),
        dir.path().join("q.yaml"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("r.yaml"),
        "questionnaire: { id: q, version: 1.0.0 }\nrespondent: { role: accountant }\nanswers: { staff: 5, notes: hello }\n",
    )
    .unwrap();
    for args in [
        vec!["merge", "a.yaml", "r.yaml", "-q", "q.yaml"],
        vec!["prefill", "q.yaml", "--from", "a.yaml", "-o", "p.yaml"],
    ] {
        assure(&args)
            .current_dir(dir.path())
            .status(2)
            .within(limit(Duration::from_secs(3)))
            .run()
            .stderr_has("MiB `assure` reads back: nothing was written");
    }
    // The answers file is as it was, with no backup made for nothing.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml")).unwrap(),
        big
    );
    assert!(!dir.path().join("a.yaml.bak").exists());
    assert!(!dir.path().join("p.yaml").exists());
}
