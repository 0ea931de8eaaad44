//! The Markdown report: the outline as Markdown, the primary output. Blocks are
//! joined by one blank line, so headings, lists and tables are always separated
//! as markdownlint expects; charts are tables with Unicode bars, letters are
//! indented code blocks (literal text in every Markdown reader).

use super::chart;
use super::outline::{Block, outline};
use crate::export::{ExportError, Exporter};
use crate::report::Report;
use crate::text::markdown::heading;

/// A letter as an indented code block: each line as it is, four spaces in.
fn letter(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("    {}", crate::text::clean::to_spaces(l).trim_end())
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One block as Markdown.
pub fn block(b: &Block) -> String {
    match b {
        Block::Markdown(md) => md.clone(),
        Block::Rating { markdown, .. } => markdown.clone(),
        Block::Chart(c) => format!("### {}\n\n{}", c.heading, chart::markdown(c)),
        Block::Letter(l) => letter(&l.text(Some(72))),
    }
}

/// The Markdown report.
pub struct Markdown;

impl Exporter<Report<'_>> for Markdown {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(render(r).into_bytes())
    }
}

pub fn render(r: &Report<'_>) -> String {
    let o = outline(r);
    let mut blocks = vec![format!("# {}", heading(&o.title)), o.about];
    for part in &o.parts {
        blocks.push(format!("## {}", part.title));
        blocks.extend(part.blocks.iter().map(block));
    }
    let mut s = blocks.join("\n\n");
    s.push('\n');
    s
}
