//! Text for the terminal: Markdown (`help`, `why`, descriptions) turned into plain
//! wrapped lines, and untrusted text made harmless.
//!
//! Help texts are short paragraphs and lists, so only those are laid out with
//! care (lists get "• " or "1. " and a hanging indent); anything fancier is
//! reduced to its words. Wrapping is textwrap's, by display width, so wide
//! characters take their room.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::text::terminal;

/// Untrusted text, safe for a terminal (control characters replaced).
pub fn safe(s: &str) -> String {
    terminal::clean(s).into_owned()
}

/// Untrusted text on one line, at most `width` characters (cut with "…").
pub fn line(s: &str, width: usize) -> String {
    let s = terminal::clean_line(s);
    cut(s.trim(), width).into_owned()
}

/// `s` in at most `max` characters: whole, or cut and ended with "…" (the
/// spaces before it left out). The one way text is shortened.
pub fn cut(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if s.chars().count() <= max {
        return s.into();
    }
    let mut cut: String = s.chars().take(max.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut.into()
}

/// The same, cut at a space in the second half where there is one, and
/// without the punctuation before "…": for a sentence.
pub fn cut_at_word(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':']))
}

/// Word wrap of one paragraph (textwrap's optimal fit, which evens out the
/// lines); `first` starts the first line and `rest` the others (a bullet and
/// its hanging indent).
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    // Break at spaces only, never inside a word nor at its hyphens: a long
    // address or path stays whole.
    let options = textwrap::Options::new(width.max(1))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    textwrap::wrap(
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .as_str(),
        options,
    )
    .into_iter()
    .map(|l| l.trim_end().to_owned())
    .collect()
}

/// Markdown as plain text wrapped to `width`, safe for a terminal.
pub fn markdown(md: &str, width: usize) -> String {
    let mut r = Layout {
        width: width.max(20),
        lines: Vec::new(),
        text: String::new(),
        lists: Vec::new(),
        bullet: None,
        links: Vec::new(),
        in_code: false,
    };
    for event in Parser::new(md) {
        r.event(event);
    }
    r.flush();
    while r.lines.last().is_some_and(|l| l.is_empty()) {
        r.lines.pop();
    }
    safe(&r.lines.join("\n"))
}

struct Layout {
    width: usize,
    lines: Vec<String>,
    /// The words of the block being read.
    text: String,
    /// Open lists: `Some(next number)` for numbered ones.
    lists: Vec<Option<u64>>,
    /// The bullet of the item whose first line is being read.
    bullet: Option<String>,
    links: Vec<String>,
    in_code: bool,
}

impl Layout {
    fn gap(&mut self) {
        if self.lists.is_empty() && self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        if text.trim().is_empty() {
            return;
        }
        let depth = self.lists.len().saturating_sub(1);
        let indent = "  ".repeat(depth);
        let (first, rest) = match self.bullet.take() {
            Some(b) => {
                let hang = " ".repeat(b.chars().count());
                (format!("{indent}{b}"), format!("{indent}{hang}"))
            }
            None if self.lists.is_empty() => (String::new(), String::new()),
            None => (format!("{indent}  "), format!("{indent}  ")),
        };
        if self.in_code {
            for l in text.lines() {
                self.lines.push(format!("{rest}    {l}"));
            }
            return;
        }
        self.lines.extend(wrap(&text, self.width, &first, &rest));
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::BlockQuote(_)) => {
                self.flush();
                self.gap();
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::BlockQuote(_)) => {
                self.flush();
            }
            Event::Start(Tag::CodeBlock(_)) => {
                self.flush();
                self.gap();
                self.in_code = true;
            }
            Event::End(TagEnd::CodeBlock) => {
                self.flush();
                self.in_code = false;
            }
            Event::Start(Tag::List(first)) => {
                self.flush();
                self.gap();
                self.lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                self.flush();
                self.lists.pop();
            }
            Event::Start(Tag::Item) => {
                self.flush();
                let bullet = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let b = format!("{n}. ");
                        *n += 1;
                        b
                    }
                    _ => "• ".to_owned(),
                };
                self.bullet = Some(bullet);
            }
            Event::End(TagEnd::Item) => self.flush(),
            Event::Start(Tag::Link { dest_url, .. }) => self.links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = self.links.pop()
                    && !self.text.trim_end().ends_with(url.as_str())
                {
                    self.text.push_str(&format!(" ({url})"));
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                self.text.push_str(&t);
            }
            Event::SoftBreak => self.text.push(if self.in_code { '\n' } else { ' ' }),
            Event::HardBreak => self.flush(),
            Event::Rule => {
                self.flush();
                self.gap();
                self.lines.push("—".repeat(self.width.min(20)));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;
