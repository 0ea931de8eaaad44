//! What an outline is made of: parts (a page each when printed), each a list
//! of blocks. The parts of the report build them ([`super::lead`] and the
//! others); [`super::outline`] puts them in order; the Markdown and HTML
//! renderers draw them.

use super::chart::Chart;
use crate::export::letter::Plain as Letter;
use crate::report::Tone;

/// One piece of a part.
pub enum Block {
    /// Markdown, every untrusted text in it escaped.
    Markdown(String),
    /// The rating: a badge in HTML. `markdown` says the same in words.
    Rating {
        label: Option<String>,
        tone: Tone,
        score: Option<f64>,
        markdown: String,
    },
    /// Scores as bars: a table with Unicode bars in Markdown, SVG in HTML.
    Chart(Chart),
    /// A letter to copy: plain text (a code block in Markdown, paragraphs that
    /// reflow in HTML).
    Letter(Letter),
}

/// A major section of the report: a page of its own when printed.
pub struct Part {
    /// The anchor of the part, for the table of contents.
    pub id: &'static str,
    /// The heading, plain text (fixed words of ours).
    pub title: String,
    /// A short name for a table of contents on a small screen.
    pub short: &'static str,
    pub blocks: Vec<Block>,
    /// Printed on the page of the part before it, not on a new page (a short
    /// appendix after another).
    pub same_page: bool,
}

impl Part {
    pub fn new(id: &'static str, short: &'static str, title: impl Into<String>) -> Part {
        Part {
            id,
            short,
            title: title.into(),
            blocks: Vec::new(),
            same_page: false,
        }
    }

    /// Adds a block of Markdown; an empty one is left out.
    pub fn md(&mut self, block: impl Into<String>) {
        let block = block.into();
        let block = block.trim_end();
        if !block.is_empty() {
            self.blocks.push(Block::Markdown(block.to_owned()));
        }
    }

    pub fn heading(&mut self, level: usize, text: &str) {
        self.md(format!("{} {text}", "#".repeat(level)));
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }
}

pub struct Outline {
    /// The title, plain text (the organisation is untrusted: escape it).
    pub title: String,
    /// What was assessed, for whom, when and by whom: Markdown.
    pub about: String,
    pub parts: Vec<Part>,
}
