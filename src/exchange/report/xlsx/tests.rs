use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::*;
use crate::exchange::report::test::hostile;
use crate::score::assess;

#[test]
fn three_sheets_and_the_plan_in_the_report_s_order_with_columns_to_track_it() {
    let (q, a) = hostile();
    let assessment = assess(&q, &a);
    let bytes = render(&Report::new(&assessment, None)).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Summary", "Questions", "Action plan"]);
    let plan = book.worksheet_range("Action plan").unwrap();
    let header: Vec<String> = plan
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(&header[9..], ["Owner", "Due", "Status"]);
    let ids: Vec<String> = plan.rows().skip(1).map(|r| r[4].to_string()).collect();
    let expected: Vec<String> = assessment
        .actions
        .iter()
        .map(|x| x.question.id.value.clone())
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(
        plan.rows().nth(1).unwrap()[2],
        Data::String("Must-have".into())
    );
}

#[test]
fn answers_that_look_like_formulas_are_text_cells() {
    let (q, a) = hostile();
    let assessment = assess(&q, &a);
    let bytes = render(&Report::new(&assessment, None)).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let formulas = book.worksheet_formula("Questions").unwrap();
    assert!(
        formulas.used_cells().next().is_none(),
        "no formula anywhere"
    );
    let sheet = book.worksheet_range("Questions").unwrap();
    let notes = sheet.rows().nth(4).unwrap();
    assert_eq!(notes[3], Data::String("=1+1".into()));
    let summary = book.worksheet_range("Summary").unwrap();
    assert_eq!(
        summary.rows().nth(3).unwrap()[1],
        Data::String("=HYPERLINK(\"http://evil\",\"x\")".into())
    );
}

#[test]
fn the_summary_counts_must_haves_not_met_and_not_known_apart() {
    let q = crate::test::questionnaire(crate::exchange::report::test::Q);
    let sheet_of = |answer: &str| {
        let text = format!("questionnaire: {{ id: t }}\nanswers:\n  mfa: {answer}\n");
        let a = crate::test::answers(&q, &text);
        let assessment = assess(&q, &a);
        let bytes = render(&Report::new(&assessment, None)).unwrap();
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
        let summary = book.worksheet_range("Summary").unwrap();
        let rows: Vec<(String, String)> = summary
            .rows()
            .map(|r| (r[0].to_string(), r[1].to_string()))
            .collect();
        rows
    };
    let value = |rows: &[(String, String)], title: &str| {
        rows.iter()
            .find(|(t, _)| t == title)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {title} in {rows:?}"))
    };
    let no = sheet_of("no");
    assert_eq!(value(&no, "Must-haves not met"), "mfa");
    assert_eq!(value(&no, "Must-haves not known"), "");
    let unknown = sheet_of("unknown");
    assert_eq!(value(&unknown, "Must-haves not met"), "");
    assert_eq!(value(&unknown, "Must-haves not known"), "mfa");
    assert_eq!(unknown.last().unwrap().0, "Completeness");
}
