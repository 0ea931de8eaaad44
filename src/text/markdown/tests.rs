use super::*;

#[test]
fn untrusted_text_cannot_make_markup() {
    assert_eq!(
        inline("<script>alert(1)</script>"),
        "&lt;script&gt;alert(1)&lt;/script&gt;"
    );
    assert_eq!(
        inline("[x](javascript:alert(1))"),
        "\\[x\\](javascript:alert(1))"
    );
    assert_eq!(inline("a | b"), "a \\| b");
    assert_eq!(
        inline("# big\n- item\n1. one\n> quote"),
        "\\# big \\- item 1\\. one &gt; quote"
    );
    assert_eq!(inline("**bold** _it_"), "\\*\\*bold\\*\\* \\_it\\_");
    assert_eq!(inline("a\u{1b}[31mb"), "a \\[31mb");
    assert_eq!(inline("gnp\u{202e}exe"), "gnpexe");
}

/// Found by the property tests: characters removed or replaced after trimming
/// left a space at the end of a line, or hid line-start syntax.
#[test]
fn cleaning_happens_before_trimming() {
    assert_eq!(inline("A\u{0}\n0"), "A 0");
    assert_eq!(inline("\u{200b}# big"), "\\# big");
    assert_eq!(inline("\u{1}- item"), "\\- item");
    assert_eq!(block("x\t\n\u{feff}1. one", "  "), "x\n  1\\. one");
}

#[test]
fn ordinary_text_stays_readable() {
    assert_eq!(
        inline("Acme Ltd, 12 staff (2026-11-22)"),
        "Acme Ltd, 12 staff (2026-11-22)"
    );
    assert_eq!(inline("3.5 hours"), "3.5 hours");
    assert_eq!(inline("Bakery & Café"), "Bakery & Café");
}

#[test]
fn blocks_keep_lines_but_never_start_a_block() {
    assert_eq!(
        block("one\n\n    code?\n---", "  "),
        "one\n  code?\n  \\---"
    );
}

/// Python-Markdown does not take a backslash before `<`, `&`, `~`, `$` or `=`:
/// `\\<img onerror>` is a live element there. Entities work for every reader.
#[test]
fn what_python_markdown_cannot_escape_becomes_an_entity() {
    assert_eq!(
        inline("<img src=x onerror=alert(1)>"),
        "&lt;img src=x onerror=alert(1)&gt;"
    );
    assert_eq!(inline("&lt;b&gt; R&D"), "&amp;lt;b&amp;gt; R&amp;D");
    assert_eq!(inline("~~x~~ $5"), "&#126;&#126;x&#126;&#126; &#36;5");
    assert_eq!(block("x\n===", "  "), "x\n  &#61;==");
    assert_eq!(
        inline("x {: onclick=alert(1) }"),
        "x \\{: onclick=alert(1) \\}"
    );
}

/// GitHub links bare `www.`, `http(s)://` and email addresses even when escaped
/// with backslashes; an invisible word joiner inside each stops it.
#[test]
fn bare_addresses_do_not_become_links() {
    assert_eq!(
        inline("pay at www.evil.example/pay or WWW.EVIL.EXAMPLE"),
        "pay at www&#8288;.evil.example/pay or WWW&#8288;.EVIL.EXAMPLE"
    );
    assert_eq!(
        inline("see https://evil.example"),
        "see https:&#8288;//evil.example"
    );
    assert_eq!(
        inline("billing@evil.example, mailto:x@evil.example"),
        "billing@&#8288;evil.example, mailto:x@&#8288;evil.example"
    );
}

#[test]
fn authored_markdown_keeps_web_links_but_not_tags() {
    assert_eq!(
        authored("See <https://ncsc.gov.uk> and [the guide](https://x.example/g) and <b>this</b>"),
        "See <https://ncsc.gov.uk> and [the guide](https://x.example/g) and &lt;b>this&lt;/b>"
    );
    assert_eq!(authored("a < b"), "a &lt; b");
    assert_eq!(
        authored("Mail [us](mailto:a@b.example)."),
        "Mail [us](mailto:a@b.example)."
    );
}

#[test]
fn authored_links_to_other_schemes_keep_only_their_text() {
    assert_eq!(authored("[click](javascript:alert(1)) now"), "click now");
    assert_eq!(authored("[*click*](data:text/html,x)"), "*click*");
    assert_eq!(authored("<javascript:alert(1)>"), "javascript:alert(1)");
    assert_eq!(authored("[t][r]\n\n[r]: javascript:alert(1)"), "t");
    // The outer brackets are text to CommonMark: escaped, so that no reader
    // makes a link of them once the inner link is gone.
    assert_eq!(
        authored("[[x](javascript:a)](javascript:b)"),
        "\\[x\\](javascript:b)"
    );
}

/// Links and images Python-Markdown reads where CommonMark sees text: their
/// brackets are escaped for both; escaped ones stay as they are.
#[test]
fn brackets_commonmark_leaves_as_text_are_escaped_for_python_markdown() {
    for (md, want) in [
        (
            "[click here](javascript:alert(document.domain)//x y)",
            "\\[click here\\](javascript:alert(document.domain)//x y)",
        ),
        (
            "![a](http://127.0.0.1:8765/p1.png 'a' 'b')",
            "!\\[a\\](http://127.0.0.1:8765/p1.png 'a' 'b')",
        ),
        ("see \\[1\\] and [2]", "see \\[1\\] and \\[2\\]"),
        ("[ok](https://example.com)", "[ok](https://example.com)"),
    ] {
        assert_eq!(authored(md), want, "{md}");
    }
}

#[test]
fn authored_images_become_their_description() {
    assert_eq!(
        authored("![a chart](https://evil.example/track.png) here"),
        "a chart here"
    );
    assert_eq!(authored("![](https://evil.example/t.png)"), "");
}

#[test]
fn authored_html_becomes_text_and_what_it_hid_is_checked_too() {
    assert_eq!(
        authored("<!--\n[x](javascript:alert(1))\n-->"),
        "&lt;!--\nx\n-->"
    );
    assert_eq!(
        authored("<script>alert(1)</script>"),
        "&lt;script>alert(1)&lt;/script>"
    );
    // An escaped `<` and an escaped backslash before one.
    assert_eq!(authored("\\<b> and \\\\<i>"), "&lt;b> and \\\\&lt;i>");
    assert_eq!(
        authored("x {: onclick=y } \\{z}"),
        "x \\{: onclick=y } \\{z}"
    );
}

#[test]
fn authored_code_is_left_as_written() {
    assert_eq!(authored("Type `<Enter>`."), "Type `<Enter>`.");
    assert_eq!(authored("```\n<b>\n```"), "```\n<b>\n```");
}

#[test]
fn lists_and_paragraphs_are_set_apart() {
    let text = "Intro:\n- one\n- two\n  more of two\nAfter.\n\n1. a\n2. b\nEnd.";
    assert_eq!(
        authored(text),
        "Intro:\n\n- one\n- two\n  more of two\n\nAfter.\n\n1. a\n2. b\n\nEnd."
    );
    assert_eq!(
        authored("A sentence - with a dash.\nNext line."),
        "A sentence - with a dash.\nNext line."
    );
    assert_eq!(authored("Costs 2. Not a list."), "Costs 2. Not a list.");
}

#[test]
fn headings_lose_trailing_punctuation() {
    assert_eq!(heading("Acme Ltd."), "Acme Ltd");
}

#[test]
fn code_spans_hold_backticks() {
    assert_eq!(code("mfa"), "`mfa`");
    assert_eq!(code("a`b"), "``a`b``");
}
