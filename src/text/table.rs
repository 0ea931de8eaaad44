//! Tables for the terminal, the same style everywhere.

use std::io::IsTerminal;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ColumnConstraint, ContentArrangement, Table};

fn styled(is_terminal: bool) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !is_terminal {
        t.set_width(120);
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
