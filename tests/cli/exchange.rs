//! Exchange formats through the real binary: answers workbooks written and read
//! back (one saved by LibreOffice Calc), reports as CSV, XLSX and OSCAL, and
//! `import`'s mistakes. The hostile workbooks are fixtures (tests/fixtures).

use std::fs;

use crate::support::{assure, root};

const CONFIG: &str = "examples/assure.toml";

fn json_report(answers: &str) -> String {
    let o = assure([
        "--config", CONFIG, "report", answers, "--format", "json", "--quiet", "-o", "-",
    ])
    .run();
    o.stdout.clone()
}

#[test]
fn a_workbook_saved_by_libreoffice_reads_back_to_the_same_report_as_the_yaml() {
    let from_yaml = json_report("examples/answers/harbour-bakery.yaml");
    let from_calc = json_report("tests/fixtures/valid/workbooks/harbour-bakery-libreoffice.xlsx");
    assert_eq!(from_calc, from_yaml);
    assert!(from_yaml.contains("\"organisation\": \"Harbour Bakery & Café\""));
}

#[test]
fn a_blank_template_is_a_valid_answers_file_with_nothing_answered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blank.xlsx");
    let file = path.display().to_string();
    assure(["template", "sme-baseline", "-o", &file]).run();
    assert!(fs::read(&path).unwrap().starts_with(b"PK\x03\x04"));
    assure(["validate", &file])
        .stdout_has("answers file `sme-baseline`")
        .stdout_has(": 0 of ")
        .run();
    // --format wins over the extension, and a pipe takes the bytes.
    let o = assure(["template", "sme-baseline", "--format", "xlsx"]).run();
    assert!(o.stdout.starts_with("PK"));
}

#[test]
fn reports_as_csv_xlsx_and_oscal_follow_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name).display().to_string();
    for name in ["r.csv", "r.xlsx", "r.oscal.json"] {
        assure([
            "report",
            "examples/answers/harbour-bakery.yaml",
            "--quiet",
            "-o",
            &out(name),
        ])
        .run();
    }
    let csv = fs::read_to_string(out("r.csv")).unwrap();
    assert!(
        csv.starts_with("section,id,question,answer,status,"),
        "{csv}"
    );
    assert!(fs::read(out("r.xlsx")).unwrap().starts_with(b"PK\x03\x04"));
    let oscal = fs::read_to_string(out("r.oscal.json")).unwrap();
    assert!(oscal.contains("\"assessment-results\""), "{oscal}");
}

#[test]
fn validate_as_json_names_the_cell_of_a_workbook_problem() {
    let o = assure([
        "validate",
        "tests/fixtures/invalid/answers/workbook-formulas.xlsx",
        "-q",
        "tests/fixtures/invalid/answers/_questionnaire.yaml",
        "--format",
        "json",
    ])
    .status(2)
    .run();
    let files: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let d = &files[0]["diagnostics"][0];
    assert_eq!(d["cell"], "Answers!F2");
    assert_eq!(d["line"], serde_json::Value::Null);
    assert_eq!(d["code"], "formula");
}

#[test]
fn import_explains_its_mistakes_with_exit_status_2() {
    let csv = "examples/import/supplier-security-questionnaire.csv";
    let xlsx = "examples/import/supplier-security-questionnaire.xlsx";
    assure(["import", csv, "--columns", "section=B"])
        .status(2)
        .stderr_has(
            "error: --columns: say which column holds the questions, such as `--columns text=C`",
        )
        .run();
    assure([
        "import",
        csv,
        "--columns",
        "text=C",
        "--sheet",
        "Questionnaire",
    ])
    .status(2)
    .stderr_has("`--sheet` is for .xlsx workbooks; a CSV file has one table")
    .run();
    assure(["import", xlsx, "--columns", "text=C", "--sheet", "Sheet9"])
        .status(2)
        .stderr_has("this workbook has no sheet named `Sheet9`; it has `Questionnaire`")
        .run();
    assure(["import", csv, "--columns", "text=K"])
        .status(2)
        .stderr_has("no question was found: no row has text in the question column")
        .run();
    assure(["import", csv, "--columns", "text=C", "--id", "Not An Id"])
        .status(2)
        .stderr_has("--id `Not An Id` is not an id")
        .run();
}

#[test]
fn an_import_to_stdout_is_a_questionnaire_that_validates() {
    let dir = tempfile::tempdir().unwrap();
    let o = assure([
        "import",
        "examples/import/supplier-security-questionnaire.csv",
        "--columns",
        "text=C,section=B,help=D",
    ])
    .run();
    o.stderr_has("warning[row-left-out]: the same question as C16");
    let path = dir.path().join("supplier-security-questionnaire.yaml");
    fs::write(&path, &o.stdout).unwrap();
    assure(["validate".as_ref(), path.as_os_str()])
        .stdout_has("questionnaire `supplier-security-questionnaire` 0.1.0: 6 sections, 29 questions (0 scored, 0 critical)")
        .run();
    assert!(
        root()
            .join("examples/import/northwind-supplier-security.yaml")
            .is_file()
    );
}

#[test]
fn import_of_a_broken_csv_names_the_quote_and_the_long_cell() {
    // Issue 20, item 11: an unterminated quote swallowed every later row into
    // one question (exit 0); a 1 MiB cell said "no question was found".
    let dir = tempfile::tempdir().unwrap();
    let quote = dir.path().join("quote.csv");
    fs::write(
        &quote,
        "Ref,Question,Type\n1,Do you use MFA?,yesno\n2,\"Do you back up daily?,yesno\n3,Is Wi-Fi apart?,yesno\n",
    )
    .unwrap();
    let out = dir.path().join("q.yaml");
    let args = |f: &std::path::Path| {
        [
            "import".to_owned(),
            f.display().to_string(),
            "--columns".into(),
            "id=A,text=B,type=C".into(),
            "-o".into(),
            out.display().to_string(),
        ]
    };
    assure(args(&quote))
        .status(2)
        .stderr_has("line 3, column 3: a quote opens a cell here and is never closed")
        .run();
    assert!(!out.exists(), "nothing is written");
    let long = dir.path().join("long.csv");
    let cell = "x".repeat(1 << 20);
    fs::write(
        &long,
        format!("Ref,Question,Type\n1,Do you use MFA?,yesno\n2,\"{cell}\",yesno\n"),
    )
    .unwrap();
    assure(args(&long))
        .stderr_has("warning[row-left-out]: the row is left out: it holds 1048576 bytes of text, over the limit")
        .stderr_has("long.csv: B3")
        .stderr_has("1 question in 1 section; 2 rows left out")
        .run();
    assert!(out.is_file());
}

/// `import` reads a customer's file as `answer` does (issue 22): the sheet
/// that holds the questions, not the Instructions sheet in front of it, and
/// the header row under the title rows, without `--sheet` or `--header-rows`.
/// The sheet has 25 numbered questions under 6 lettered section rows
/// (counted with openpyxl), then a closing remark and signature lines.
#[test]
fn import_finds_the_sheet_and_the_header_row_of_a_customer_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = "examples/customer/seaview-hotels.xlsx";
    let out = dir.path().join("sv.yaml");
    let o = |extra: &[&str]| {
        let mut args = vec!["import", xlsx, "--columns", "id=A,text=B", "-o"];
        args.push(out.to_str().unwrap());
        args.extend_from_slice(extra);
        assure(args)
    };
    o(&[])
        .stderr_has("25 questions in 6 sections; 10 rows left out")
        .run();
    let found = fs::read_to_string(&out).unwrap();
    for left_out in [
        "'Supplier Security'!A1: a title row above the header (see --header-rows)",
        "'Supplier Security'!A2: a title row above the header (see --header-rows)",
        "'Supplier Security'!A4: the header row (see --header-rows)",
        "'Supplier Security'!A37: a closing remark, not a question",
        "'Supplier Security'!A39: a signature line, not a question",
    ] {
        assert!(
            found.contains(&format!("#   {left_out}\n")),
            "{left_out}\n{found}"
        );
    }
    assert!(found.contains("seaview-hotels.xlsx, sheet Supplier Security"));
    assert!(
        found.contains("    title: A. Your organisation\n"),
        "{found}"
    );
    assert!(found.contains("    title: F. Incidents\n"), "{found}");
    assert!(
        !found.contains("text: Question\n"),
        "the header is no question"
    );
    assure(["validate".as_ref(), out.as_os_str()])
        .stdout_has("6 sections, 25 questions")
        .run();
    // The same, said explicitly; and the overrides still rule.
    o(&["--sheet", "Supplier Security", "--header-rows", "4"])
        .stderr_has("25 questions in 6 sections")
        .run();
    assert_eq!(fs::read_to_string(&out).unwrap(), found);
    o(&["--sheet", "Supplier Security", "--header-rows", "1"])
        .stderr_has("26 questions in 7 sections")
        .run();
    assert!(
        fs::read_to_string(&out)
            .unwrap()
            .contains("text: Question\n")
    );
    o(&["--sheet", "Instructions"])
        .status(2)
        .stderr_has("no question was found")
        .run();
    // Without --columns: the columns the header names, said on stderr.
    let args = ["import", xlsx, "-o", out.to_str().unwrap()];
    assure(args)
        .stderr_has("Columns found from the header: --columns text=B,id=A")
        .stderr_has("25 questions in 6 sections")
        .run();
    assert_eq!(fs::read_to_string(&out).unwrap(), found);
}

/// A CSV file with a title row above its header: the header is found under
/// it, and a lone row between questions is a section.
#[test]
fn import_finds_the_header_row_of_a_csv_under_a_title_row() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("acme.csv");
    fs::write(
        &csv,
        "Acme Ltd supplier questionnaire 2026,,\nNo.,Question,Answer\n1,Do you use MFA on email?,\nSection 2: Backups,,\n2,Are backups kept offline?,\n3,Is data encrypted at rest?,\n",
    )
    .unwrap();
    let args = |extra: &[&str]| {
        let mut a = vec!["import".to_owned(), csv.display().to_string()];
        a.extend(["--columns", "id=A,text=B"].map(str::to_owned));
        a.extend(extra.iter().map(|s| (*s).to_owned()));
        a
    };
    let o = assure(args(&[]))
        .stderr_has("acme.csv: A1")
        .stderr_has("3 questions in 2 sections; 2 rows left out")
        .run();
    assert!(
        o.stdout.contains("    title: \"Section 2: Backups\"\n"),
        "{}",
        o.stdout
    );
    assert!(!o.stdout.contains("text: Question\n"));
    let o = assure(args(&["--header-rows", "1"]))
        .stderr_has("4 questions in 2 sections; 1 row left out")
        .run();
    assert!(o.stdout.contains("text: Question\n"), "{}", o.stdout);
    let given = assure(args(&[])).run().stdout;
    let o = assure(["import", csv.to_str().unwrap()])
        .stderr_has("--columns text=B,id=A")
        .run();
    assert_eq!(o.stdout, given, "the columns the header names");
}
