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
        must_haves_not_met: 5,
        must_haves_not_known: 3,
        important: 13,
        top: false,
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
    assert!(csv.starts_with("file,organisation,questionnaire,version,date_answered,overall,rating,completeness,must_haves_not_met,must_haves_not_known,important_holding,held_down_by,report,problem\n"));
    assert!(
        csv.contains(",6.5,At risk,97.0,5,3,13,\"5 must-haves not met, 3 not known, 13 important questions\",a.html,\n"),
        "{csv}"
    );
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
        csv.contains("b.yaml,,,,,,FAILED,,,,,,,\"line 3, column 2: bad [invalid-answer]\""),
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

#[test]
fn rows_rated_alike_say_what_holds_each_down() {
    let mut a = row("a.yaml", "Acme");
    a.overall = Some(85.9);
    a.must_haves_not_met = 0;
    a.must_haves_not_known = 1;
    a.important = 0;
    let b = row("b.yaml", "Bakery");
    let mut c = row("c.yaml", "Cafe");
    (c.must_haves_not_met, c.must_haves_not_known, c.important) = (0, 0, 0);
    c.rating = "Developing".into();
    let mut d = row("d.yaml", "Dental");
    d.top = true;
    assert_eq!(a.held_down_by(), "1 must-have not known");
    assert_eq!(
        b.held_down_by(),
        "5 must-haves not met, 3 not known, 13 important questions"
    );
    assert_eq!(c.held_down_by(), "the score");
    assert_eq!(d.held_down_by(), "");
    let md = markdown(&[a, b]);
    assert!(md.contains("| Held down by |"), "{md}");
    assert!(md.contains("| 1 must-have not known |"), "{md}");
}

#[test]
fn a_problem_quoting_a_name_shows_it_as_code_in_html_not_as_backticks() {
    let rows = [Row::failed(
        "b.yaml".into(),
        None,
        "cannot find the file `b.yaml` [file-not-found]".into(),
    )];
    let html = html(&rows);
    assert!(
        html.contains("<td>cannot find the file <code>b.yaml</code> [file-not-found]</td>"),
        "{html}"
    );
    assert!(!html.contains('`'), "{html}");
}
