//! The `assure answer` benchmark: `cargo bench --bench answer` (see
//! BENCHMARKS.md). Whole processes, release build, wall time and peak memory:
//!
//! 1. 500 customer questions (in a workbook) against 5,000 answered questions
//!    (a questionnaire of 5,000 questions in a configured folder, and an
//!    answers file answering all of them): under 1 s and 100 MB;
//! 2. customer files of at most 1 MiB, answered from the test strong
//!    supplier's answers: many questions in a CSV file, many in a workbook,
//!    one cell of the longest text a cell may hold, long words, a sheet of
//!    drop-downs: each under 5 s and 200 MB.
//!
//! The questions are made from the wording of the bundled questionnaires and
//! of the test customers, so that the matcher does its real work: every
//! question names meanings, and most have candidates to weigh.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

#[allow(dead_code)] // `child`, which drops the CPU time
mod measure;

const ASSURE: &str = env!("CARGO_BIN_EXE_assure");
const MIB: usize = 1024 * 1024;

fn measure_child(args: &[String]) {
    let (wall, cpu, kib, code) = measure::child_with_cpu(&args[0], &args[1..]);
    println!("{} {} {kib} {code}", wall.as_nanos(), cpu.as_nanos());
}

/// Wall time, CPU time, peak memory in MiB and exit status of `assure ARGS`
/// run in `dir`.
fn run(dir: &Path, args: &[&str]) -> (Duration, Duration, f64, i32) {
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
    let ns = |i: usize| Duration::from_nanos(u64::try_from(f[i]).unwrap());
    (
        ns(0),
        ns(1),
        f[2] as f64 / 1024.0,
        i32::try_from(f[3]).unwrap(),
    )
}

/// The best of five runs.
fn best(dir: &Path, args: &[&str]) -> (Duration, Duration, f64, i32) {
    (0..5).map(|_| run(dir, args)).min_by_key(|r| r.0).unwrap()
}

/// The load average over the last minute, to say how busy the machine was.
fn load() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().and_then(|x| x.parse().ok()))
        .unwrap_or(0.0)
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Question texts as questionnaires word them: the bundled ones and the test
/// customers'.
fn wordings() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["questionnaires", "tests/fixtures/answer/customers"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_none_or(|x| x != "yaml") {
                continue;
            }
            for line in std::fs::read_to_string(&p).unwrap().lines() {
                let t = line.trim_start().trim_start_matches("- {ref: ");
                if let Some(rest) = t.strip_prefix("text: ") {
                    let q = rest
                        .trim()
                        .trim_matches(|c| c == '"' || c == '}')
                        .to_owned();
                    if q.len() > 12 && !q.starts_with('|') {
                        out.push(q);
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn yaml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A questionnaire of `n` yes/no questions worded as real ones (each made
/// different by the site it asks about), and an answers file answering all.
fn known(n: usize, words: &[String]) -> (String, String) {
    let mut q = String::from("id: known\ntitle: Known answers\nversion: 1.0.0\nsections:\n");
    let mut a = String::from(
        "questionnaire: { id: known, version: 1.0.0 }\nrespondent: { date: 2026-10-02 }\nanswers:\n",
    );
    for i in 0..n {
        if i % 100 == 0 {
            let _ = writeln!(q, "  - id: s{i}\n    title: Section {i}\n    questions:");
        }
        let text = format!(
            "{} (site {})",
            words[i % words.len()].trim_end_matches('?'),
            i / words.len()
        );
        let _ = writeln!(
            q,
            "      - {{ id: q{i}, text: {}, weight: 0 }}",
            yaml_str(&text)
        );
        let _ = writeln!(a, "  q{i}: {}", if i % 3 == 0 { "no" } else { "yes" });
    }
    (q, a)
}

/// A customer's workbook: a title row, a header, `n` questions with a
/// drop-down, a comment column.
fn workbook(path: &Path, questions: &[String]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Questionnaire").unwrap();
    sheet
        .write(0, 0, "Benchmark Customer plc: supplier questionnaire")
        .unwrap();
    for (c, h) in ["Ref", "Question", "Response", "Comments"]
        .iter()
        .enumerate()
    {
        sheet.write(2, u16::try_from(c).unwrap(), *h).unwrap();
    }
    for (i, q) in questions.iter().enumerate() {
        let r = u32::try_from(i + 3).unwrap();
        sheet.write(r, 0, format!("{}", i + 1)).unwrap();
        sheet.write(r, 1, q.as_str()).unwrap();
    }
    let last = u32::try_from(questions.len() + 3).unwrap();
    let dv = rust_xlsxwriter::DataValidation::new()
        .allow_list_strings(&["Yes", "No", "N/A"])
        .unwrap();
    sheet.add_data_validation(3, 2, last, 2, &dv).unwrap();
    book.save(path).unwrap();
}

fn csv(path: &Path, questions: &[String]) {
    let mut w = String::from("Ref,Question,Response,Comments\n");
    for (i, q) in questions.iter().enumerate() {
        let _ = writeln!(w, "{},\"{}\",,", i + 1, q.replace('"', "\"\""));
    }
    std::fs::write(path, w).unwrap();
}

/// Part 1: 500 customer questions against 5,000 answered ones.
fn five_hundred(dir: &Path, words: &[String]) {
    println!("## 500 customer questions against 5,000 answered questions\n");
    let qs = dir.join("qs");
    std::fs::create_dir_all(&qs).unwrap();
    std::fs::write(dir.join("assure.toml"), "questionnaire_dirs = [\"qs\"]\n").unwrap();
    let (q, a) = known(5_000, words);
    std::fs::write(qs.join("known.yaml"), q).unwrap();
    std::fs::write(dir.join("known-answers.yaml"), a).unwrap();
    let customer: Vec<String> = (0..500)
        .map(|i| words[(i * 7) % words.len()].clone())
        .collect();
    workbook(&dir.join("five-hundred.xlsx"), &customer);
    let args = [
        "answer",
        "five-hundred.xlsx",
        "--from",
        "known-answers.yaml",
        "--links",
        "l.yaml",
        "-o",
        "out.xlsx",
    ];
    let before = load();
    let (t, cpu, mib, code) = best(dir, &args);
    println!(
        "| case | exit | wall (ms) | CPU (ms) | peak (MiB) |\n| --- | ---: | ---: | ---: | ---: |"
    );
    println!(
        "| 500 questions, 5,000 answers | {code} | {:.0} | {:.0} | {mib:.1} |",
        t.as_secs_f64() * 1e3,
        cpu.as_secs_f64() * 1e3
    );
    println!("\nBounds: 1 s, 100 MB. Load average before: {before:.1}.");
    assert!(matches!(code, 0 | 1), "exit {code}");
    assert!(
        cpu < Duration::from_secs(1) && mib < 100.0 * 1e6 / MIB as f64,
        "{cpu:?} {mib} MiB"
    );
    // On a busy machine the wall time measures the others.
    if before < 1.5 {
        assert!(t < Duration::from_secs(1), "{t:?}");
    }
}

/// The customer files of part 2, each at most 1 MiB: many questions in a CSV
/// file and in a workbook, 5,000 long ones, one long cell, long words. How
/// many questions the first two hold.
fn customer_files(dir: &Path, words: &[String]) -> (usize, usize) {
    let mut many = Vec::new();
    let mut size = 0;
    // As many questions as `answer` takes (more are refused at once).
    while size < MIB - 2_000 && many.len() < 5_000 {
        let q = words[many.len() % words.len()].clone();
        size += q.len() + 12;
        many.push(q);
    }
    csv(&dir.join("many.csv"), &many);
    // A workbook compresses: as many questions as 1 MiB holds (each a few
    // words different, so that they are not one shared string).
    let rows = |n: usize| -> Vec<String> {
        (0..n)
            .map(|i| format!("{} (item {i})", words[i % words.len()]))
            .collect()
    };
    let mut n = many.len();
    loop {
        workbook(&dir.join("many.xlsx"), &rows(n));
        let len = std::fs::metadata(dir.join("many.xlsx")).unwrap().len();
        if len > MIB as u64 {
            n = n * 95 / 100;
        } else if len < (MIB as u64) * 9 / 10 && n < 40_000 {
            n = n * 12 / 10;
        } else {
            break;
        }
    }
    // 5,000 questions of up to 200 characters, the most `answer` takes.
    let long: Vec<String> = (0..5_000)
        .map(|i| {
            format!(
                "{} Please give details for site {i} of the business and every office.",
                words[i % words.len()]
            )
        })
        .collect();
    csv(&dir.join("five-thousand.csv"), &long);
    let cell = "Do you use MFA for email ".repeat(2_600);
    csv(&dir.join("long-cell.csv"), &[cell]);
    let word = format!("Do you use {}?", "x".repeat(60_000));
    csv(&dir.join("long-words.csv"), &vec![word; 16]);
    (many.len(), n)
}

/// Part 2: customer files of at most 1 MiB.
fn one_mib(dir: &Path, words: &[String]) {
    println!("\n## Customer files of at most 1 MiB, answered from the strong test supplier\n");
    let from: Vec<String> = ["sme-baseline", "insurance-readiness", "msp-review"]
        .iter()
        .map(|q| {
            root()
                .join(format!("tests/fixtures/answer/suppliers/strong-{q}.yaml"))
                .display()
                .to_string()
        })
        .collect();
    let (many, n) = customer_files(dir, words);
    println!(
        "| file | bytes | questions | exit | wall (ms) | CPU (ms) | peak (MiB) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    let mut worst = (Duration::ZERO, Duration::ZERO, 0.0f64);
    for (file, questions) in [
        ("many.csv", many),
        ("five-thousand.csv", 5_000),
        ("many.xlsx", n),
        ("long-cell.csv", 1),
        ("long-words.csv", 16),
    ] {
        let bytes = std::fs::metadata(dir.join(file)).unwrap().len();
        assert!(bytes <= MIB as u64, "{file} is {bytes} bytes");
        let out = format!("out-{file}");
        let mut args = vec![
            "answer",
            file,
            "--links",
            "l.yaml",
            "-o",
            out.as_str(),
            "--from",
        ];
        args.extend(from.iter().map(String::as_str));
        let (t, cpu, mib, code) = best(dir, &args);
        println!(
            "| {file} | {bytes} | {questions} | {code} | {:.0} | {:.0} | {mib:.1} |",
            t.as_secs_f64() * 1e3,
            cpu.as_secs_f64() * 1e3
        );
        worst = (worst.0.max(t), worst.1.max(cpu), worst.2.max(mib));
    }
    println!(
        "\nWorst: {:.0} ms wall, {:.0} ms CPU, {:.1} MiB (bounds: 5 s, 200 MB)",
        worst.0.as_secs_f64() * 1e3,
        worst.1.as_secs_f64() * 1e3,
        worst.2
    );
    assert!(worst.0 < Duration::from_secs(5) && worst.2 < 200.0 * 1e6 / MIB as f64);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--measure") {
        return measure_child(&args[1..]);
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("answer");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let words = wordings();
    five_hundred(&dir, &words);
    one_mib(&dir, &words);
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("\nload average: {}", load.trim());
}
