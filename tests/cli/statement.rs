//! `assure report --format summary` and `assure statement`: the one page an
//! owner acts on, and what a supplier sends a customer.

use std::fs;

use crate::support::assure;

const BAKERY: &str = "examples/answers/harbour-bakery.yaml";
const BRIGHTLINE: &str = "examples/answers/brightline-engineering.yaml";

#[test]
fn the_summary_is_markdown_on_stdout_and_html_by_the_file_name() {
    let o = assure(["report", BAKERY, "--format", "summary", "--quiet"]).run();
    o.stdout_has("# Harbour Bakery & Café: security summary\n")
        .stdout_has("## What holds the rating down")
        .stdout_has("## What to do first")
        .stdout_has("## What to ask whom");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("one.html");
    assure([
        "report",
        BAKERY,
        "--quiet",
        "--format",
        "summary",
        "-o",
        out.to_str().unwrap(),
    ])
    .run()
    .stdout_is("");
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<main class=\"sheet\">"));
    assert!(!html.contains("class=\"cover\""), "no cover page");
    let md = dir.path().join("three.md");
    assure([
        "report",
        BAKERY,
        "--format",
        "summary",
        "--quiet",
        "-o",
        md.to_str().unwrap(),
    ])
    .run();
    assert!(
        fs::read_to_string(&md)
            .unwrap()
            .contains("security summary")
    );
}

#[test]
fn a_summary_into_a_file_of_another_kind_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (name, said) in [
        (
            "s.json",
            "its name says JSON; leave out --format, or name the file .md (Markdown) or .html (HTML)",
        ),
        (
            "s.xlsx",
            "its name says an Excel workbook; leave out --format, or name the file .md (Markdown) or .html (HTML)",
        ),
        ("s.pdf", "`assure report` does not write .pdf files"),
    ] {
        let out = dir.path().join(name);
        assure([
            "report",
            BAKERY,
            "--format",
            "summary",
            "-o",
            out.to_str().unwrap(),
        ])
        .status(2)
        .stderr_has(said)
        .run();
        assert!(!out.exists(), "{name} was written");
    }
}

#[test]
fn a_batch_of_summaries_is_one_file_each() {
    let dir = tempfile::tempdir().unwrap();
    assure([
        "report",
        BAKERY,
        BRIGHTLINE,
        "--format",
        "summary",
        "--quiet",
        "--no-index",
        "-o",
        dir.path().to_str().unwrap(),
    ])
    .run();
    for name in [
        "harbour-bakery.summary.md",
        "brightline-engineering.summary.md",
    ] {
        assert!(dir.path().join(name).exists(), "{name}");
    }
}

#[test]
fn the_statement_is_markdown_or_html_and_says_what_it_wrote() {
    assure(["statement", BRIGHTLINE])
        .stdout_has("# Brightline Engineering Ltd: security statement\n")
        .stdout_has("## In place")
        .stdout_has("- **Questionnaire digest:** `sha256:")
        .run();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("statement.html");
    assure(["statement", BAKERY, "-o", out.to_str().unwrap()])
        .stderr_has("Wrote the statement to ")
        .stderr_has(": 2 answers in place, from answers given on 2026-11-10.")
        .run()
        .stdout_is("");
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.contains("<main class=\"sheet\">"));
    assert!(html.contains("<h2>Being worked on</h2>"));
}

#[test]
fn a_statement_into_a_file_of_another_kind_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("statement.pdf");
    assure(["statement", BAKERY, "-o", out.to_str().unwrap()])
        .status(2)
        .stderr_has("`assure statement` does not write .pdf files; name the file .md (Markdown) or .html (HTML)")
        .run();
    assert!(!out.exists());
    assure(["statement", "no-such-answers.yaml"])
        .status(2)
        .stderr_has("no-such-answers.yaml")
        .run();
}
