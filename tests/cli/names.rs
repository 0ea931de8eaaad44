//! Files and names: the `-o` extension decides the format, or the command
//! refuses (exit 2) with the formats it writes, before doing any work. A file
//! named `.xlsx` or `.pdf` never receives text, and a workbook is never
//! replaced by YAML.

use std::fs;
use std::path::Path;

use crate::support::assure;

fn arg(p: &Path) -> String {
    p.display().to_string()
}

/// An answers file for the bundled baseline with one answer.
fn answers(dir: &Path) -> String {
    let path = dir.join("a.yaml");
    fs::write(
        &path,
        "questionnaire: { id: sme-baseline }\nanswers: { mfa-email: yes }\n",
    )
    .unwrap();
    arg(&path)
}

#[test]
fn a_report_named_for_no_format_it_writes_is_refused_with_the_formats() {
    let dir = tempfile::tempdir().unwrap();
    let a = answers(dir.path());
    let pdf = dir.path().join("report.pdf");
    assure(["report", &a, "-o", &arg(&pdf)])
        .status(2)
        .stderr_has(
            "does not write .pdf files; name the file .md (Markdown), .html (HTML), .json (JSON), .csv (CSV), .xlsx (an Excel workbook) or .oscal.json (OSCAL)",
        )
        .run();
    assert!(!pdf.exists());
    let md = dir.path().join("report.md");
    assure(["report", &a, "--format", "json", "-o", &arg(&md)])
        .status(2)
        .stderr_has("as json: its name says Markdown; leave out --format, or name the file .json")
        .run();
    assert!(!md.exists());
    let out = dir.path().join("report.oscal.json");
    assure(["report", &a, "-o", &arg(&out), "--quiet"]).run();
    assert!(
        fs::read_to_string(&out)
            .unwrap()
            .contains("assessment-results")
    );
}

#[test]
fn a_template_is_a_workbook_when_named_so_and_an_old_workbook_name_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let xls = dir.path().join("t.xls");
    assure(["template", "sme-baseline", "-o", &arg(&xls)])
        .status(2)
        .stderr_has(
            "does not write .xls files; name the file .yaml (YAML) or .xlsx (an Excel workbook)",
        )
        .run();
    assert!(!xls.exists());
    let xlsx = dir.path().join("t.xlsx");
    assure(["template", "sme-baseline", "-o", &arg(&xlsx)]).run();
    assert!(fs::read(&xlsx).unwrap().starts_with(b"PK\x03\x04"));
    assure([
        "template",
        "sme-baseline",
        "--format",
        "yaml",
        "-o",
        &arg(&xlsx),
    ])
    .status(2)
    .stderr_has("its name says an Excel workbook")
    .run();
    assert!(fs::read(&xlsx).unwrap().starts_with(b"PK\x03\x04"));
}

#[test]
fn merge_never_replaces_a_workbook_with_yaml_nor_writes_one() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("answers.xlsx");
    assure(["template", "sme-baseline", "-o", &arg(&book)]).run();
    let before = fs::read(&book).unwrap();
    let reply = answers(dir.path());
    assure(["merge", &arg(&book), &reply])
        .status(2)
        .stderr_has(&format!(
            "cannot replace `{}`: `assure merge` writes .yaml (YAML) only; give `-o NEW.yaml`",
            book.display()
        ))
        .run();
    assert_eq!(fs::read(&book).unwrap(), before);
    let merged = dir.path().join("mm.xlsx");
    assure(["merge", &reply, &reply, "-o", &arg(&merged)])
        .status(2)
        .stderr_has("`assure merge` does not write .xlsx files; name the file .yaml (YAML)")
        .run();
    assert!(!merged.exists());
}

#[test]
fn prefill_writes_a_filled_in_workbook_when_the_new_file_is_named_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let old = answers(dir.path());
    let new = dir.path().join("pf.xlsx");
    assure(["prefill", "sme-baseline", "--from", &old, "-o", &arg(&new)]).run();
    assert!(fs::read(&new).unwrap().starts_with(b"PK\x03\x04"));
    assure(["report", &arg(&new), "--format", "json", "--quiet"])
        .stdout_has("\"id\": \"mfa-email\"")
        .run();
    let pdf = dir.path().join("pf.pdf");
    assure(["prefill", "sme-baseline", "--from", &old, "-o", &arg(&pdf)])
        .status(2)
        .stderr_has("`assure prefill` does not write .pdf files")
        .run();
    assert!(!pdf.exists());
}

#[test]
fn every_command_that_writes_a_file_refuses_a_name_of_another_format() {
    let dir = tempfile::tempdir().unwrap();
    let a = answers(dir.path());
    let out = |name: &str| arg(&dir.path().join(name));
    for (args, refused) in [
        (vec!["show", "sme-baseline", "-o", &out("form.pdf")], ".pdf"),
        (vec!["ask", &a, "-o", &out("letter.docx")], ".docx"),
        (vec!["compare", &a, &a, "-o", &out("c.csv")], ".csv"),
        (vec!["schema", "-o", &out("s.yaml")], ".yaml"),
        (
            vec![
                "trim",
                "questionnaires/supplier-check.yaml",
                "-o",
                &out("t.json"),
            ],
            ".json",
        ),
    ] {
        assure(&args)
            .status(2)
            .stderr_has(&format!("does not write {refused} files"))
            .run();
    }
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "only a.yaml");
}

#[test]
fn show_writes_what_the_extension_says() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.md");
    assure(["show", "sme-baseline", "-o", &arg(&form)]).run();
    let text = fs::read_to_string(&form).unwrap();
    assert!(text.starts_with("# "), "{text}");
    assert!(text.contains("- [ ] Yes"), "{text}");
}
