use super::*;

#[test]
fn a_spec_names_columns_by_letter() {
    let c = Columns::parse("text=C, section=b,maps.nist-csf-2.0=AA").unwrap();
    assert_eq!(c.get(&Key::Text), Some(2));
    assert_eq!(c.get(&Key::Section), Some(1));
    assert_eq!(c.maps().collect::<Vec<_>>(), [("nist-csf-2.0", 26)]);
}

#[test]
fn mistakes_are_explained() {
    assert_eq!(
        Columns::parse("section=A").unwrap_err().to_string(),
        "say which column holds the questions, such as `--columns text=C`"
    );
    assert_eq!(
        Columns::parse("txt=A").unwrap_err().to_string(),
        "`txt` is not a column name here; did you mean `text`?"
    );
    assert_eq!(
        Columns::parse("text=3").unwrap_err().to_string(),
        "`3` is not a column; use its letters, such as C or AB"
    );
    assert_eq!(
        Columns::parse("text=A,text=B").unwrap_err().to_string(),
        "`text` is given twice"
    );
    assert_eq!(column_index("XFD"), Some(16_383));
    assert_eq!(column_index("XFE"), None);
}
