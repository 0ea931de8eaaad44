use rust_xlsxwriter::{Formula, Workbook, Worksheet};

use super::*;
use crate::answers;
use crate::model::answers::Value;
use crate::model::{Questionnaire, YesNo};
use crate::test::{CONDITIONAL, questionnaire};

/// A cell to write: text, a number, or a formula.
enum C<'a> {
    T(&'a str),
    N(f64),
    F(&'a str),
}

fn put(sheet: &mut Worksheet, row: u32, col: u16, c: &C<'_>) {
    match c {
        C::T("") => {}
        C::T(t) => {
            sheet.write_string(row, col, *t).unwrap();
        }
        C::N(n) => {
            sheet.write_number(row, col, *n).unwrap();
        }
        C::F(f) => {
            sheet.write_formula(row, col, Formula::new(*f)).unwrap();
        }
    }
}

/// A workbook laid out as the template lays it out: the About fields, then the
/// Answers header and rows of (id, answer, note, evidence).
fn workbook(q: &Questionnaire, rows: &[[C<'_>; 4]], edit: impl FnOnce(&mut Workbook)) -> Vec<u8> {
    let mut book = Workbook::new();
    let about = book.add_worksheet().set_name("About").unwrap();
    let digest = crate::digest::digest(q);
    for (i, (title, value)) in [
        ("Organisation", "Acme"),
        ("Questionnaire id", q.id.as_str()),
        ("Version", q.version.as_str()),
        ("Digest", digest.as_str()),
    ]
    .iter()
    .enumerate()
    {
        about.write_string(i as u32 + 2, 0, *title).unwrap();
        about.write_string(i as u32 + 2, 1, *value).unwrap();
    }
    let sheet = book.add_worksheet().set_name("Answers").unwrap();
    for (col, title) in [
        "Section",
        "Question",
        "Your answer",
        "Note",
        "Evidence",
        "Question id",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(0, col as u16, *title).unwrap();
    }
    for (i, [id, answer, note, evidence]) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        put(sheet, row, 5, id);
        put(sheet, row, 2, answer);
        put(sheet, row, 3, note);
        put(sheet, row, 4, evidence);
    }
    edit(&mut book);
    book.save_to_buffer().unwrap()
}

fn read_answers(
    q: &Questionnaire,
    bytes: &[u8],
) -> Result<crate::model::answers::Answers, Vec<String>> {
    let shown = |d: Vec<Diagnostic>| {
        d.iter()
            .map(|d| format!("{}: {}", d.location(), d.message))
            .collect()
    };
    let (src, node) = read("a.xlsx".into(), bytes).map_err(shown)?;
    let doc = crate::load::Document {
        src,
        node,
        kind: crate::load::DocKind::Answers,
    };
    let file = answers::AnswersFile::from_document(doc).map_err(shown)?;
    file.check(q, &crate::digest::digest(q))
        .map(|l| l.value)
        .map_err(shown)
}

fn errors(q: &Questionnaire, bytes: &[u8]) -> Vec<String> {
    read_answers(q, bytes).expect_err("the workbook should be refused")
}

use C::{F, N, T};

#[test]
fn labels_become_values() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("staff"), N(12.0), T(""), T("")],
            [
                T("cloud"),
                T("yes"),
                T("We use Microsoft 365."),
                T("policy.pdf; screenshot.png\nlog.txt"),
            ],
            [T("cloud-mfa"), T("Not applicable"), T(""), T("")],
            [T("devices"), T(""), T(""), T("")],
            [T("devices/laptops"), T("Yes"), T(""), T("")],
            [T("devices/phones"), T("No"), T(""), T("")],
            [T("devices/none"), T("no"), T(""), T("")],
            [T("notes"), T("I don't know"), T(""), T("")],
        ],
        |_| {},
    );
    let a = read_answers(&q, &bytes).unwrap();
    assert_eq!(a.value("staff"), &Value::Number(12.0));
    assert_eq!(a.value("cloud"), &Value::YesNo(YesNo::Yes));
    assert_eq!(a.value("cloud-mfa"), &Value::Na);
    assert_eq!(a.value("devices"), &Value::Multi(vec!["laptops".into()]));
    assert_eq!(a.value("notes"), &Value::Unknown);
    let cloud = a.get("cloud").unwrap();
    assert_eq!(cloud.note.as_deref(), Some("We use Microsoft 365."));
    assert_eq!(cloud.evidence, ["policy.pdf", "screenshot.png", "log.txt"]);
    assert_eq!(a.respondent.organisation.as_deref(), Some("Acme"));
}

#[test]
fn a_label_the_question_does_not_take_names_its_cell_and_the_labels_it_takes() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("cloud"), T("Maybe"), T(""), T("")],
            [T("training"), T("I don't know"), T(""), T("")],
        ],
        |_| {},
    );
    assert_eq!(
        errors(&q, &bytes),
        [
            "a.xlsx: Answers!C2: question 2 is a yes/no question; answer Yes, No or I don't know",
            "a.xlsx: Answers!C3: question 6 is a yes/no question; answer Yes or No",
        ]
    );
}

#[test]
fn the_usual_checks_name_the_cell() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("staff"), N(9000.0), T(""), T("")],
            [T("clod"), T("Yes"), T(""), T("")],
        ],
        |_| {},
    );
    let e = errors(&q, &bytes);
    assert_eq!(
        e[0],
        "a.xlsx: Answers!C2: 9000 is above the largest answer question 1 allows, 500"
    );
    assert_eq!(e[1], "a.xlsx: Answers!F3: `clod` is not a question of `t`");
}

#[test]
fn a_formula_is_refused_and_never_evaluated() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(&q, &[[T("staff"), F("=2+2"), T(""), T("")]], |_| {});
    assert_eq!(
        errors(&q, &bytes),
        ["a.xlsx: Answers!C2: this cell holds a formula; formulas are not read"]
    );
}

#[test]
fn a_number_where_a_question_id_belongs_is_refused() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(&q, &[[N(12.0), T("Yes"), T(""), T("")]], |_| {});
    assert_eq!(
        errors(&q, &bytes),
        ["a.xlsx: Answers!F2: this cell holds the number 12, but a question id is text"]
    );
}

#[test]
fn merged_answer_cells_are_refused() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("cloud"), T("Yes"), T(""), T("")],
            [T("notes"), T(""), T(""), T("")],
        ],
        |book| {
            let sheet = book.worksheet_from_name("Answers").unwrap();
            sheet
                .merge_range(1, 2, 2, 2, "Yes", &rust_xlsxwriter::Format::new())
                .unwrap();
        },
    );
    assert_eq!(
        errors(&q, &bytes),
        [
            "a.xlsx: Answers!C2: cells are merged here, up to C3; each answer needs a cell of its own"
        ]
    );
}

#[test]
fn an_answer_on_a_row_without_an_id_and_a_second_row_for_a_question_are_refused() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("cloud"), T("Yes"), T(""), T("")],
            [T(""), T("No"), T(""), T("")],
            [T("cloud"), T("No"), T(""), T("")],
        ],
        |_| {},
    );
    assert_eq!(
        errors(&q, &bytes),
        [
            "a.xlsx: Answers!C3: this row has an answer but no question id",
            "a.xlsx: Answers!F4: the question `cloud` has a second row here (its first is F2)",
        ]
    );
}

#[test]
fn a_workbook_without_the_answers_sheet_says_which_sheets_it_has() {
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Sheet1").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let e = read("a.xlsx".into(), &bytes).unwrap_err();
    assert_eq!(
        e[0].message,
        "this workbook has no sheet named `About`; it has `Sheet1`"
    );
    assert_eq!(e[0].code, "wrong-sheet");
}

#[test]
fn bytes_that_are_not_a_zip_are_not_a_workbook() {
    let e = read("a.xlsx".into(), b"id: x\n").unwrap_err();
    assert_eq!(e[0].code, "invalid-workbook");
    assert!(is_workbook("x.XLSX", b""));
    assert!(is_workbook("x.yaml", b"PK\x03\x04rest"));
    assert!(!is_workbook("x.yaml", b"id: x"));
}

#[test]
fn a_sheet_with_more_cells_than_the_limit_is_refused_where_it_goes_over() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(&q, &[], |book| {
        let sheet = book.worksheet_from_name("Answers").unwrap();
        let rows = u32::try_from(crate::exchange::xlsx::limits::MAX_CELLS / 2).unwrap() + 1;
        for row in 1..=rows {
            sheet.write_number(row, 6, 1.0).unwrap();
            sheet.write_number(row, 7, 2.0).unwrap();
        }
    });
    let e = read("a.xlsx".into(), &bytes).unwrap_err();
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].code, crate::diagnostic::Code::TooManyCells);
    assert!(
        e[0].message.contains("more than 100000 filled cells"),
        "{}",
        e[0].message
    );
}

/// `bytes` with the Answers sheet's first question row moved to the end of
/// its rows: other programs may write rows out of order.
fn first_row_last(bytes: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let mut part = zin.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut xml = Vec::new();
        part.read_to_end(&mut xml).unwrap();
        if name == "xl/worksheets/sheet2.xml" {
            let s = String::from_utf8(xml).unwrap();
            let start = s.find("<row r=\"2\"").unwrap();
            let end = start + s[start..].find("</row>").unwrap() + "</row>".len();
            let (before, row, after) = (&s[..start], &s[start..end], &s[end..]);
            let close = after.find("</sheetData>").unwrap();
            xml = format!("{before}{}{row}{}", &after[..close], &after[close..]).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&xml).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn rows_out_of_order_and_answers_out_of_the_questionnaires_order_are_read_alike() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("notes"), T("I don't know"), T(""), T("")],
            [T("cloud"), T("No"), T(""), T("")],
            [T("staff"), N(12.0), T(""), T("")],
            [T("devices/phones"), T("Yes"), T(""), T("")],
            [T("training"), T("Yes"), T(""), T("")],
        ],
        |_| {},
    );
    let reordered = first_row_last(&bytes);
    assert_ne!(reordered, bytes);
    for b in [bytes, reordered] {
        let a = read_answers(&q, &b).unwrap();
        assert_eq!(a.value("notes"), &Value::Unknown);
        assert_eq!(a.value("cloud"), &Value::YesNo(YesNo::No));
        assert_eq!(a.value("staff"), &Value::Number(12.0));
        assert_eq!(a.value("devices"), &Value::Multi(vec!["phones".into()]));
        assert_eq!(a.value("training"), &Value::YesNo(YesNo::Yes));
    }
}

#[test]
fn rows_out_of_order_are_taken_in_the_order_of_their_numbers() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("cloud"), T("Yes"), T(""), T("")],
            [T("cloud"), T("No"), T(""), T("")],
        ],
        |_| {},
    );
    let second =
        ["a.xlsx: Answers!F3: the question `cloud` has a second row here (its first is F2)"];
    assert_eq!(errors(&q, &bytes), second);
    assert_eq!(errors(&q, &first_row_last(&bytes)), second);
}

/// Every problem of a workbook, reading and checking, in one run.
fn all_problems(q: &Questionnaire, bytes: &[u8]) -> Vec<String> {
    let (src, node, problems) = read_all("a.xlsx".into(), bytes).unwrap();
    let doc = crate::load::Document {
        src,
        node,
        kind: crate::load::DocKind::Answers,
    };
    let file = answers::AnswersFile::from_document_with(doc, problems).unwrap();
    let diags = match file.check(q, &crate::digest::digest(q)) {
        Ok(l) => l.warnings,
        Err(d) => d,
    };
    diags
        .iter()
        .map(|d| format!("{}: {}", d.location(), d.message))
        .collect()
}

#[test]
fn every_problem_of_a_workbook_comes_in_one_run_at_its_cell_in_its_words() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("staff"), T("lots"), T(""), T("")],
            [T("cloud"), T("Maybe"), T(""), T("")],
            [T("devices"), T(""), T(""), T("")],
            [T("devices/laptops"), T("Yes"), T(""), T("")],
            [T("devices/phones"), T("I don't know"), T(""), T("")],
        ],
        |_| {},
    );
    // A label an option row does not take, found reading the workbook, and
    // the answers' own problems: all of them, in the order of the cells.
    assert_eq!(
        all_problems(&q, &bytes),
        [
            "a.xlsx: Answers!C2: question 1 takes a number",
            "a.xlsx: Answers!C3: question 2 is a yes/no question; answer Yes, No or I don't know",
            "a.xlsx: Answers!C6: \"I don't know\" is not an answer here; use Yes, No",
        ]
    );
}

#[test]
fn an_option_that_stands_alone_is_named_by_its_label_at_its_own_row() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("devices"), T(""), T(""), T("")],
            [T("devices/laptops"), T("Yes"), T(""), T("")],
            [T("devices/phones"), T("No"), T(""), T("")],
            [T("devices/none"), T("Yes"), T(""), T("")],
        ],
        |_| {},
    );
    assert_eq!(
        all_problems(&q, &bytes),
        ["a.xlsx: Answers!C5: \"None of these\" cannot be chosen together with other options"]
    );
}

#[test]
fn an_answer_to_a_question_not_asked_is_said_in_the_workbooks_words() {
    let q = questionnaire(CONDITIONAL);
    let bytes = workbook(
        &q,
        &[
            [T("cloud"), T("No"), T(""), T("")],
            [T("cloud-mfa"), T("Yes"), T(""), T("")],
        ],
        |_| {},
    );
    assert_eq!(
        all_problems(&q, &bytes),
        [
            "a.xlsx: Answers!C3: question 3 is answered, but its answer is ignored: it is asked only if you answered \"Yes\" to question 2"
        ]
    );
}
