//! `report --format csv`: one row per asked question (see [`super::rows`]),
//! RFC 4180 (comma-separated, CRLF line ends, quotes where needed, a header
//! row), UTF-8. Text that a spreadsheet could take for a formula is made
//! inert ([`super::inert`]).

use crate::exchange::inert::csv_cell;
use crate::report::Report;
use crate::report::rows::{Cell, HEADERS, number_text, rows};

pub fn render(r: &Report<'_>) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    w.write_record(HEADERS)?;
    for row in rows(r) {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(t) => csv_cell(t).into_owned(),
                Cell::Number(n) => number_text(*n),
            })
            .collect();
        w.write_record(&cells)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    // Every cell was a `String`, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests;
