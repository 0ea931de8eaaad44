//! The scaling benchmark: `cargo bench --bench scaling` (see BENCHMARKS.md).
//!
//! Whole `assure` processes, release build, wall time and peak memory:
//! 1. the cliffs of issue 11 at 1,000, 4,000 and 16,000: a profile over a chain
//!    of conditions, `schema answers -q` of a large questionnaire, and an answers
//!    file with that many unknown question ids; each must grow linearly;
//! 2. every hostile answers file of at most 1 MiB (`benches/hostile.rs`) through
//!    every command that reads answers (validate, report in three formats,
//!    prefill, compare, ask, merge): none may use more than 200 MB or 5 s;
//! 3. every input set of at most 1 MiB of issue 20 (`benches/sets.rs`: many
//!    files, profile chains, long words, repeated config folders, workbooks,
//!    customer sheets) through the commands that read it, and the worst run
//!    of each command. `--sets` runs only this part.
//!
//! Peak memory is read with wait4(2) by a small helper process (this binary run
//! with `--measure`), since a child forked straight from a large process reports
//! that process's memory as its own.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

#[path = "hostile.rs"]
mod hostile;
mod measure;
mod sets;

const ASSURE: &str = env!("CARGO_BIN_EXE_assure");
const SIZES: [usize; 3] = [1_000, 4_000, 16_000];

/// `--measure PROGRAM ARGS...`: runs it and prints nanoseconds, peak KiB, status.
fn measure_child(args: &[String]) {
    let (wall, kib, code) = measure::child(&args[0], &args[1..]);
    println!("{} {kib} {code}", wall.as_nanos());
}

/// Wall time, peak memory in MiB and exit status of `assure ARGS` run in `dir`.
fn run(dir: &Path, args: &[&str]) -> (Duration, f64, i32) {
    let out = Command::new(std::env::current_exe().unwrap())
        .arg("--measure")
        .arg(ASSURE)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let f: Vec<i64> = text
        .split_whitespace()
        .map(|p| p.parse().unwrap())
        .collect();
    (
        Duration::from_nanos(u64::try_from(f[0]).unwrap()),
        f[1] as f64 / 1024.0,
        i32::try_from(f[2]).unwrap(),
    )
}

/// The best of three runs.
fn best(dir: &Path, args: &[&str]) -> (Duration, f64, i32) {
    (0..3).map(|_| run(dir, args)).min_by_key(|r| r.0).unwrap()
}

fn cliffs(dir: &Path) {
    println!("## Scaling (issue 11): time and peak memory by size\n");
    println!("| case | n | time (ms) | µs per item | peak (MiB) |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for n in SIZES {
        let (q, profile) = hostile::chain(n);
        std::fs::write(dir.join("chain.yaml"), q).unwrap();
        std::fs::write(dir.join("profile.yaml"), profile).unwrap();
        let mut unknown = String::from("questionnaire: { id: q, version: 1.0.0 }\nanswers:\n");
        for i in 0..n {
            unknown.push_str(&format!("  not-a-question-{i}: yes\n"));
        }
        std::fs::write(dir.join("unknown.yaml"), unknown).unwrap();
        for (case, args) in [
            (
                "profile over a chain of conditions",
                vec!["validate", "profile.yaml"],
            ),
            (
                "schema answers -q",
                vec!["schema", "answers", "-q", "chain.yaml", "-o", "schema.json"],
            ),
            (
                "unknown answer ids",
                vec!["validate", "unknown.yaml", "-q", "q.yaml"],
            ),
        ] {
            let (t, mib, _) = best(dir, &args);
            println!(
                "| {case} | {n} | {:.1} | {:.1} | {mib:.1} |",
                t.as_secs_f64() * 1e3,
                t.as_secs_f64() * 1e6 / n as f64
            );
        }
    }
}

fn budget(dir: &Path) {
    println!("\n## Hostile answers files of at most 1 MiB, every command\n");
    println!("| file | command | exit | time (ms) | peak (MiB) |");
    println!("| --- | --- | ---: | ---: | ---: |");
    let mut worst = (Duration::ZERO, 0.0_f64);
    for (name, text) in hostile::all() {
        assert!(
            text.len() <= hostile::MAX_BYTES,
            "{name} is {} bytes",
            text.len()
        );
        let file = format!("{name}.yaml");
        std::fs::write(dir.join(&file), text).unwrap();
        for (label, args) in [
            ("validate", vec!["validate", &file, "-q", "q.yaml"]),
            (
                "report md",
                vec!["report", &file, "-q", "q.yaml", "-o", "r.md"],
            ),
            (
                "report html",
                vec!["report", &file, "-q", "q.yaml", "-o", "r.html"],
            ),
            (
                "report json",
                vec!["report", &file, "-q", "q.yaml", "-o", "r.json"],
            ),
            (
                "prefill",
                vec!["prefill", "q.yaml", "--from", &file, "-o", "p.yaml"],
            ),
            (
                "compare",
                vec!["compare", "base.yaml", &file, "-q", "q.yaml", "-o", "c.md"],
            ),
            (
                "ask",
                vec![
                    "ask", &file, "-q", "q.yaml", "--format", "markdown", "-o", "l.md",
                ],
            ),
            (
                "merge",
                vec!["merge", "base.yaml", &file, "-q", "q.yaml", "-o", "m.yaml"],
            ),
        ] {
            std::fs::write(
                dir.join("base.yaml"),
                "questionnaire: { id: q, version: 1.0.0 }\nanswers: { cloud: yes }\n",
            )
            .unwrap();
            let (t, mib, code) = best(dir, &args);
            println!(
                "| {name} | {label} | {code} | {:.1} | {mib:.1} |",
                t.as_secs_f64() * 1e3
            );
            worst = (worst.0.max(t), worst.1.max(mib));
        }
    }
    println!(
        "\nWorst: {:.0} ms, {:.1} MiB (bounds: 5 s, 200 MB)",
        worst.0.as_secs_f64() * 1e3,
        worst.1
    );
    assert!(worst.0 < Duration::from_secs(5) && worst.1 < 200.0 * 1e6 / (1024.0 * 1024.0));
}

/// Part 3: every input set of `sets.rs`, every run of it; the worst of each
/// command.
fn sets_budget(dir: &Path) {
    println!("\n## Input sets of at most 1 MiB (issue 20), every command that reads them\n");
    println!("| set | KiB | command | exit | time (ms) | peak (MiB) |");
    println!("| --- | ---: | --- | ---: | ---: | ---: |");
    let mut worst: std::collections::BTreeMap<String, (Duration, f64, String)> = Default::default();
    for set in sets::all(&dir.join("sets"), ASSURE) {
        let kib = sets::size(&set.dir) as f64 / 1024.0;
        for run in &set.runs {
            let args: Vec<&str> = run.iter().map(String::as_str).collect();
            let (t, mib, code) = best(&set.dir, &args);
            let shown = args.join(" ");
            let shown = if shown.len() > 70 {
                format!("{}…", &shown[..70])
            } else {
                shown
            };
            println!(
                "| {} | {kib:.0} | `{shown}` | {code} | {:.1} | {mib:.1} |",
                set.name,
                t.as_secs_f64() * 1e3
            );
            let command = args
                .iter()
                .find(|a| !a.starts_with('-') && !a.ends_with(".toml"))
                .unwrap_or(&"?");
            let w =
                worst
                    .entry((*command).to_owned())
                    .or_insert((Duration::ZERO, 0.0, String::new()));
            if t > w.0 {
                w.0 = t;
                w.2 = set.name.to_owned();
            }
            w.1 = w.1.max(mib);
            assert!(matches!(code, 0 | 2), "{shown}: exit {code}");
        }
    }
    println!("\n| command | worst time (ms) | in set | worst peak (MiB) |");
    println!("| --- | ---: | --- | ---: |");
    for (command, (t, mib, set)) in &worst {
        println!(
            "| {command} | {:.1} | {set} | {mib:.1} |",
            t.as_secs_f64() * 1e3
        );
        assert!(*t < Duration::from_secs(5) && *mib < 200.0 * 1e6 / (1024.0 * 1024.0));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--measure") {
        return measure_child(&args[1..]);
    }
    let only_sets = args.iter().any(|a| a == "--sets");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("scaling");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/invalid/answers/_questionnaire.yaml"),
        dir.join("q.yaml"),
    )
    .unwrap();
    if !only_sets {
        cliffs(&dir);
        budget(&dir);
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("\nload average before the input sets: {}", load.trim());
    sets_budget(&dir);
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("\nload average after: {}", load.trim());
}
