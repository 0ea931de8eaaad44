use super::*;

#[test]
fn untrusted_text_cannot_make_markup() {
    assert_eq!(
        inline("<script>alert(1)</script>"),
        "\\<script\\>alert(1)\\</script\\>"
    );
    assert_eq!(
        inline("[x](javascript:alert(1))"),
        "\\[x\\](javascript:alert(1))"
    );
    assert_eq!(inline("a | b"), "a \\| b");
    assert_eq!(
        inline("# big\n- item\n1. one\n> quote"),
        "\\# big \\- item 1\\. one \\> quote"
    );
    assert_eq!(inline("**bold** _it_"), "\\*\\*bold\\*\\* \\_it\\_");
    assert_eq!(
        inline("see https://evil.example"),
        "see https\\://evil.example"
    );
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
    assert_eq!(inline("sam@acme.example"), "sam\\@acme.example");
}

#[test]
fn blocks_keep_lines_but_never_start_a_block() {
    assert_eq!(
        block("one\n\n    code?\n---", "  "),
        "one\n  code?\n  \\---"
    );
}

#[test]
fn authored_markdown_keeps_autolinks_but_not_tags() {
    assert_eq!(
        authored("See <https://ncsc.gov.uk> and <b>this</b>"),
        "See <https://ncsc.gov.uk> and \\<b>this\\</b>"
    );
    assert_eq!(authored("a < b"), "a \\< b");
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
