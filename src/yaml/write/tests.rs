use super::*;

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
