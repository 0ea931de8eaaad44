use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::*;
use crate::exchange::workbook::layout::Column;
use crate::test::{CONDITIONAL, questionnaire};

/// The position of a column, for indexing a row read back.
fn at(c: Column) -> usize {
    usize::from(c.index())
}

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
    assert_eq!(header[at(Column::Id)], "Question id");
    assert_eq!(header[at(Column::Answer)], "Your answer");
    let ids: Vec<String> = sheet
        .rows()
        .skip(1)
        .map(|r| r[at(Column::Id)].to_string())
        .filter(|id| !id.is_empty() && !id.contains('/'))
        .collect();
    let expected: Vec<String> = q.questions().map(|x| x.id.value.clone()).collect();
    assert_eq!(ids, expected);
    let help = |id: &str| {
        sheet
            .rows()
            .find(|r| r[at(Column::Id)] == Data::String(id.into()))
            .map(|r| r[at(Column::Help)].to_string())
            .unwrap()
    };
    let team = help("training");
    assert!(
        team.contains("This section applies only if your answer to question 1 is at least 5"),
        "{team}"
    );
    let mfa = help("cloud-mfa");
    assert!(
        mfa.contains("Answer only if you answered \"Yes\" to question 2"),
        "{mfa}"
    );
}

#[test]
fn a_multi_question_has_a_row_per_option() {
    let q = questionnaire(
        "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: devices\n        text: Which?\n        type: multi\n        weight: 0\n        options: [{ value: laptops, label: Laptops }, { value: none, label: None of these, exclusive: true }]\n",
    );
    let mut book = open(render(&q, None).unwrap());
    let sheet = book.worksheet_range("Answers").unwrap();
    let ids: Vec<String> = sheet
        .rows()
        .skip(1)
        .map(|r| r[at(Column::Id)].to_string())
        .collect();
    assert_eq!(ids, ["", "devices", "devices/laptops", "devices/none"]);
    let devices = sheet.rows().nth(2).unwrap();
    assert_eq!(devices[at(Column::Question)].to_string(), "1. Which?");
    let none = sheet.rows().nth(4).unwrap();
    assert_eq!(none[at(Column::Question)].to_string(), "None of these");
    assert!(
        none[at(Column::Help)]
            .to_string()
            .contains("Only on its own")
    );
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
    let (src, node) = crate::exchange::workbook::read::read("a.xlsx".into(), &bytes).unwrap();
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

/// The data validations of sheet `n` (the Answers sheet is the second):
/// (sqref, type, formula), sorted.
fn validations(bytes: &[u8], n: usize) -> Vec<(String, String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    let part = format!("xl/worksheets/sheet{n}.xml");
    std::io::Read::read_to_string(&mut zip.by_name(&part).unwrap(), &mut xml).unwrap();
    let attr = |tag: &str, name: &str| {
        let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[start..start + tag[start..].find('"').unwrap()].to_owned()
    };
    xml.split("<dataValidation ")
        .skip(1)
        .map(|v| {
            let tag = format!(" {}", &v[..v.find('>').unwrap()]);
            let formula = &v[v.find("<formula1>").unwrap() + 10..v.find("</formula1>").unwrap()];
            (attr(&tag, "sqref"), attr(&tag, "type"), formula.to_owned())
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

#[test]
fn each_rule_is_written_once_for_all_the_cells_that_share_it() {
    let q = questionnaire(CONDITIONAL);
    let v = validations(&render(&q, None).unwrap(), 2);
    let sqrefs: Vec<&str> = v.iter().map(|x| x.0.as_str()).collect();
    // Row 2 and 11 are the sections' titles; 8 to 10 the options of `devices`.
    assert_eq!(sqrefs, ["C12", "C3", "C4 C6", "C5", "C7", "C8:C10"]);
    // The number rule's references are to the first cell it applies to.
    let number = v.iter().find(|x| x.1 == "custom").unwrap();
    assert_eq!(
        number.2,
        "OR(AND(ISNUMBER(C3),C3&gt;=1,C3&lt;=500),C3=\"I don't know\")"
    );
    let yes_no = v.iter().find(|x| x.0 == "C4 C6").unwrap();
    assert_eq!(yes_no.2, "Lists!$A$1:$A$3");
}

#[test]
fn rows_next_to_each_other_share_one_range_and_others_are_listed() {
    let mut rules = rules::Rules::default();
    let rule = |range: &str| rules::Rule::List {
        range: range.into(),
        title: "Pick from the list",
        message: "Choose: Yes, No.".into(),
    };
    for row in [3, 4, 5, 9] {
        rules.add(rule("Lists!$A$1:$A$2"), row, row);
    }
    rules.add(rule("Lists!$A$3:$A$4"), 6, 8);
    rules.add(rule("Lists!$A$1:$A$2"), 10, 12);
    let mut book = Workbook::new();
    rules.write(book.add_worksheet(), 4).unwrap();
    let v = validations(&book.save_to_buffer().unwrap(), 1);
    let sqrefs: Vec<&str> = v.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(sqrefs, ["E4:E6 E10:E13", "E7:E9"]);
}

#[test]
fn each_section_starts_with_a_row_holding_its_title() {
    let q = questionnaire(CONDITIONAL);
    let mut book = open(render(&q, None).unwrap());
    let sheet = book.worksheet_range("Answers").unwrap();
    let titles: Vec<(usize, String)> = sheet
        .rows()
        .enumerate()
        .filter(|(_, r)| r[at(Column::Id)] == Data::Empty && r[0] != Data::Empty)
        .map(|(i, r)| (i, r[at(Column::Question)].to_string()))
        .collect();
    assert_eq!(titles, [(1, "Basics".into()), (10, "Team".into())]);
}
