use super::*;
use crate::source::Pos;

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
    let d = read(&path).unwrap_err();
    assert_eq!(d.code, "file-too-large");
    assert!(d.message.contains("100.0 MiB"), "{}", d.message);
}
