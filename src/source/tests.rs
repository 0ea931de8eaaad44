use super::*;

#[test]
fn lines_without_endings() {
    let s = Source::new("x", "a\r\nbc\n\nd");
    assert_eq!(s.line(1), Some("a"));
    assert_eq!(s.line(2), Some("bc"));
    assert_eq!(s.line(3), Some(""));
    assert_eq!(s.line(4), Some("d"));
    assert_eq!(s.line(5), None);
    assert_eq!(s.line(0), None);
}

#[test]
fn a_byte_order_mark_is_dropped() {
    assert_eq!(Source::new("x", "\u{feff}id: a").text, "id: a");
}
