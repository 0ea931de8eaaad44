//! Writing answers into a customer's CSV file: every record not written keeps
//! its bytes (quotes, separators and line endings as they were); a record
//! written is made again with the file's separator, padded with empty fields
//! up to the column written. Text that a spreadsheet program would take for a
//! formula gets a leading apostrophe.

use std::collections::BTreeMap;

use super::{Edit, PatchError};
use crate::exchange::inert;

/// A record of the file: where it starts and ends (byte offsets), and its
/// fields.
pub struct Record {
    pub start: usize,
    pub end: usize,
    pub fields: Vec<String>,
}

/// Every record of `text`, by record number from 0, as the reader that found
/// the questions counts them.
pub fn records(text: &str, delimiter: u8) -> Vec<Record> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    let mut record = csv::ByteRecord::new();
    let offset = |p: u64| usize::try_from(p).unwrap_or(text.len()).min(text.len());
    while let Ok(true) = reader.read_byte_record(&mut record) {
        // The reader counts a record from the end of the one before, so the
        // rest of a line ending ("\n" of "\r\n") may come first.
        let start = record.position().map_or(0, |p| offset(p.byte()));
        let start = start
            + text[start..]
                .bytes()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
        let end = offset(reader.position().byte()).max(start);
        let fields = record
            .iter()
            .map(|f| String::from_utf8_lossy(f).into_owned())
            .collect();
        out.push(Record { start, end, fields });
    }
    out
}

fn line_end(raw: &str) -> &str {
    if raw.ends_with("\r\n") {
        "\r\n"
    } else if raw.ends_with('\n') {
        "\n"
    } else if raw.ends_with('\r') {
        "\r"
    } else {
        ""
    }
}

/// `text` with `edits` written (rows are record numbers).
pub fn patch(text: &str, delimiter: u8, edits: &[Edit]) -> Result<String, PatchError> {
    let spans = records(text, delimiter);
    let mut by_row: BTreeMap<u32, BTreeMap<u32, &str>> = BTreeMap::new();
    for e in edits {
        by_row.entry(e.row).or_default().insert(e.col, &e.text);
    }
    let mut out = String::with_capacity(text.len() + edits.len() * 16);
    let mut pos = 0;
    for (&row, cols) in &by_row {
        let Some(rec) = usize::try_from(row).ok().and_then(|r| spans.get(r)) else {
            return Err(PatchError::NoRecord(u64::from(row) + 1));
        };
        let (start, end) = (rec.start, rec.end);
        let raw = &text[start..end];
        let mut fields = rec.fields.clone();
        for (&c, t) in cols {
            let c = usize::try_from(c).unwrap_or(usize::MAX);
            if c >= 16_384 {
                return Err(PatchError::ColumnTooFar);
            }
            if fields.len() <= c {
                fields.resize(c + 1, String::new());
            }
            fields[c] = inert::csv_cell(t).into_owned();
        }
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        w.write_record(&fields)?;
        let made = w
            .into_inner()
            .map_err(|e| PatchError::Copy(e.error().to_string()))?;
        let made = String::from_utf8_lossy(&made);
        out.push_str(&text[pos..start]);
        out.push_str(made.trim_end_matches('\n'));
        out.push_str(line_end(raw));
        pos = end;
    }
    out.push_str(&text[pos..]);
    Ok(out)
}
