use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::*;
use crate::test::{CONDITIONAL, questionnaire};

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes)).unwrap()
}

#[test]
fn three_sheets_with_the_lists_hidden_last() {
    let q = questionnaire(CONDITIONAL);
    let book = open(render(&q, Some("Acme")).unwrap());
    assert_eq!(book.sheet_names(), ["About", "Answers", "Lists"]);
    let hidden: Vec<_> = book
        .sheets_metadata()
        .iter()
        .map(|s| s.visible != calamine::SheetVisible::Visible)
        .collect();
    assert_eq!(hidden, [false, false, true]);
}

#[test]
fn one_row_per_question_with_its_id_and_a_dependent_question_says_so() {
    let q = questionnaire(CONDITIONAL);
    let mut book = open(render(&q, None).unwrap());
    let sheet = book.worksheet_range("Answers").unwrap();
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header[7], "Question id");
    assert_eq!(header[4], "Your answer");
    let ids: Vec<String> = sheet
        .rows()
        .skip(1)
        .map(|r| r[7].to_string())
        .filter(|id| !id.contains('/'))
        .collect();
    let expected: Vec<String> = q.questions().map(|x| x.id.value.clone()).collect();
    assert_eq!(ids, expected);
    let team = sheet
        .rows()
        .find(|r| r[7] == Data::String("training".into()))
        .unwrap();
    assert!(
        team[3]
            .to_string()
            .contains("This section applies only if your answer to question 1 is at least 5"),
        "{}",
        team[3]
    );
    let mfa = sheet
        .rows()
        .find(|r| r[7] == Data::String("cloud-mfa".into()))
        .unwrap();
    assert!(
        mfa[3]
            .to_string()
            .contains("Answer only if you answered \"Yes\" to question 2"),
        "{}",
        mfa[3]
    );
}

#[test]
fn a_multi_question_has_a_row_per_option() {
    let q = questionnaire(
        "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: devices\n        text: Which?\n        type: multi\n        weight: 0\n        options: [{ value: laptops, label: Laptops }, { value: none, label: None of these, exclusive: true }]\n",
    );
    let mut book = open(render(&q, None).unwrap());
    let sheet = book.worksheet_range("Answers").unwrap();
    let ids: Vec<String> = sheet.rows().skip(1).map(|r| r[7].to_string()).collect();
    assert_eq!(ids, ["devices", "devices/laptops", "devices/none"]);
    let none = sheet.rows().nth(3).unwrap();
    assert_eq!(none[2].to_string(), "None of these");
    assert!(none[3].to_string().contains("Only on its own"));
}

#[test]
fn the_about_sheet_holds_the_digest_and_the_organisation() {
    let q = questionnaire(CONDITIONAL);
    let mut book = open(render(&q, Some("Acme & Co")).unwrap());
    let about = book.worksheet_range("About").unwrap();
    let value = |title: &str| {
        about
            .rows()
            .find(|r| r[0] == Data::String(title.into()))
            .map(|r| r[1].to_string())
    };
    assert_eq!(value("Organisation").as_deref(), Some("Acme & Co"));
    assert_eq!(value("Digest"), Some(crate::digest::digest(&q)));
    assert_eq!(value("Questionnaire id").as_deref(), Some("t"));
}

#[test]
fn long_text_is_cut_to_what_a_cell_holds() {
    let long = "a".repeat(40_000);
    let cut = cell_text(&long);
    assert_eq!(cut.chars().count(), MAX_CELL_CHARS + 1);
    assert!(cut.ends_with('…'));
    assert_eq!(cell_text("short"), "short");
}

const FILLED: &str = r#"
questionnaire: { id: t, version: 1.0.0 }
respondent: { organisation: "Acme & Co", name: Sam, date: 2026-11-22 }
answers:
  staff: 12
  cloud:
    answer: yes
    note: "We use Microsoft 365; since 2020."
    evidence: [policy.pdf, screenshot.png]
  cloud-mfa: na
  cloud-backup: unknown
  devices: [laptops, phones]
  notes: "=1+1, and a comma"
"#;

#[test]
fn answers_written_into_the_workbook_read_back_the_same() {
    let q = questionnaire(CONDITIONAL);
    let a = crate::test::answers(&q, FILLED);
    let bytes = render_filled(&q, &a).unwrap();
    let (src, node) = crate::workbook::read("a.xlsx".into(), &bytes).unwrap();
    let doc = crate::load::Document {
        src,
        node,
        kind: crate::load::DocKind::Answers,
    };
    let file = crate::answers::AnswersFile::from_document(doc).unwrap();
    let back = file.check(&q, &crate::digest::digest(&q)).unwrap().value;
    assert_eq!(back.respondent, a.respondent);
    assert_eq!(back.questionnaire, a.questionnaire);
    assert_eq!(a.answers.len(), 6);
    for (id, want) in &a.answers {
        let got = back.get(id).unwrap_or_else(|| panic!("{id} is missing"));
        assert_eq!(got.value, want.value, "{id}");
        assert_eq!(got.note, want.note, "{id}");
        assert_eq!(got.evidence, want.evidence, "{id}");
    }
}
