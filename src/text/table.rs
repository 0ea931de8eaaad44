//! Tables for the terminal, the same style everywhere.
//!
//! comfy-table breaks a word longer than its column by copying the rest of the
//! word at each break, which is quadratic in the word's length (a 65,000-letter
//! word took over a second). Every cell's text therefore goes through [`line`]
//! which breaks such words into pieces no wider than the table
//! first, in one pass: comfy-table then only ever breaks short pieces.

use std::io::IsTerminal;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ColumnConstraint, ContentArrangement, Table};

use crate::text::terminal::clean_line;

/// The width of a table whose output is not a terminal.
const FILE_WIDTH: u16 = 120;

fn styled(is_terminal: bool) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !is_terminal {
        t.set_width(FILE_WIDTH);
    }
    t
}

/// A table for stdout that wraps to the terminal's width, or to 120 columns when
/// stdout is not a terminal (so that files and tests see stable text).
pub fn new() -> Table {
    styled(std::io::stdout().is_terminal())
}

/// The same, for a table printed on stderr.
pub fn new_for_stderr() -> Table {
    styled(std::io::stderr().is_terminal())
}

/// Keeps column `index` as wide as its content: for ids, which must not wrap.
pub fn no_wrap(table: &mut Table, index: usize) {
    if let Some(column) = table.column_mut(index) {
        column.set_constraint(ColumnConstraint::ContentWidth);
    }
}

/// How wide `table` may be: the width it was given, else the terminal's.
pub fn width(table: &Table) -> usize {
    usize::from(table.width().unwrap_or(FILE_WIDTH)).max(1)
}

/// Untrusted text for one cell of a table `width` wide, on one line: control
/// characters cleaned, and each word wider than the table broken into pieces as
/// wide as the table, so that wrapping the cell stays linear in its length.
pub fn line(width: usize, s: &str) -> String {
    break_words(&clean_line(s), width)
}

/// `s` with a line break inserted in every run of more than `width` characters
/// without white space.
pub fn break_words(s: &str, width: usize) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    for c in s.chars() {
        if c.is_whitespace() {
            run = 0;
        } else {
            if run == width {
                out.push('\n');
                run = 0;
            }
            run += 1;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
