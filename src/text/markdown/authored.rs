//! Markdown written by questionnaire authors, made safe to place in a report:
//! it keeps its formatting, but only http(s) and mailto links, no images and no
//! raw HTML, whichever reader renders it (GitHub, CommonMark, Python-Markdown).
//!
//! The text is parsed with pulldown-cmark and edited where it found something to
//! remove: a link to another scheme keeps its text and loses the link, an image
//! becomes its description, every `<` outside code becomes `&lt;` (a
//! backslash does not escape `<` for Python-Markdown), and every `{`, `[` and
//! `]` in text is escaped (Python-Markdown's `attr_list` would read attributes
//! from a brace, and it reads links and images in brackets that CommonMark
//! leaves as text: a space in the address, two titles). Removing markup can make
//! new markup (HTML hid a link; a link inside brackets), so the edit repeats
//! until nothing changes.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// The Markdown extensions GitHub and the HTML report read.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// Whether a link target may stay a link: http(s) and mailto only.
pub fn safe_link(dest: &str) -> bool {
    // Browsers ignore whitespace and control characters inside a scheme.
    let squeezed: String = dest
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| squeezed.starts_with(s))
}

/// `{`, which starts Python-Markdown's attribute lists.
const BRACE: char = '{';

/// How many times the edit may repeat before the text is given up as Markdown.
const PASSES: usize = 8;

/// `s` with links to other schemes, images and raw HTML taken out; `None` if it
/// still changed after [`PASSES`] edits (the caller then escapes it as text).
pub fn sanitise(s: &str) -> Option<String> {
    let mut text = s.to_owned();
    for _ in 0..PASSES {
        let edits = edits(&text);
        if edits.is_empty() {
            return Some(text.trim_end().to_owned());
        }
        text = apply(&text, edits);
    }
    None
}

/// A link or image being read: where it is, and where its content starts and ends.
struct Open {
    range: Range<usize>,
    remove: bool,
    autolink: bool,
    content: Option<Range<usize>>,
}

fn edits(s: &str) -> Vec<(Range<usize>, String)> {
    let parser = Parser::new_ext(s, options());
    let mut edits: Vec<(Range<usize>, String)> = parser
        .reference_definitions()
        .iter()
        .filter(|(_, def)| !safe_link(&def.dest))
        .map(|(_, def)| (def.span.clone(), String::new()))
        .collect();
    let mut open: Vec<Open> = Vec::new();
    let mut in_code = false;
    for (event, range) in parser.into_offset_iter() {
        if let Event::End(TagEnd::Link | TagEnd::Image) = event
            && let Some(o) = open.pop()
        {
            unwrap(s, o, &mut edits);
        }
        for o in &mut open {
            let c = o.content.get_or_insert(range.clone());
            c.start = c.start.min(range.start);
            c.end = c.end.max(range.end);
        }
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => open.push(Open {
                range,
                remove: !safe_link(&dest_url),
                autolink: matches!(link_type, LinkType::Autolink | LinkType::Email),
                content: None,
            }),
            Event::Start(Tag::Image { .. }) => open.push(Open {
                range,
                remove: true,
                autolink: false,
                content: None,
            }),
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Html(_) | Event::InlineHtml(_) => edits.push((range.clone(), lt(&s[range]))),
            Event::Text(_) if !in_code && s[range.clone()].contains(['<', BRACE, '[', ']']) => {
                edits.push(text_edit(s, range));
            }
            _ => {}
        }
    }
    // An edit that changes nothing (an escaped brace kept) is no edit.
    edits.retain(|(r, with)| s.get(r.clone()) != Some(with.as_str()));
    edits.sort_by_key(|(r, _)| r.start);
    edits
}

/// Removes a link or image that may not stay, keeping what it says.
fn unwrap(s: &str, o: Open, edits: &mut Vec<(Range<usize>, String)>) {
    if !o.remove {
        return;
    }
    let whole = o.range;
    match o.content {
        // An autolink's text is its address: kept as text that links nowhere.
        _ if o.autolink => {
            edits.retain(|(r, _)| r.start < whole.start || r.end > whole.end);
            let inside = &s[whole.start + 1..whole.end.saturating_sub(1).max(whole.start + 1)];
            edits.push((whole, super::inline(inside)));
        }
        Some(content) if content.start >= whole.start && content.end <= whole.end => {
            edits.push((whole.start..content.start, String::new()));
            edits.push((content.end..whole.end, String::new()));
        }
        _ => edits.push((whole, String::new())),
    }
}

/// Text that holds `<`, an opening brace or a square bracket: each made inert.
/// A bracket in text is one CommonMark did not read as a link, but
/// Python-Markdown may (`[a](javascript:x y)`, `![a](src 'b' 'c')`): a
/// backslash makes it text for both. A character escaped with a backslash is
/// read as text starting after the backslash: an escaped brace or bracket stays
/// as it is, an escaped `<` loses its backslash (`&lt;` needs none).
fn text_edit(s: &str, range: Range<usize>) -> (Range<usize>, String) {
    let backslashes = s[..range.start]
        .chars()
        .rev()
        .take_while(|c| *c == '\\')
        .count();
    let escaped = backslashes % 2 == 1;
    let text = &s[range.clone()];
    let (start, keep, rest) = match text.chars().next() {
        Some('<') if escaped => (range.start - 1, "", text),
        Some(c @ (BRACE | '[' | ']')) if escaped => {
            (range.start, &text[..c.len_utf8()], &text[1..])
        }
        _ => (range.start, "", text),
    };
    let mut inert = String::with_capacity(rest.len() + 8);
    for c in lt(rest).chars() {
        if matches!(c, BRACE | '[' | ']') {
            inert.push('\\');
        }
        inert.push(c);
    }
    (start..range.end, format!("{keep}{inert}"))
}

fn lt(s: &str) -> String {
    s.replace('<', "&lt;")
}

fn apply(s: &str, edits: Vec<(Range<usize>, String)>) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut at = 0;
    for (range, with) in edits {
        if range.start < at || range.end > s.len() {
            // Overlaps an edit already made: the next pass sees it again.
            continue;
        }
        out.push_str(&s[at..range.start]);
        out.push_str(&with);
        at = range.end;
    }
    out.push_str(&s[at..]);
    out
}
