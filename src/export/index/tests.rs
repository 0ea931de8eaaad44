use super::*;

fn row(file: &str, organisation: &str) -> Row {
    Row {
        file: file.into(),
        report: Some(file.replace(".yaml", ".html")),
        organisation: organisation.into(),
        questionnaire: "sme-baseline".into(),
        version: "2.0.0".into(),
        date: "2026-11-10".into(),
        overall: Some(6.5),
        rating: "At risk".into(),
        completeness: Some(0.97),
        must_haves: 8,
        failed: None,
    }
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_made_inert() {
    for bad in ["=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx"] {
        assert_eq!(inert(bad), format!("'{bad}"));
    }
    assert_eq!(inert("\rx"), "\u{FFFD}x");
    assert_eq!(inert("Acme Ltd"), "Acme Ltd");
    let csv = csv(&[row("a.yaml", "=cmd|' /C calc'!A0")]);
    assert!(csv.contains("'=cmd|"), "{csv}");
    assert!(csv.starts_with("file,organisation,questionnaire,version,date_answered,overall,rating,completeness,must_haves_not_met,report,problem\n"));
    assert!(csv.contains(",6.5,At risk,97.0,8,a.html,\n"), "{csv}");
}

#[test]
fn a_failed_file_is_a_row_with_its_problem() {
    let rows = [
        row("a.yaml", "Acme"),
        Row::failed(
            "b.yaml".into(),
            None,
            "line 3, column 2: bad [invalid-answer]".into(),
        ),
    ];
    let md = markdown(&rows);
    assert!(
        md.contains(
            "| b.yaml | | | | | **FAILED** | | | line 3, column 2: bad \\[invalid-answer\\] |"
        ),
        "{md}"
    );
    assert!(md.contains("[a.yaml](a.html)"), "{md}");
    let csv = csv(&rows);
    assert!(
        csv.contains("b.yaml,,,,,,FAILED,,,,\"line 3, column 2: bad [invalid-answer]\""),
        "{csv}"
    );
}

#[test]
fn names_are_escaped_and_links_are_plain_paths() {
    let mut r = row("x.yaml", "<script>alert(1)</script> & www.evil.example");
    r.report = Some("a (b) <c>.html".into());
    let html = html(std::slice::from_ref(&r));
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("href=\"a%20%28b%29%20%3Cc%3E.html\""),
        "{html}"
    );
    let md = markdown(&[r]);
    assert!(md.contains("](a%20%28b%29%20%3Cc%3E.html)"), "{md}");
    assert!(
        md.contains("&lt;script&gt;") && md.contains("www&#8288;."),
        "{md}"
    );
}

#[test]
fn each_file_of_the_index_is_named_for_its_format() {
    for (name, choice) in FILES.iter().zip(&FORMATS) {
        assert_eq!(*name, format!("index.{}", choice.format.extension()));
    }
}
