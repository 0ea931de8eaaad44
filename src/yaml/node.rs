//! A YAML document as a tree in which every value knows where it came from.
//!
//! serde_yaml has no public source positions, yet every diagnostic must name a line
//! and column, and semantic checks (a duplicate id, a forward `when`) must point at
//! the key that is wrong. So reading goes through saphyr-parser's event stream into
//! this small tree, which also lets us refuse hostile input early: nesting is
//! checked at every opening bracket, aliases are expanded against a budget, and a
//! second document, a tag or a duplicate key stops the parse with its position.

use std::collections::HashMap;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError, Tag};

use crate::source::{Pos, Span};

mod budget;
mod plain;

pub use budget::{MAX_RUN_ALIAS_BYTES, MAX_RUN_ALIAS_NODES};
use budget::{Size, add, charge, refund, size};
pub use plain::{Plain, resolve_plain};

/// Deepest nesting accepted. Real files stay under ten levels.
pub const MAX_DEPTH: usize = 64;
/// Most values that aliases (`*name`) may add to a document, all aliases together.
pub const MAX_ALIAS_NODES: usize = 100_000;
/// Most bytes of text that aliases may add to a document, all aliases together:
/// the size of the largest file accepted, so that a small file cannot grow past
/// what a large one could hold.
pub const MAX_ALIAS_BYTES: usize = 16 * 1024 * 1024;
/// Longest single value (a question text, a note), in bytes.
pub const MAX_SCALAR_BYTES: usize = 64 * 1024;
fn pos(m: Marker) -> Pos {
    Pos {
        line: u32::try_from(m.line()).unwrap_or(u32::MAX),
        col: u32::try_from(m.col() + 1).unwrap_or(u32::MAX),
    }
}

fn span(start: Marker, end: Marker) -> Span {
    Span {
        start: pos(start),
        end: pos(end),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Scalar(Scalar),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scalar {
    pub text: String,
    /// Plain (unquoted) scalars are read with the YAML 1.2 core schema: `null`,
    /// `true`, `12` and `1.5` are not text. Quoted and block scalars are always text.
    pub plain: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Always a scalar: keys that are lists or maps are refused while parsing.
    pub key: Node,
    pub value: Node,
}

impl Entry {
    pub fn key_text(&self) -> &str {
        match &self.key.kind {
            Kind::Scalar(s) => &s.text,
            _ => "",
        }
    }
}

/// Why a file could not be read as YAML.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub message: String,
    pub span: Span,
    pub help: Option<String>,
}

impl ParseError {
    fn new(message: impl Into<String>, span: Span) -> Self {
        ParseError {
            message: message.into(),
            span,
            help: None,
        }
    }

    fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

fn scan_error(e: &ScanError) -> ParseError {
    let info = e.info();
    let at = Span::point(pos(*e.marker()));
    if info == "recursion limit exceeded" {
        return ParseError::new(
            format!("values are nested more than {MAX_DEPTH} levels deep here"),
            at,
        );
    }
    if info == "simple key expect ':'" {
        return ParseError::new(
            "this is not valid YAML: a key must be followed by `:` on the same line",
            at,
        )
        .help(
            "keys are limited to 1024 characters; long text belongs in a value, such as `text: …`",
        );
    }
    let mut err = ParseError::new(format!("this is not valid YAML: {info}"), at);
    if info.contains("tabs ") || info.contains("a tab") || info.contains("tab cannot") {
        err = err.help("YAML indentation must use spaces; replace the tab characters with spaces");
    } else if info.contains("unprintable") {
        err = err.help("the file holds a control character here (such as a NUL byte); remove it");
    } else if info.contains("mapping values are not allowed") {
        err = err.help(
            "a value that contains `: ` must be quoted, for example text: \"Note: read this\"",
        );
    }
    err
}

enum Frame {
    Seq {
        start: Marker,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        start: Marker,
        anchor: usize,
        entries: Vec<Entry>,
        key: Option<Node>,
        seen: HashMap<String, Span>,
    },
}

struct Builder {
    stack: Vec<Frame>,
    anchors: HashMap<usize, (Node, Size)>,
    /// What aliases have added so far.
    aliased: Size,
    root: Option<Node>,
}

impl Builder {
    fn finish_node(&mut self, node: Node, anchor: usize) -> Result<(), ParseError> {
        if anchor != 0 {
            let size = size(&node);
            self.anchors.insert(anchor, (node.clone(), size));
        }
        self.push(node)
    }

    fn push(&mut self, node: Node) -> Result<(), ParseError> {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries, key, seen, ..
            }) => match key.take() {
                Some(k) => entries.push(Entry {
                    key: k,
                    value: node,
                }),
                None => {
                    let Kind::Scalar(s) = &node.kind else {
                        return Err(ParseError::new(
                            "a key must be plain text, not a list or a mapping",
                            node.span,
                        ));
                    };
                    if let Some(first) = seen.get(&s.text) {
                        return Err(ParseError::new(
                            format!(
                                "the key `{}` appears twice in this mapping (first on line {})",
                                s.text, first.start.line
                            ),
                            node.span,
                        )
                        .help("remove one of them; YAML keeps only one value per key"));
                    }
                    seen.insert(s.text.clone(), node.span);
                    *key = Some(node);
                }
            },
        }
        Ok(())
    }
}

fn check_tag(tag: Option<&Tag>, at: Span) -> Result<bool, ParseError> {
    let Some(tag) = tag else { return Ok(false) };
    if tag.is_yaml_core_schema() {
        match tag.suffix.as_str() {
            "str" => return Ok(true),
            "map" | "seq" | "int" | "float" | "bool" | "null" => return Ok(false),
            _ => {}
        }
    }
    let shown = if tag.is_yaml_core_schema() {
        format!("!!{}", tag.suffix)
    } else if tag.handle == "!" {
        format!("!{}", tag.suffix)
    } else {
        format!("{}{}", tag.handle, tag.suffix)
    };
    Err(
        ParseError::new(format!("YAML tags such as `{shown}` are not supported"), at)
            .help("remove the tag; write the value as plain text"),
    )
}

/// The Unicode line and paragraph separators and NEL as the line breaks they
/// mean: YAML 1.1 readers (and YAML writers) take them for line breaks, YAML 1.2
/// for ordinary characters, so a text holding them would not read back the same
/// after it is written out (`assure trim`).
fn line_breaks(text: String) -> String {
    if !text.contains(['\u{2028}', '\u{2029}', '\u{85}']) {
        return text;
    }
    text.replace(['\u{2028}', '\u{85}'], "\n")
        .replace('\u{2029}', "\n\n")
}

/// A tab right after the colon of a plain key at the start of a line
/// (`key:<TAB>value`), which YAML 1.2 allows and saphyr-parser refuses, as a
/// space: one character for one, so every position stays where it was.
fn tabs_after_keys(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(":\t") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_start_matches([' ', '-']);
        let key_end = body
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.')))
            .unwrap_or(body.len());
        let at = line.len() - body.len() + key_end;
        if key_end > 0 && line[at..].starts_with(":\t") {
            out.push_str(&line[..=at]);
            let rest = &line[at + 1..];
            let tabs = rest.len() - rest.trim_start_matches('\t').len();
            out.push_str(&" ".repeat(tabs));
            out.push_str(&rest[tabs..]);
        } else {
            out.push_str(line);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Parses one YAML document. `text` must already be free of a byte-order mark.
pub fn parse(text: &str) -> Result<Node, ParseError> {
    let mut b = Builder {
        stack: Vec::new(),
        anchors: HashMap::new(),
        aliased: Size::default(),
        root: None,
    };
    let parsed = build(text, &mut b);
    if parsed.is_err() {
        refund(b.aliased);
    }
    parsed
}

/// [`parse`] into `b`, whose `aliased` says afterwards what aliases added (to
/// give back to the run's budget if the file is refused).
fn build(text: &str, b: &mut Builder) -> Result<Node, ParseError> {
    let text = tabs_after_keys(text);
    let mut parser = Parser::new_from_str(&text);
    let mut documents = 0;
    let mut last = Marker::new(0, 1, 0);
    while let Some(next) = parser.next_event() {
        let (event, sp) = next.map_err(|e| scan_error(&e))?;
        last = sp.end;
        let here = span(sp.start, sp.end);
        match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(ParseError::new(
                        "this file holds more than one YAML document (a second `---`)",
                        here,
                    )
                    .help("keep one questionnaire, profile or answers file per file"));
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                let forced_text = check_tag(tag.as_deref(), here)?;
                b.scalar(
                    value.into_owned(),
                    style == ScalarStyle::Plain && !forced_text,
                    anchor,
                    here,
                )?;
            }
            Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                check_tag(tag.as_deref(), here)?;
                b.open(
                    matches!(event, Event::SequenceStart(..)),
                    anchor,
                    sp.start,
                    here,
                )?;
            }
            Event::SequenceEnd | Event::MappingEnd => b.close(sp.end, here)?,
            Event::Alias(id) => b.alias(id, here)?,
        }
    }
    b.root.take().ok_or_else(|| {
        ParseError::new("the file is empty", Span::point(pos(last)))
            .help("a questionnaire starts with `id:`, `title:`, `version:` and `sections:`")
    })
}

impl Builder {
    fn scalar(
        &mut self,
        text: String,
        plain: bool,
        anchor: usize,
        here: Span,
    ) -> Result<(), ParseError> {
        if text.len() > MAX_SCALAR_BYTES {
            return Err(ParseError::new(
                format!(
                    "this value is {} bytes long; the limit is {} KiB",
                    text.len(),
                    MAX_SCALAR_BYTES / 1024
                ),
                here,
            ));
        }
        let node = Node {
            span: here,
            kind: Kind::Scalar(Scalar {
                text: line_breaks(text),
                plain,
            }),
        };
        self.finish_node(node, anchor)
    }

    /// A list or mapping starts.
    fn open(
        &mut self,
        seq: bool,
        anchor: usize,
        start: Marker,
        here: Span,
    ) -> Result<(), ParseError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(ParseError::new(
                format!("values are nested more than {MAX_DEPTH} levels deep here"),
                here,
            ));
        }
        self.stack.push(if seq {
            Frame::Seq {
                start,
                anchor,
                items: Vec::new(),
            }
        } else {
            Frame::Map {
                start,
                anchor,
                entries: Vec::new(),
                key: None,
                seen: HashMap::new(),
            }
        });
        Ok(())
    }

    /// The innermost list or mapping ends.
    fn close(&mut self, end: Marker, here: Span) -> Result<(), ParseError> {
        let (node, anchor) = match self.stack.pop() {
            Some(Frame::Seq {
                start,
                anchor,
                items,
            }) => (
                Node {
                    span: span(start, end),
                    kind: Kind::Seq(items),
                },
                anchor,
            ),
            Some(Frame::Map {
                start,
                anchor,
                entries,
                ..
            }) => (
                Node {
                    span: span(start, end),
                    kind: Kind::Map(entries),
                },
                anchor,
            ),
            None => return Err(ParseError::new("unbalanced YAML structure", here)),
        };
        self.finish_node(node, anchor)
    }

    /// `*name`: a copy of the anchored value, within the budget of aliases.
    fn alias(&mut self, id: usize, here: Span) -> Result<(), ParseError> {
        let Some((node, size)) = self.anchors.get(&id) else {
            return Err(ParseError::new(
                "this alias refers to an unknown anchor",
                here,
            ));
        };
        self.aliased = add(self.aliased, *size);
        let (run_nodes, run_bytes) = charge(*size);
        let mib = |b: usize| b / (1024 * 1024);
        let over = if self.aliased.nodes > MAX_ALIAS_NODES {
            Some(format!(
                "in this file expand to more than {MAX_ALIAS_NODES} values"
            ))
        } else if self.aliased.bytes > MAX_ALIAS_BYTES {
            Some(format!(
                "in this file expand to more than {} MiB of text",
                mib(MAX_ALIAS_BYTES)
            ))
        } else if run_nodes > MAX_RUN_ALIAS_NODES {
            Some(format!(
                "in the files read so far expand to more than {MAX_RUN_ALIAS_NODES} values in all"
            ))
        } else if run_bytes > MAX_RUN_ALIAS_BYTES {
            Some(format!(
                "in the files read so far expand to more than {} MiB of text in all",
                mib(MAX_RUN_ALIAS_BYTES)
            ))
        } else {
            None
        };
        if let Some(over) = over {
            return Err(ParseError::new(format!("aliases (`*name`) {over}"), here)
                .help("this looks like an alias bomb; write the values out instead"));
        }
        let mut copy = node.clone();
        copy.span = here;
        self.push(copy)
    }
}

#[cfg(test)]
mod tests;
