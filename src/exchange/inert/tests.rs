use super::*;

#[test]
fn formula_starts_are_made_text() {
    for s in [
        "=HYPERLINK(\"http://x\")",
        "+1",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
    ] {
        assert!(risky(s), "{s:?}");
        assert_eq!(csv_cell(s), format!("'{s}"));
    }
    for s in ["Yes", "1 = 1", "a-b", ""] {
        assert!(!risky(s), "{s:?}");
        assert_eq!(csv_cell(s), s);
    }
}
