//! Last year's answers file still works: the Harbour Bakery's answers, as
//! given to `sme-baseline` 2.0.0 (committed from e5d371e), read by every
//! command against the bundled version. What still fits counts; what no
//! longer fits is set aside with a `set-aside` warning, counted as unanswered,
//! listed in every report and kept in the file. The same version stays strict.

use std::fs;
use std::path::Path;

use crate::golden;
use crate::support::assure;

/// Harbour Bakery's answers to `sme-baseline` 2.0.0.
const OLD: &str = "tests/fixtures/compat/harbour-bakery-2.0.0.yaml";

/// The answers of `OLD` that no longer fit, in the file's order, and whether
/// their question is gone.
const SET_ASIDE: [(&str, bool); 6] = [
    ("cloud-services", false),
    ("screen-lock", false),
    ("browser-hardening", false),
    ("email-warnings", true),
    ("patch-exceptions", true),
    ("incident-contacts", true),
];

const HEADING: &str = "Answers from an older version that no longer fit";

/// A copy of `OLD` in `dir`, to change.
fn copy(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    fs::copy(crate::support::root().join(OLD), &path).unwrap();
    path.display().to_string()
}

/// The part of `text` from the line `from` up to the next line starting with
/// `until` (or the end).
fn part<'a>(text: &'a str, from: &str, until: &str) -> &'a str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in:\n{text}"));
    let rest = &text[start..];
    let end = rest[from.len()..]
        .find(until)
        .map_or(rest.len(), |i| i + from.len());
    &rest[..end]
}

/// Each answer set aside is named in a `set-aside` warning.
fn warns_each(stderr: &str) {
    for (id, gone) in SET_ASIDE {
        let start = format!("warning[set-aside]: the answer to `{id}` is set aside: ");
        let line = stderr
            .lines()
            .find(|l| l.starts_with(&start))
            .unwrap_or_else(|| panic!("no warning for {id}:\n{stderr}"));
        assert_eq!(
            line.contains("the question is no longer in `sme-baseline`"),
            gone,
            "{line}"
        );
    }
    assert!(!stderr.contains("error["), "{stderr}");
}

#[test]
fn report_reads_last_years_file_and_lists_what_no_longer_fits() {
    let o = assure(["report", OLD, "--format", "markdown"]).run();
    warns_each(&o.stderr);
    let md = &o.stdout;
    // Said up front, and listed under the answers.
    assert!(
        md.contains(
            "6 answers given to version 2.0.0 no longer fit this version of the questionnaire"
        ),
        "{md}"
    );
    let section = part(md, &format!("### {HEADING}"), "\n## ");
    let mut golden = golden::Folder::new("tests/fixtures/compat/golden");
    golden.check("report-section.md", section);
    // Counted as unanswered: none of them is in the answers' tables.
    for (id, gone) in SET_ASIDE {
        if !gone {
            let row = md
                .lines()
                .find(|l| {
                    l.contains(&format!("`{id}`"))
                        && l.starts_with("| ")
                        && !l.contains("no longer")
                })
                .unwrap_or_else(|| panic!("{id} has no row"));
            assert!(row.contains("Not answered"), "{row}");
        }
    }
    let json = assure(["report", OLD, "--format", "json", "--quiet"]).run();
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let listed: Vec<(&str, &str)> = doc["set_aside"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["question"].as_str().unwrap(),
                x["reason"].as_str().unwrap(),
            )
        })
        .collect();
    let want: Vec<(&str, &str)> = SET_ASIDE
        .iter()
        .map(|(id, gone)| {
            (
                *id,
                if *gone {
                    "question-removed"
                } else {
                    "answer-no-longer-fits"
                },
            )
        })
        .collect();
    assert_eq!(listed, want);
    assert_eq!(doc["set_aside"][1]["answer"], "no");
    let screen = doc["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "screen-lock")
        .unwrap();
    assert_eq!(screen["status"], "unanswered");
    golden.check(
        "report-set-aside.json",
        &format!("{:#}\n", doc["set_aside"]),
    );
    let csv = assure(["report", OLD, "--format", "csv", "--quiet"]).run();
    let rows: String = csv
        .stdout
        .lines()
        .filter(|l| l.contains(",set-aside,"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(rows.lines().count(), 6, "{}", csv.stdout);
    golden.check("report-rows.csv", &rows);
    golden.finish();
}

#[test]
fn the_html_and_workbook_reports_list_them_too() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("r.html");
    assure(["report", OLD, "-o", html.to_str().unwrap(), "--quiet"]).run();
    let page = fs::read_to_string(&html).unwrap();
    assert!(
        page.contains(&format!(">{HEADING}</h3>")),
        "no heading in the HTML"
    );
    let section = part(&page, &format!(">{HEADING}</h3>"), "</table>");
    for (id, _) in SET_ASIDE {
        assert!(
            section.contains(&format!("<code>{id}</code>")),
            "{id} not listed:\n{section}"
        );
    }
    let xlsx = dir.path().join("r.xlsx");
    assure(["report", OLD, "-o", xlsx.to_str().unwrap(), "--quiet"]).run();
    let book = calamine_rows(&xlsx);
    let set_aside: Vec<&Vec<String>> = book
        .iter()
        .filter(|r| r.get(4).is_some_and(|s| s == "set-aside"))
        .collect();
    assert_eq!(set_aside.len(), 6, "{book:?}");
    assert_eq!(set_aside[3][1], "email-warnings");
    assert_eq!(set_aside[3][13], "This question is no longer asked.");
}

/// The rows of the `Questions` sheet (the second) of a report workbook.
fn calamine_rows(path: &Path) -> Vec<Vec<String>> {
    use calamine::{Reader, open_workbook_auto};
    let mut book = open_workbook_auto(path).unwrap();
    let name = book.sheet_names()[1].clone();
    let range = book.worksheet_range(&name).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[test]
fn the_summary_and_the_statement_count_them_and_claim_none() {
    let o = assure(["report", OLD, "--format", "summary", "--quiet"]).run();
    o.stdout_has("6 answers given to version 2.0.0 no longer fit this version of the questionnaire: they count as not answered until the questions are answered again. The full report lists them.");
    let s = assure(["statement", OLD]).run();
    s.stdout_has("6 answers, given to an earlier version of the questionnaire, no longer fit it: this statement does not use them");
    // Nothing set aside is stated as in place.
    let in_place = part(&s.stdout, "## In place", "\n## ");
    for text in ["lock by themselves", "web browsers on work computers"] {
        assert!(!in_place.contains(text), "{in_place}");
    }
}

#[test]
fn validate_says_it_is_valid_and_warns_about_each() {
    let o = assure(["validate", OLD]).run();
    warns_each(&o.stderr);
    o.stdout_has("ok");
}

#[test]
fn the_same_version_stays_strict() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(dir.path(), "same.yaml");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("version: 2.0.0", "version: 3.0.0");
    fs::write(&path, text).unwrap();
    let o = assure(["report", &path]).status(2).run();
    o.stderr_has("error[invalid-answer]: `no` is not an option of `screen-lock`")
        .stderr_has("error[unknown-question]: `email-warnings` is not a question of `sme-baseline`")
        .stderr_lacks("set-aside");
}

#[test]
fn merge_keeps_what_was_set_aside_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(dir.path(), "bakery.yaml");
    let reply = dir.path().join("reply.yaml");
    assure([
        "ask",
        &path,
        "--to",
        "accountant",
        "-o",
        reply.to_str().unwrap(),
    ])
    .run();
    let asked = fs::read_to_string(&reply).unwrap();
    // The reply names the version the answers were given to, and no digest
    // of another version.
    assert!(asked.contains("  version: 2.0.0\nrespondent:"), "{asked}");
    fs::write(
        &reply,
        asked.replace("  staff-checks:\n", "  staff-checks: [confidentiality]\n"),
    )
    .unwrap();
    let o = assure(["merge", &path, reply.to_str().unwrap()]).run();
    o.stderr_has("1 answer merged");
    let merged = fs::read_to_string(&path).unwrap();
    assert!(
        merged.contains("  staff-checks:\n    answer: [confidentiality]\n"),
        "{merged}"
    );
    assert!(merged.contains("  browser-hardening: no\n"), "{merged}");
    assert!(merged.contains("  screen-lock:\n    answer: no\n    note: The laptop has a password but never locks by itself."), "{merged}");
    assert!(merged.contains("  email-warnings: no\n"), "{merged}");
    // Read again, the same answers are set aside.
    let again = assure(["report", &path, "--format", "json", "--quiet"]).run();
    let doc: serde_json::Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!(doc["set_aside"].as_array().unwrap().len(), 6);
}

#[test]
fn compare_prefill_and_answer_read_it_too() {
    let new = "examples/answers/harbour-bakery.yaml";
    let o = assure(["compare", OLD, new, "--format", "json"]).run();
    let doc: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let change = |id: &str| {
        doc["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .map(|x| x["change"].clone())
    };
    assert_eq!(change("screen-lock").unwrap(), "question-changed");
    assert_eq!(change("email-warnings").unwrap(), "removed");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("2027.yaml");
    let p = assure([
        "prefill",
        "sme-baseline",
        "--from",
        OLD,
        "-o",
        out.to_str().unwrap(),
    ])
    .run();
    p.stderr_has("harbour-bakery-2.0.0.yaml: screen-lock: \"no\" no longer fits the question");
    let filled = dir.path().join("filled.xlsx");
    let a = assure([
        "answer",
        "examples/customer/seaview-hotels.xlsx",
        "--from",
        OLD,
        "-o",
        filled.to_str().unwrap(),
    ])
    .any_status()
    .run();
    a.stderr_has("warning[set-aside]: the answer to `screen-lock` is set aside");
    assert!(filled.exists());
}
