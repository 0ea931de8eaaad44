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

#[test]
fn non_utf8_names_line_and_column() {
    let d = from_bytes("f.yaml".into(), b"id: a\ntitle: caf\xe9\n".to_vec()).unwrap_err();
    assert_eq!(d.span.unwrap().start, Pos { line: 2, col: 11 });
    assert!(d.message.contains("0xE9"), "{}", d.message);
}

#[test]
fn a_huge_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yaml");
    let f = File::create(&path).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // sparse: nothing is written
    let started = std::time::Instant::now();
    let d = read(&path).unwrap_err();
    assert!(started.elapsed().as_millis() < 500);
    assert_eq!(d.code, "file-too-large");
    assert!(d.message.contains("100.0 MiB"), "{}", d.message);
}
