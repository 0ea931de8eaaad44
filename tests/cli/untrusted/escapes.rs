//! Escape sequences from a stranger's questionnaire or answers never reach a
//! terminal or a spreadsheet as anything but text: Markdown and HTML on stdout
//! (item 5), CSV and workbook cells and the batch index (item 6); and the links
//! Python-Markdown finds where CommonMark sees text are escaped (item 7).

use std::io::Read as _;

use crate::support::{assure, root};

const Q: &str = "tests/fixtures/hostile/questionnaire.yaml";
const A: &str = "tests/fixtures/hostile/answers.yaml";

/// The unsafe characters of `text` but line ends and tabs.
fn raw(text: &str) -> Vec<String> {
    let mut chars = text.chars().peekable();
    let mut found = Vec::new();
    while let Some(c) = chars.next() {
        let line_end = c == '\r' && chars.peek() == Some(&'\n');
        if !matches!(c, '\n' | '\t') && !line_end && assure::text::clean::is_unsafe(c) {
            found.push(format!("U+{:04X}", u32::from(c)));
        }
    }
    found
}

#[track_caller]
fn inert(name: &str, text: &str) {
    let found = raw(text);
    assert!(found.is_empty(), "{name}: {found:?}");
}

/// Answers whose IT-provider questions are open, so that letters have content.
fn unknown_answers(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("unknown.yaml");
    std::fs::write(
        &path,
        "questionnaire: { id: hostile-check }\nanswers: { mfa-email: unknown, backup: unknown }\n",
    )
    .unwrap();
    path
}

#[test]
fn authored_text_with_escapes_reaches_no_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let unknown = unknown_answers(dir.path());
    let unknown = unknown.to_str().unwrap();
    let mut runs: Vec<Vec<&str>> = Vec::new();
    for format in ["markdown", "html", "csv", "json", "oscal"] {
        runs.push(vec!["report", A, "-q", Q, "--format", format, "-o", "-"]);
        runs.push(vec![
            "report", unknown, "-q", Q, "--format", format, "-o", "-",
        ]);
    }
    for format in ["table", "markdown", "html"] {
        runs.push(vec!["show", Q, "--format", format]);
    }
    for format in ["markdown", "html", "yaml"] {
        runs.push(vec!["ask", unknown, "-q", Q, "--format", format, "-o", "-"]);
    }
    runs.push(vec!["compare", A, unknown, "-q", Q, "-o", "-"]);
    for args in runs {
        let o = assure(&args).run();
        assert!(o.stdout.len() > 200, "{args:?}: {}", o.stderr);
        inert(&format!("{args:?} stdout"), &o.stdout);
        inert(&format!("{args:?} stderr"), &o.stderr);
    }
}

#[test]
fn python_markdown_links_in_authored_text_are_escaped() {
    let o = assure(["show", Q, "--format", "markdown"]).run();
    for form in [
        "[PWNED click here](javascript:",
        "![PWNED remote](http",
        "[PWNED vb](vbscript",
        "![PWNED svg](data:",
    ] {
        assert!(!o.stdout.contains(form), "{form} left as it was");
    }
    o.stdout_has("\\[PWNED click here\\](javascript:");
}

/// The texts of every cell of a workbook's sheets and shared strings, as
/// stored (`_x001B_` is how a workbook keeps an escape character).
fn workbook_xml(path: &std::path::Path) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut all = String::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        if f.name().is_ok_and(|n| n.ends_with(".xml")) {
            f.read_to_string(&mut all).unwrap();
        }
    }
    all
}

#[test]
fn spreadsheets_and_the_index_hold_no_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let name = "acme\u{1b}]8;;https:evil.example\u{7}x\u{9b}31m\u{202e}.yaml";
    std::fs::copy(root().join(A), dir.path().join(name)).unwrap();
    std::fs::copy(root().join(A), dir.path().join("second.yaml")).unwrap();
    let q = root().join(Q);
    let q = q.to_str().unwrap();
    assure([
        "report",
        name,
        "second.yaml",
        "-q",
        q,
        "-o",
        "out/",
        "--format",
        "csv",
    ])
    .current_dir(dir.path())
    .run();
    let out = dir.path().join("out");
    assert!(out.join("index.csv").is_file());
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        inert(&path.display().to_string(), &text);
        if path.extension().is_none_or(|e| e != "csv") {
            continue;
        }
        // Formula starters are still neutralised.
        let mut cells = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        for record in cells.records() {
            for cell in record.unwrap().iter() {
                assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
            }
        }
    }
    let xlsx = dir.path().join("r.xlsx");
    assure([
        "report".as_ref(),
        name.as_ref(),
        "-q".as_ref(),
        q.as_ref(),
        "-o".as_ref(),
        xlsx.as_os_str(),
    ])
    .current_dir(dir.path())
    .run();
    let xml = workbook_xml(&xlsx);
    assert!(
        !xml.contains("_x001B_") && !xml.contains("_x0007_"),
        "escape characters kept in cells"
    );
    inert("report.xlsx", &xml);
    let template = dir.path().join("t.xlsx");
    assure([
        "template".as_ref(),
        q.as_ref(),
        "-o".as_ref(),
        template.as_os_str(),
    ])
    .run();
    let xml = workbook_xml(&template);
    assert!(
        !xml.contains("_x001B_"),
        "escape characters kept in the template"
    );
    inert("template.xlsx", &xml);
}
