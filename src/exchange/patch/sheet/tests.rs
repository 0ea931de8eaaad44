use super::*;

const XML: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r#"<cols><col min="3" max="3" width="12" style="7" customWidth="1"/></cols>"#,
    r#"<sheetData>"#,
    r#"<row r="2" spans="1:4"><c r="A2" t="s"><v>0</v></c><c r="C2" s="8"/></row>"#,
    r#"<row r="3"><c r="A3" t="s"><v>1</v></c><c r="D3" s="9"><f>IF(C3="No","Review","")</f><v></v></c></row>"#,
    r#"<row r="5" s="4" customFormat="1"/>"#,
    r#"</sheetData><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>"#,
    r#"<dataValidations count="1"><dataValidation type="list" sqref="C2:C9"><formula1>"Yes,No"</formula1></dataValidation></dataValidations>"#,
    r#"</worksheet>"#
);

fn edit(row: u32, col: u32, text: &str) -> Edit {
    Edit {
        row,
        col,
        text: text.into(),
    }
}

fn patched(edits: &[Edit]) -> String {
    String::from_utf8(patch(XML.as_bytes(), edits).unwrap()).unwrap()
}

#[test]
fn only_the_cells_written_change() {
    let out = patched(&[edit(1, 2, "Yes")]);
    let want = XML.replace(
        r#"<c r="C2" s="8"/>"#,
        r#"<c r="C2" s="8" t="inlineStr"><is><t xml:space="preserve">Yes</t></is></c>"#,
    );
    assert_eq!(out, want);
}

#[test]
fn a_missing_cell_goes_in_column_order_with_its_columns_style() {
    let out = patched(&[edit(2, 2, "No"), edit(2, 4, "after the formula")]);
    assert!(out.contains(concat!(
        r#"<c r="A3" t="s"><v>1</v></c>"#,
        r#"<c r="C3" s="7" t="inlineStr"><is><t xml:space="preserve">No</t></is></c>"#,
        r#"<c r="D3" s="9"><f>IF(C3="No","Review","")</f><v></v></c>"#,
        r#"<c r="E3" t="inlineStr"><is><t xml:space="preserve">after the formula</t></is></c></row>"#
    )), "{out}");
}

#[test]
fn an_empty_row_is_opened_and_a_missing_row_is_made_in_order() {
    let out = patched(&[edit(4, 2, "N/A"), edit(3, 2, "Yes"), edit(20, 1, "late")]);
    assert!(out.contains(concat!(
        r#"<row r="4"><c r="C4" s="7" t="inlineStr"><is><t xml:space="preserve">Yes</t></is></c></row>"#,
        r#"<row r="5" s="4" customFormat="1"><c r="C5" s="4" t="inlineStr"><is><t xml:space="preserve">N/A</t></is></c></row>"#,
        r#"<row r="21"><c r="B21" t="inlineStr"><is><t xml:space="preserve">late</t></is></c></row></sheetData>"#
    )), "{out}");
}

#[test]
fn text_is_escaped_and_never_becomes_a_formula() {
    let out = patched(&[edit(1, 2, "=HYPERLINK(\"http://x\")<b>&\u{1}\u{1b}[2J")]);
    assert!(
        out.contains(
            r#"<t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)&lt;b&gt;&amp;[2J</t>"#
        ),
        "{out}"
    );
    assert!(!out.contains("<f>=HYPERLINK"));
}

#[test]
fn references_are_read_as_spreadsheets_write_them() {
    assert_eq!(parse_ref("A1"), Some((0, 0)));
    assert_eq!(parse_ref("AB12"), Some((27, 11)));
    assert_eq!(parse_ref("XFD1048576"), Some((16_383, 1_048_575)));
    assert_eq!(parse_ref("1A"), None);
    assert_eq!(parse_ref("A0"), None);
}

#[test]
fn broken_xml_is_an_error_not_a_panic() {
    // A sheet cut short is read as far as it goes, or refused; never a panic.
    let _ = patch(
        b"<worksheet><sheetData><row r=\"1\"><c r=\"A1\"",
        &[edit(0, 0, "x")],
    );
    assert!(matches!(
        patch(b"<worksheet></worksheet>", &[edit(0, 0, "x")]),
        Err(SheetError::NoSheetData)
    ));
    assert!(matches!(
        patch(
            b"<worksheet><sheetData><row r=\"1\"></worksheet>",
            &[edit(0, 0, "x")]
        ),
        Err(SheetError::Xml(_))
    ));
}
