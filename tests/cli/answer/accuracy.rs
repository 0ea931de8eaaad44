//! Accuracy of `assure answer` on the test customers' workbooks, through the
//! real binary: each filled workbook is read back and every answer cell is
//! compared with what a careful person would write (the `strong`/`weak` keys
//! of `tests/fixtures/answer/customers/NAME.yaml`). The figures are printed
//! (`cargo test answer_accuracy -- --nocapture`) and go in BENCHMARKS.md.
//! `crestway-holdout` was written before the matcher and is reported on its
//! own.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};

use crate::support::{assure, root};

pub const CUSTOMERS: [&str; 3] = ["northwind", "meridian", "crestway-holdout"];
pub const SUPPLIERS: [&str; 2] = ["strong", "weak"];

/// The answers files of a test supplier.
pub fn from(who: &str) -> Vec<String> {
    ["sme-baseline", "insurance-readiness", "msp-review"]
        .iter()
        .map(|q| format!("tests/fixtures/answer/suppliers/{who}-{q}.yaml"))
        .collect()
}

/// `answer INPUT -o OUT --links LINKS --from` the test supplier `who`'s files.
pub fn answer_args(input: &Path, out: &Path, links: &Path, who: &str) -> Vec<String> {
    let mut args = vec![
        "answer".to_owned(),
        input.display().to_string(),
        "-o".into(),
        out.display().to_string(),
        "--links".into(),
        links.display().to_string(),
        "--from".into(),
    ];
    args.extend(from(who));
    args
}

/// Figures for one customer and one supplier.
#[derive(Debug, Default, Clone, Copy)]
pub struct Figures {
    pub control: usize,
    pub filled: usize,
    pub right: usize,
    pub written: usize,
}

fn col(letters: &str) -> u32 {
    letters
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A') + 1)
        - 1
}

fn text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Runs `answer` on one customer for one supplier; the figures, and a line
/// per wrong answer.
pub fn measure(customer: &str, who: &str, dir: &Path) -> (Figures, Vec<String>) {
    let spec: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(
            root().join(format!("tests/fixtures/answer/customers/{customer}.yaml")),
        )
        .unwrap(),
    )
    .unwrap();
    let input = dir.join(format!("{customer}.xlsx"));
    std::fs::copy(
        root().join(format!("tests/fixtures/answer/customers/{customer}.xlsx")),
        &input,
    )
    .unwrap();
    let out = dir.join(format!("{customer}-{who}.xlsx"));
    let args = answer_args(&input, &out, &dir.join("links.yaml"), who);
    let run = assure(&args).any_status().run();
    assert!(
        matches!(run.code, Some(0 | 1)),
        "{customer}/{who}: {}",
        run.stderr
    );
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(std::fs::read(&out).unwrap())).unwrap();
    let sheet = spec["sheet"].as_str().unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    let answer = col(spec["columns"]["answer"]["col"].as_str().unwrap());
    let question = col(spec["columns"]["question"]["col"].as_str().unwrap());
    let mut f = Figures::default();
    let mut wrong = Vec::new();
    for q in spec["questions"].as_sequence().unwrap() {
        let t = q["text"].as_str().unwrap();
        let row = range
            .rows()
            .position(|r| r.get(question as usize).is_some_and(|c| text(c) == t))
            .unwrap_or_else(|| panic!("{customer}: no row holds {t:?}"));
        let got = range
            .rows()
            .nth(row)
            .and_then(|r| r.get(answer as usize))
            .map(text)
            .unwrap_or_default();
        let want = q[who].as_str().unwrap();
        let control = q["kind"].as_str() == Some("control");
        f.control += usize::from(control);
        if got.is_empty() {
            continue;
        }
        f.written += 1;
        f.filled += usize::from(control);
        if got == want || (want == "~" && !got.is_empty()) {
            f.right += 1;
        } else {
            wrong.push(format!(
                "{customer}/{who} {}: wrote {got:?}, a careful person writes {want:?}: {t}",
                q["ref"].as_str().unwrap()
            ));
        }
    }
    (f, wrong)
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

#[test]
fn answer_accuracy_on_the_test_customers() {
    let dir = tempfile::tempdir().unwrap();
    let mut wrong = Vec::new();
    let mut lines = vec!["| Customer | Supplier | Control questions | Filled | Filled % | Answers written | Right | Right % |".to_owned(), "| --- | --- | --: | --: | --: | --: | --: | --: |".to_owned()];
    let mut failing = Vec::new();
    for c in CUSTOMERS {
        for who in SUPPLIERS {
            let (f, w) = measure(c, who, dir.path());
            wrong.extend(w);
            let (fp, rp) = (pct(f.filled, f.control), pct(f.right, f.written));
            lines.push(format!(
                "| {c} | {who} | {} | {} | {fp:.0}% | {} | {} | {rp:.0}% |",
                f.control, f.filled, f.written, f.right
            ));
            if fp < 60.0 || rp < 95.0 {
                failing.push(format!("{c}/{who}: {fp:.0}% filled, {rp:.0}% right"));
            }
        }
    }
    println!("{}", lines.join("\n"));
    for w in &wrong {
        println!("wrong: {w}");
    }
    assert!(
        failing.is_empty(),
        "below 60% filled or 95% right: {failing:?}\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_test_suppliers_answer_every_question_asked() {
    for who in SUPPLIERS {
        for f in from(who) {
            let out = assure(["validate", f.as_str()]).run();
            let line = out
                .stdout
                .lines()
                .find(|l| l.contains("questions asked are answered"))
                .unwrap_or_default();
            let counts: Vec<&str> = line
                .rsplit(": ")
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            assert!(
                counts.len() > 2 && counts[0] == counts[2],
                "{f} does not answer every question the library asks now: {line}"
            );
        }
    }
}
