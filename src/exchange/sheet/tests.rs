use super::find::{Given, find};
use super::kinds::{self, Role};
use super::*;

fn grid(rows: &[&[&str]]) -> Grid {
    let mut g = Grid::default();
    for (r, row) in rows.iter().enumerate() {
        let mut m = BTreeMap::new();
        for (c, t) in row.iter().enumerate() {
            if !t.is_empty() {
                m.insert(c as u32, Cell::text(*t));
            }
        }
        if !m.is_empty() {
            g.cells.insert(r as u32, m);
        }
    }
    g
}

#[test]
fn headers_name_their_columns() {
    let cases = [
        ("Question", Some(Role::Question)),
        ("Control question", Some(Role::Question)),
        ("Requirement", Some(Role::Question)),
        ("Response", Some(Role::Answer)),
        ("Vendor response", Some(Role::Answer)),
        ("Y / N / NA", Some(Role::Answer)),
        ("Comments / evidence", Some(Role::Comment)),
        ("Supporting evidence / comments", Some(Role::Comment)),
        ("Supplier comments", Some(Role::Comment)),
        ("Ref", Some(Role::Id)),
        ("Control ID", Some(Role::Id)),
        ("No.", Some(Role::Id)),
        ("Domain", Some(Role::Section)),
        ("Category", Some(Role::Section)),
        ("Meridian use only", Some(Role::Other)),
        ("Crestway assessor notes", Some(Role::Other)),
        ("Guidance", Some(Role::Other)),
        ("Do you use MFA?", None),
    ];
    for (text, role) in cases {
        assert_eq!(kinds::header(text), role, "{text}");
    }
}

#[test]
fn closing_remarks_and_signature_lines_are_told_from_questions() {
    assert!(kinds::closing(
        "Thank you for completing this questionnaire. Please return it to x@y.example."
    ));
    assert!(kinds::closing(
        "Declaration: I confirm that the answers above are accurate."
    ));
    assert!(kinds::signature("Completed by (name):"));
    assert!(kinds::signature("Signature:"));
    assert!(kinds::signature("Date"));
    assert!(!kinds::signature("Date of your last restore test?"));
    assert!(!kinds::closing("Do you thank staff who report phishing?"));
    assert!(kinds::reads_like_question(
        "Is MFA enforced for all email accounts?"
    ));
    assert!(kinds::reads_like_question(
        "The supplier enforces MFA for remote access."
    ));
    assert!(!kinds::reads_like_question("3. Access control"));
}

#[test]
fn the_header_is_found_under_title_rows_and_section_rows_start_sections() {
    let g = grid(&[
        &["Northwind Logistics plc"],
        &["Supplier questionnaire, version 2.3"],
        &[],
        &["Ref", "Question", "Response", "Comments / evidence"],
        &["1. Governance"],
        &[
            "1.1",
            "Do you have a named person responsible for security?",
        ],
        &["1.2", "Do you have a written security policy?"],
        &["2. Access"],
        &["2.1", "Is MFA enforced for email?"],
        &[],
        &["Thank you for completing this questionnaire. Please return it."],
        &["Completed by (name):"],
        &["Signature:"],
    ]);
    let s = find(&g, &Given::default()).unwrap();
    assert_eq!(s.header, Some(3));
    assert_eq!(
        (
            s.columns.question,
            s.columns.answer,
            s.columns.comment,
            s.columns.id
        ),
        (1, Some(2), Some(3), Some(0))
    );
    let qs: Vec<(u32, Option<&str>, Option<&str>)> = s
        .questions
        .iter()
        .map(|q| (q.row, q.reference.as_deref(), q.section.as_deref()))
        .collect();
    assert_eq!(
        qs,
        [
            (5, Some("1.1"), Some("1. Governance")),
            (6, Some("1.2"), Some("1. Governance")),
            (8, Some("2.1"), Some("2. Access"))
        ]
    );
    let left: Vec<String> = s
        .left_out
        .iter()
        .map(|l| format!("{}: {}", g.at(l.row, l.col), l.reason))
        .collect();
    assert_eq!(
        left,
        [
            "A1: a title row above the header",
            "A2: a title row above the header",
            "A11: a closing remark, not a question",
            "A12: a signature line, not a question",
            "A13: a signature line, not a question",
        ]
    );
    assert_eq!(s.titles[0], "Northwind Logistics plc");
}

#[test]
fn without_a_header_the_columns_come_from_what_they_hold() {
    let g = grid(&[
        &["Security questions for our suppliers"],
        &["A", "Do you use MFA for email?", ""],
        &["A", "Do you back up every day?", ""],
        &["B", "Is your guest Wi-Fi kept apart?", ""],
    ]);
    let s = find(&g, &Given::default()).unwrap();
    assert_eq!(s.header, None);
    assert_eq!((s.columns.question, s.columns.answer), (1, Some(2)));
    assert_eq!(s.questions.len(), 3);
}

#[test]
fn no_column_of_questions_is_an_error() {
    let g = grid(&[&["Name", "Price"], &["Bread", "2"]]);
    assert!(matches!(
        find(&g, &Given::default()),
        Err(super::find::NoQuestionColumn)
    ));
}

#[test]
fn an_unclosed_quote_is_named_where_it_opens() {
    let text = "Ref,Question\n1,\"Do you use MFA?\"\n2,\"Do you back up\n3,Is Wi-Fi apart?\n";
    let err = csv::read(text).unwrap_err();
    assert_eq!(err.at, Some((3, 3)), "{err:?}");
    assert!(csv::read("a,\"b \"\"quoted\"\" c\"\nd,5\" screen\n").is_ok());
}

#[test]
fn a_cell_over_the_limit_is_named_as_too_long() {
    let long = "x".repeat(crate::exchange::xlsx::limits::MAX_CELL_BYTES + 1);
    let (g, _) = csv::read(&format!("Question\n{long}\n")).unwrap();
    let cell = g.get(1, 0).unwrap();
    assert!(
        cell.problem
            .as_deref()
            .is_some_and(|p| p.contains("bytes of text; the limit is")),
        "{cell:?}"
    );
}
