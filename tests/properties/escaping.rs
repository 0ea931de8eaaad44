//! Escaping round-trips for any string.
//!
//! Markdown: untrusted text escaped with `inline` or `cell` and rendered by
//! pulldown-cmark (with the options of the HTML report) reads back as exactly the
//! original text, modulo the documented normalisation ([`normalise`]), and yields
//! only text: never HTML, a link, an image, emphasis, a heading or a list. `block`
//! does the same line by line inside a list item.
//!
//! YAML: `answers::scalar` and `flow_scalar` read back as the same string.

use assure::text::markdown as escape;
use assure::yaml::{Kind, Node, Plain};
use assure::yaml::{flow_scalar, scalar};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(256)
}

/// Characters that hide or reorder what text says: dropped.
fn invisible(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}' | '\u{FEFF}')
}

/// One line as it should read: invisible characters dropped, control characters
/// (tabs, a lone carriage return, C1 controls) and the Unicode line and
/// paragraph separators as spaces, trimmed.
fn normalise_line(line: &str) -> String {
    line.chars()
        .filter(|c| !invisible(*c) && *c != '\u{2060}')
        .map(|c| {
            if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The documented normalisation of `inline`: each line normalised, blank lines
/// dropped, the rest joined by one space.
fn normalise(s: &str) -> String {
    let lines: Vec<String> = s
        .lines()
        .map(normalise_line)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ")
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// The text of `markdown`, with every event that is not plain text (or one of the
/// structural events in `allowed`) reported as an error.
fn text_only(markdown: &str, allowed: impl Fn(&Event<'_>) -> bool) -> Result<String, String> {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            // Without the word joiners placed to stop GitHub linking bare addresses.
            Event::Text(t) => text.push_str(&t.replace('\u{2060}', "")),
            Event::SoftBreak => text.push('\n'),
            e if allowed(&e) => {}
            e => return Err(format!("{e:?} in {markdown:?}")),
        }
    }
    Ok(text)
}

/// Text that is likely to look like Markdown, HTML or YAML syntax.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ \\t\\n\\r#*_\\[\\]()<>!`~|&$:;/\\\\.=+{},'\"%@?0-9a-zA-Z\u{0}\u{1}\u{7f}\u{85}\u{a0}\u{200b}\u{202e}\u{2028}\u{feff}\u{fffe}-]{0,40}",
        prop::collection::vec(
            prop::sample::select(vec![
                "# ",
                "- ",
                "* ",
                "+ ",
                "1. ",
                "2) ",
                "> ",
                "---",
                "===",
                "    ",
                "\t",
                "\n",
                "\r\n",
                "\r",
                "<b>",
                "</b>",
                "<!--",
                "&amp;",
                "&#60;",
                "[x](http://e)",
                "![i](x.png)",
                "<http://e>",
                "http://e",
                "www.e.com",
                "*a*",
                "_a_",
                "**",
                "~~s~~",
                "`c`",
                "```",
                "| a |",
                "\\",
                "[ ] ",
                "[^1]",
                "$x$",
                "\u{1}",
                "\u{202e}",
                "\u{200b}",
                " ",
                "a",
                "1",
                "\u{a0}",
                ": ",
                " #",
                "'",
                "\"",
                "{",
                "[",
                "yes",
                "~",
                "null",
                "0x1F",
                "1e3",
            ]),
            0..12,
        )
        .prop_map(|parts| parts.concat()),
    ]
}

fn scalar_text(node: &Node) -> Option<(&str, Plain)> {
    match &node.kind {
        Kind::Scalar(s) => Some((&s.text, s.resolve())),
        _ => None,
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn inline_text_renders_as_exactly_its_text(s in hostile()) {
        let escaped = escape::inline(&s);
        prop_assert!(!escaped.contains('\n'));
        let paragraph = |e: &Event<'_>| matches!(e, Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph));
        let text = text_only(&escaped, paragraph).map_err(TestCaseError::fail)?;
        prop_assert_eq!(text, normalise(&s), "escaped as {:?}", escaped);
    }

    #[test]
    fn cells_stay_one_cell_of_text(s in hostile()) {
        let table = format!("| Head |\n| --- |\n| {} |\n", escape::cell(&s));
        let structure = |e: &Event<'_>| matches!(e,
            Event::Start(Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell)
            | Event::End(TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell));
        let text = text_only(&table, structure).map_err(TestCaseError::fail)?;
        let cells = Parser::new_ext(&table, options())
            .filter(|e| matches!(e, Event::Start(Tag::TableCell)))
            .count();
        prop_assert_eq!(cells, 2, "{}", table);
        prop_assert_eq!(text, format!("Head{}", normalise(&s)), "{}", table);
    }

    #[test]
    fn blocks_stay_inside_their_list_item(s in hostile()) {
        let item = format!("- Note: {}\n", escape::block(&s, "  "));
        let list = |e: &Event<'_>| matches!(e,
            Event::Start(Tag::List(None) | Tag::Item) | Event::End(TagEnd::List(false) | TagEnd::Item));
        let text = text_only(&item, list).map_err(TestCaseError::fail)?;
        let lines: Vec<String> = s.lines().map(normalise_line).filter(|l| !l.is_empty()).collect();
        let want = format!("Note: {}", lines.join("\n"));
        prop_assert_eq!(text.trim_end(), want.trim_end(), "{}", item);
    }

    #[test]
    fn yaml_scalars_read_back_as_the_same_string(s in hostile()) {
        for (yaml, flow) in [(format!("v: {}\n", scalar(&s)), false), (format!("v: [{}]\n", flow_scalar(&s)), true)] {
            let node = assure::yaml::parse(&yaml)
                .map_err(|e| TestCaseError::fail(format!("{e:?}\n{yaml}")))?;
            let Kind::Map(entries) = &node.kind else {
                return Err(TestCaseError::fail(yaml));
            };
            let value = match (&entries[0].value.kind, flow) {
                (Kind::Seq(items), true) if items.len() == 1 => &items[0],
                (_, false) => &entries[0].value,
                _ => return Err(TestCaseError::fail(format!("not one item: {yaml}"))),
            };
            // The line and paragraph separators and NEL are read as the line
            // breaks they mean (src/yaml/node.rs).
            let want = s.replace(['\u{2028}', '\u{85}'], "\n").replace('\u{2029}', "\n\n");
            let got = scalar_text(value);
            prop_assert_eq!(got, Some((want.as_str(), Plain::Str)), "{}", yaml);
        }
    }
}
