use super::*;

#[test]
fn formula_starts_are_made_text() {
    for s in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\t=1"] {
        assert!(risky(s), "{s:?}");
        assert_eq!(csv_cell(s), format!("'{s}"));
    }
    // A carriage return alone is a control character: shown as `�`, which no
    // spreadsheet takes for the start of a formula.
    assert!(risky("\r=1"));
    assert_eq!(csv_cell("\r=1"), "\u{FFFD}=1");
    assert_eq!(csv_cell("\u{1b}[2J=1"), "\u{FFFD}[2J=1");
    for s in ["Yes", "1 = 1", "a-b", ""] {
        assert!(!risky(s), "{s:?}");
        assert_eq!(csv_cell(s), s);
    }
}
