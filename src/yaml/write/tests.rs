use super::*;
use crate::yaml::{Kind, Scalar, parse};

#[test]
fn scalars_read_back_as_the_same_text() {
    for s in [
        "daily",
        "Acme Ltd",
        "yes",
        "true",
        "12",
        "1.0",
        "a: b",
        "- x",
        "#x",
        "O'Brien \"Bob\"",
        "line\nbreak",
        "",
        "sha256:abc",
        "2026-11-22",
        "null",
        "~",
        "x:",
    ] {
        let yaml = format!("v: {}\n", scalar(s));
        let node = crate::yaml::parse(&yaml).unwrap();
        let crate::yaml::Kind::Map(entries) = node.kind else {
            panic!()
        };
        let crate::yaml::Kind::Scalar(got) = &entries[0].value.kind else {
            panic!()
        };
        assert_eq!(got.text, s, "{yaml}");
        assert_eq!(got.resolve(), crate::yaml::Plain::Str, "{yaml}");
    }
}

const NASTY: &str =
    "a\u{2028}b\u{2029}c\u{85}d\u{9b}2Je\u{202e}f\u{200b}g\u{7f}h\u{1b}[31mi\tj\nk\u{feff}";

/// What our reader makes of NASTY: separators are line breaks (node.rs).
fn read_back() -> String {
    NASTY
        .replace(['\u{2028}', '\u{85}'], "\n")
        .replace('\u{2029}', "\n\n")
}

fn raw_unsafe(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| c != '\n' && crate::text::clean::is_unsafe(c))
        .collect()
}

#[test]
fn quoted_text_escapes_what_other_readers_take_for_breaks_or_refuse() {
    let q = quote(NASTY);
    assert_eq!(raw_unsafe(&q), Vec::<char>::new(), "{q}");
    assert!(q.contains("\\u2028") && q.contains("\\u009B") && q.contains("\\u202E"));
    let node = parse(&format!("k: {q}\n")).unwrap();
    let Kind::Map(entries) = node.kind else {
        panic!("not a mapping")
    };
    assert_eq!(
        entries[0].value.kind,
        Kind::Scalar(Scalar {
            text: read_back(),
            plain: false
        })
    );
}

#[test]
fn a_value_with_invisible_characters_is_written_escaped() {
    let mut m = indexmap::IndexMap::new();
    m.insert("title", NASTY);
    m.insert("plain", "text");
    let text = to_string(&m).unwrap();
    assert_eq!(raw_unsafe(&text), Vec::<char>::new(), "{text}");
    let node = parse(&text).unwrap();
    let Kind::Map(entries) = node.kind else {
        panic!("not a mapping")
    };
    assert!(matches!(&entries[0].value.kind, Kind::Scalar(s) if s.text == read_back()));
    // Ordinary text stays ordinary YAML.
    assert_eq!(to_string(&[("a", "b")]).unwrap(), "- - a\n  - b\n");
}
