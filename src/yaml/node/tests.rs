use super::*;

fn scalar_at<'a>(node: &'a Node, key: &str) -> &'a Node {
    let Kind::Map(entries) = &node.kind else {
        panic!("not a map")
    };
    &entries
        .iter()
        .find(|e| e.key_text() == key)
        .expect("key")
        .value
}

#[test]
fn positions_are_one_based_lines_and_columns() {
    let root = parse("a: 1\nbb:\n  c: hello\n").unwrap();
    let c = scalar_at(scalar_at(&root, "bb"), "c");
    assert_eq!(c.span.start, Pos { line: 3, col: 6 });
    assert_eq!(
        c.kind,
        Kind::Scalar(Scalar {
            text: "hello".into(),
            plain: true
        })
    );
}

#[test]
fn crlf_line_endings_count_lines_the_same() {
    let root = parse("a: 1\r\nb: x\r\n").unwrap();
    assert_eq!(scalar_at(&root, "b").span.start, Pos { line: 2, col: 4 });
}

#[test]
fn core_schema_plain_scalars() {
    assert_eq!(resolve_plain("~"), Plain::Null);
    assert_eq!(resolve_plain(""), Plain::Null);
    assert_eq!(resolve_plain("true"), Plain::Bool(true));
    assert_eq!(resolve_plain("yes"), Plain::Str);
    assert_eq!(resolve_plain("12"), Plain::Int(12));
    assert_eq!(resolve_plain("-3"), Plain::Int(-3));
    assert_eq!(resolve_plain("0x1F"), Plain::Int(31));
    assert_eq!(resolve_plain("1.5"), Plain::Float(1.5));
    assert_eq!(resolve_plain("1e3"), Plain::Float(1000.0));
    assert_eq!(resolve_plain("6.3"), Plain::Float(6.3));
    assert_eq!(resolve_plain("1.0.0"), Plain::Str);
    assert_eq!(resolve_plain("e5"), Plain::Str);
    assert_eq!(resolve_plain("PR.AA-03"), Plain::Str);
}

#[test]
fn duplicate_keys_are_refused_at_the_second_key() {
    let e = parse("id: a\ntitle: x\nid: b\n").unwrap_err();
    assert_eq!(e.span.start, Pos { line: 3, col: 1 });
    assert!(e.message.contains("`id` appears twice"), "{}", e.message);
}

#[test]
fn tags_other_than_core_are_refused() {
    let e = parse("a: !!binary aGVsbG8=\n").unwrap_err();
    assert!(e.message.contains("`!!binary`"), "{}", e.message);
    let e = parse("a: !custom x\n").unwrap_err();
    assert!(e.message.contains("`!custom`"), "{}", e.message);
    let ok = parse("a: !!str 12\n").unwrap();
    assert_eq!(
        scalar_at(&ok, "a").kind,
        Kind::Scalar(Scalar {
            text: "12".into(),
            plain: false
        })
    );
}

#[test]
fn aliases_expand_within_budget_and_bombs_are_refused() {
    let ok = parse("a: &x [1, 2]\nb: *x\n").unwrap();
    assert!(matches!(scalar_at(&ok, "b").kind, Kind::Seq(ref v) if v.len() == 2));
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        bomb.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let e = parse(&bomb).unwrap_err();
    assert!(e.message.contains("expand to more than"), "{}", e.message);
}

#[test]
fn deep_nesting_is_refused_early() {
    let text = "[".repeat(1 << 20);
    let e = parse(&text).unwrap_err();
    assert!(e.message.contains("nested more than"), "{}", e.message);
    assert_eq!(e.span.start.line, 1);
}

#[test]
fn empty_and_multi_document_files() {
    assert_eq!(parse("").unwrap_err().message, "the file is empty");
    assert_eq!(
        parse("# only a comment\n").unwrap_err().message,
        "the file is empty"
    );
    let e = parse("a: 1\n---\nb: 2\n").unwrap_err();
    assert_eq!(e.span.start.line, 2);
}

#[test]
fn tabs_get_a_help_line() {
    let e = parse("a:\n\tb: 1\n").unwrap_err();
    assert!(e.help.is_some(), "{e:?}");
}

#[test]
fn a_tab_after_a_key_is_white_space_as_yaml_1_2_says() {
    let root = parse("title:\tT\nlist:\n  - id:\t\tx\nquoted: \"a:\tb\"\n").unwrap();
    let Kind::Scalar(t) = &scalar_at(&root, "title").kind else {
        panic!()
    };
    assert_eq!(t.text, "T");
    assert_eq!(
        scalar_at(&root, "title").span.start,
        Pos { line: 1, col: 8 }
    );
    let Kind::Scalar(q) = &scalar_at(&root, "quoted").kind else {
        panic!()
    };
    assert_eq!(q.text, "a:\tb", "a tab inside a quoted value stays");
}

#[test]
fn line_and_paragraph_separators_are_line_breaks() {
    let root = parse("a: \"one\u{2028}two\u{2029}three\u{85}four\"\n").unwrap();
    let Kind::Scalar(s) = &scalar_at(&root, "a").kind else {
        panic!()
    };
    assert_eq!(s.text, "one\ntwo\n\nthree\nfour");
}
