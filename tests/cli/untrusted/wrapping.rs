//! Wrapping is linear in the text: a word longer than its column is broken, not
//! searched, in `show`'s tables and `list`'s (issue 20, item 2).

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use crate::support::{assure, configured_folder, limit};

/// A questionnaire of `questions` questions whose text is one long word.
pub fn long_words(id: &str, title: &str, questions: usize) -> String {
    let word = "w".repeat(65_000);
    let mut q = format!(
        "id: {id}\ntitle: \"{title}\"\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n"
    );
    for i in 0..questions {
        let _ = writeln!(
            q,
            "      - {{ id: q{i}, text: {word}, recommendation: {{ title: x, text: y, effort: low }} }}"
        );
    }
    q
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn show_lays_out_long_words_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.yaml");
    std::fs::write(&path, long_words("long", "Long", 15)).unwrap();
    let started = Instant::now();
    let o = assure(["show".as_ref(), path.as_os_str()]).run();
    // Processor time: other builds on the machine do not make it longer.
    let took = o.cpu.unwrap_or_else(|| started.elapsed());
    // Every letter is shown, in pieces no wider than the table.
    assert!(o.stdout.matches('w').count() >= 15 * 65_000);
    assert!(o.stdout.lines().all(|l| l.chars().count() <= 120));
    assert!(took < limit(Duration::from_secs(2)), "took {took:?}");
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn list_lays_out_long_titles_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let qs = configured_folder(dir.path());
    let title = "t".repeat(65_000);
    for n in 0..4 {
        let text = long_words(&format!("long-{n}"), &title, 1);
        std::fs::write(qs.join(format!("q{n}.yaml")), text).unwrap();
    }
    let started = Instant::now();
    let o = assure(["list"]).current_dir(dir.path()).run();
    // Processor time: other builds on the machine do not make it longer.
    let took = o.cpu.unwrap_or_else(|| started.elapsed());
    assert!(o.stdout.matches('t').count() >= 4 * 65_000);
    assert!(took < limit(Duration::from_secs(2)), "took {took:?}");
}
