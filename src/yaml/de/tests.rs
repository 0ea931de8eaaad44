use serde::Deserialize;

use super::*;
use crate::yaml::{Spanned, node::parse};

#[derive(Deserialize, Debug, PartialEq)]
struct Item {
    id: Spanned<String>,
    #[serde(default)]
    weight: Option<u32>,
    #[serde(default)]
    kind: Option<Kind2>,
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(rename_all = "snake_case")]
enum Kind2 {
    YesNo,
    Choice,
}

#[derive(Deserialize, Debug, PartialEq)]
struct Doc {
    title: String,
    #[serde(deserialize_with = "recover_vec")]
    items: Vec<Item>,
}

fn load(text: &str) -> (Option<Doc>, Vec<DeError>) {
    let node = parse(text).unwrap();
    from_node(&node)
}

fn lines(errors: &[DeError]) -> Vec<(u32, u32, String)> {
    errors
        .iter()
        .map(|e| {
            let s = e.span.unwrap();
            (s.start.line, s.start.col, e.message.clone())
        })
        .collect()
}

#[test]
fn a_good_file_loads_with_spans() {
    let (doc, errors) = load("title: T\nitems:\n  - id: a\n    weight: 2\n");
    assert!(errors.is_empty(), "{errors:?}");
    let doc = doc.unwrap();
    assert_eq!(doc.items[0].id.value, "a");
    assert_eq!(doc.items[0].id.span.start.line, 3);
    assert_eq!(doc.items[0].id.key_span.start.col, 5);
    assert_eq!(doc.items[0].id.span.start.col, 9);
}

#[test]
fn every_problem_is_reported_with_its_position() {
    let text = "title: T\ntitel: x\nitems:\n  - id: a\n    wieght: 2\n  - id: b\n    weight: lots\n  - id: c\n    kind: yesno\n  - weight: 1\n";
    let (doc, errors) = load(text);
    assert_eq!(
        lines(&errors),
        vec![
            (2, 1, "unknown key `titel`".to_string()),
            (5, 5, "unknown key `wieght`".to_string()),
            (
                7,
                13,
                "expected a whole number (0 or more), found the text \"lots\"".to_string()
            ),
            (
                9,
                11,
                "`yesno` is not allowed here; use one of `yes_no`, `choice`".to_string()
            ),
            (10, 5, "missing key `id`".to_string()),
        ]
    );
    assert_eq!(errors[0].help.as_deref(), Some("did you mean `title`?"));
    assert_eq!(errors[1].help.as_deref(), Some("did you mean `weight`?"));
    assert_eq!(errors[3].help.as_deref(), Some("did you mean `yes_no`?"));
    // The items that were fine are still there, and the one whose number was
    // wrong, read as 1 (the file does not load: its problem is recorded).
    let items = doc.unwrap().items;
    let ids: Vec<_> = items.iter().map(|i| i.id.value.as_str()).collect();
    assert_eq!(ids, vec!["a", "b"]);
    assert_eq!(items[1].weight, Some(1));
}

#[test]
fn a_misspelt_required_key_is_reported_once() {
    let (_, errors) = load("titel: T\nitems: []\n");
    assert_eq!(
        lines(&errors),
        vec![(1, 1, "unknown key `titel`".to_string())]
    );
}

#[test]
fn wrong_shapes_name_what_was_expected() {
    let (_, errors) = load("title: T\nitems: {}\n");
    assert_eq!(
        lines(&errors),
        vec![(2, 8, "expected a list, found a mapping".to_string())]
    );
    // A wrong type ends the checking of the mapping it is in (serde stops there);
    // unknown keys of that mapping are all reported before it.
    let (_, errors) = load("title: [a, b]\nitems: {}\nextra: 1\n");
    assert_eq!(
        lines(&errors),
        vec![
            (3, 1, "unknown key `extra`".to_string()),
            (1, 8, "expected text, found a list".to_string()),
        ]
    );
    let (_, errors) = load("- a\n");
    assert_eq!(
        errors[0].message,
        "expected a mapping (`key: value` lines), found a list"
    );
}

#[test]
fn yes_for_a_boolean_gets_help() {
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct B {
        critical: bool,
    }
    let node = parse("critical: yes\n").unwrap();
    let (_, errors) = from_node::<B>(&node);
    assert_eq!(
        errors[0].message,
        "expected `true` or `false`, found the text \"yes\""
    );
    assert!(errors[0].help.as_deref().unwrap().contains("write `true`"));
}

#[test]
fn a_wrong_number_does_not_hide_the_problems_after_it() {
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct N {
        weight: u32,
        critical: bool,
        min: i32,
        share: f64,
        title: String,
    }
    let node = parse("weight: -3\ncritical: maybe\nmin: 2.5\nshare: [1]\ntitle: [x]\n").unwrap();
    let (value, errors) = from_node::<N>(&node);
    assert_eq!(
        lines(&errors),
        vec![
            (
                1,
                9,
                "expected a whole number (0 or more), found the number -3".to_string()
            ),
            (
                2,
                11,
                "expected `true` or `false`, found the text \"maybe\"".to_string()
            ),
            (
                3,
                6,
                "expected a whole number, found the number 2.5".to_string()
            ),
            (4, 8, "expected a number, found a list".to_string()),
            (5, 8, "expected text, found a list".to_string()),
        ]
    );
    assert!(value.is_none(), "a list for text still ends the mapping");
    // Numbers that fit are read as they are.
    let node = parse("weight: 0\ncritical: true\nmin: -2\nshare: 3\ntitle: t\n").unwrap();
    let (value, errors) = from_node::<N>(&node);
    assert!(errors.is_empty(), "{errors:?}");
    let n = value.unwrap();
    assert_eq!((n.weight, n.min, n.share), (0, -2, 3.0));
}
