use super::*;
use crate::exchange::report::test::hostile;
use crate::score::assess;

fn parse(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn one_row_per_question_after_a_header_with_crlf_line_ends() {
    let (q, a) = hostile();
    let assessment = assess(&q, &a);
    let text = render(&Report::new(&assessment, None)).unwrap();
    let rows = parse(&text);
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0], HEADERS);
    assert!(text.starts_with("section,id,question,answer,status,fraction,weight,critical,important,action group,action title,effort,frameworks,note,evidence\r\n"));
    assert_eq!(text.matches("\r\n").count(), 5, "{text}");
    let mfa = &rows[1];
    assert_eq!(mfa[0], "Section, with a comma");
    assert_eq!(
        &mfa[1..10],
        [
            "mfa",
            "Second step on email?",
            "No",
            "gap",
            "0",
            "1",
            "yes",
            "no",
            "do-now"
        ]
    );
    assert_eq!(mfa[10], "Turn it on");
    assert_eq!(mfa[12], "nist-csf-2.0: PR.AA-03, PR.AA-05; cis-v8: 6.3");
    assert_eq!(rows[2][5], "0.5");
    assert_eq!(rows[3][4], "unknown");
    assert_eq!(rows[3][9], "find-out");
    assert_eq!(rows[4][5], "", "a text question has no fraction");
}

#[test]
fn text_that_a_spreadsheet_would_run_as_a_formula_is_made_inert() {
    let (q, a) = hostile();
    let assessment = assess(&q, &a);
    let rows = parse(&render(&Report::new(&assessment, None)).unwrap());
    assert_eq!(rows[1][13], "'+1 \"quoted\", and a comma\nsecond line");
    assert_eq!(rows[1][14], "'@SUM(A1); -2+3");
    assert_eq!(rows[4][3], "'=1+1");
    for row in &rows {
        for cell in row {
            assert!(!crate::exchange::inert::risky(cell), "{cell:?}");
        }
    }
}
