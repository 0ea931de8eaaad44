//! Writing values into one worksheet's XML without touching anything else:
//! the XML is read only to find where each row and cell starts and ends, and
//! the new file is the old bytes with the changed cells spliced in. Styles,
//! merged cells, drop-downs, conditional formats, protection, widths and panes
//! live outside the cells written, so they stay byte for byte.

use std::collections::BTreeMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

/// Why a worksheet's XML could not be written into.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    #[error("its XML cannot be read: {0}")]
    Xml(#[from] quick_xml::Error),
    #[error("it has no sheetData element")]
    NoSheetData,
}

/// A value to write: the cell (row and column from 0) and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub row: u32,
    pub col: u32,
    pub text: String,
}

/// Where a cell is in the XML, and its style.
struct CellAt {
    start: usize,
    end: usize,
    style: Option<String>,
}

/// Where a row is in the XML.
struct RowAt {
    start: usize,
    /// The end of its start tag (or of the whole `<row/>` when empty).
    open_end: usize,
    /// The start of `</row>`, or `None` for `<row …/>`.
    close: Option<usize>,
    style: Option<String>,
    cells: BTreeMap<u32, CellAt>,
}

#[derive(Default)]
struct Layout {
    rows: BTreeMap<u32, RowAt>,
    /// `<sheetData>`'s content ends here (the start of `</sheetData>`); for
    /// `<sheetData/>`, the tag's range.
    data_end: Option<usize>,
    empty_data: Option<(usize, usize)>,
    /// Styles of whole columns (from `<cols>`), by column.
    col_styles: Vec<(u32, u32, String)>,
}

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref().as_bytes() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// A cell reference's column and row (from 0): `AB12` → (27, 11).
pub fn parse_ref(r: &str) -> Option<(u32, u32)> {
    let letters = r.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let col = r[..letters]
        .to_ascii_uppercase()
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A') + 1)
        .checked_sub(1)?;
    let row = r[letters..].parse::<u32>().ok()?.checked_sub(1)?;
    Some((col, row))
}

fn column_letters(col: u32) -> String {
    crate::source::cell::column_name(col)
}

fn usize_of(p: u64) -> usize {
    usize::try_from(p).unwrap_or(usize::MAX)
}

/// The walk through a sheet's XML: what has been found, and where it is.
#[derive(Default)]
struct Walk {
    l: Layout,
    row: Option<(u32, RowAt)>,
    next_row: u32,
    next_col: u32,
    cell: Option<(u32, usize, Option<String>)>,
}

impl Walk {
    /// An element opens (or is empty) between `before` and `after`.
    fn open(&mut self, e: &BytesStart<'_>, empty: bool, before: usize, after: usize) {
        match e.local_name().as_ref().as_bytes() {
            b"col" => {
                let n = |k: &[u8]| attr(e, k).and_then(|v| v.parse::<u32>().ok());
                if let (Some(min), Some(max), Some(s)) = (n(b"min"), n(b"max"), attr(e, b"style")) {
                    self.l
                        .col_styles
                        .push((min.saturating_sub(1), max.saturating_sub(1), s));
                }
            }
            b"sheetData" if empty => self.l.empty_data = Some((before, after)),
            b"row" => {
                let r = attr(e, b"r")
                    .and_then(|v| v.parse::<u32>().ok())
                    .map_or(self.next_row, |r| r.saturating_sub(1));
                (self.next_row, self.next_col) = (r + 1, 0);
                let custom = attr(e, b"customFormat").is_some_and(|v| v == "1" || v == "true");
                let style = attr(e, b"s").filter(|_| custom);
                let at = RowAt {
                    start: before,
                    open_end: after,
                    close: None,
                    style,
                    cells: BTreeMap::new(),
                };
                if empty {
                    self.l.rows.insert(r, at);
                } else {
                    self.row = Some((r, at));
                }
            }
            b"c" => {
                let col = attr(e, b"r")
                    .and_then(|v| parse_ref(&v).map(|(c, _)| c))
                    .unwrap_or(self.next_col);
                self.next_col = col + 1;
                let style = attr(e, b"s");
                if let Some((_, at)) = self.row.as_mut() {
                    if empty {
                        at.cells.insert(
                            col,
                            CellAt {
                                start: before,
                                end: after,
                                style,
                            },
                        );
                    } else {
                        self.cell = Some((col, before, style));
                    }
                }
            }
            _ => {}
        }
    }

    /// An element closes between `before` and `after`.
    fn close(&mut self, name: &[u8], before: usize, after: usize) {
        match name {
            b"sheetData" => self.l.data_end = Some(before),
            b"row" => {
                if let Some((r, mut at)) = self.row.take() {
                    at.close = Some(before);
                    self.l.rows.insert(r, at);
                }
            }
            b"c" => {
                if let (Some((col, start, style)), Some((_, at))) =
                    (self.cell.take(), self.row.as_mut())
                {
                    at.cells.insert(
                        col,
                        CellAt {
                            start,
                            end: after,
                            style,
                        },
                    );
                }
            }
            _ => {}
        }
    }
}

/// Reads where the rows and cells of `xml` are.
fn layout(xml: &[u8]) -> Result<Layout, SheetError> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut w = Walk::default();
    loop {
        let before = usize_of(reader.buffer_position());
        let event = reader.read_event()?;
        let after = usize_of(reader.buffer_position());
        match &event {
            Event::Start(e) => w.open(e, false, before, after),
            Event::Empty(e) => w.open(e, true, before, after),
            Event::End(e) => w.close(e.local_name().as_ref().as_bytes(), before, after),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(w.l)
}

/// Text as XML character data: escaped, and without the characters XML 1.0
/// cannot hold.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' => out.push(c),
            '\r' => {}
            c if (c as u32) < 0x20 || matches!(c as u32, 0xFFFE | 0xFFFF) => {}
            c => out.push(c),
        }
    }
    out
}

/// A cell holding `text` as an inline string: text, never a formula.
fn cell_xml(row: u32, col: u32, style: Option<&str>, text: &str) -> String {
    let s = style.map_or_else(String::new, |s| format!(" s=\"{}\"", escape(s)));
    format!(
        "<c r=\"{}{}\"{s} t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
        column_letters(col),
        row + 1,
        escape(text)
    )
}

impl Layout {
    fn col_style(&self, col: u32) -> Option<&str> {
        self.col_styles
            .iter()
            .find(|(min, max, _)| (*min..=*max).contains(&col))
            .map(|(_, _, s)| s.as_str())
    }
}

/// `xml` with each edit written. Edits of one cell: the last wins.
pub fn patch(xml: &[u8], edits: &[Edit]) -> Result<Vec<u8>, SheetError> {
    let l = layout(xml)?;
    let mut by_row: BTreeMap<u32, BTreeMap<u32, &str>> = BTreeMap::new();
    for e in edits {
        by_row.entry(e.row).or_default().insert(e.col, &e.text);
    }
    // (offset, bytes to skip, text to put there), in order.
    let mut splices: Vec<(usize, usize, String)> = Vec::new();
    for (&r, cols) in &by_row {
        match l.rows.get(&r) {
            Some(at) => splice_row(&l, at, r, cols, xml, &mut splices),
            None => {
                let cells: String = cols
                    .iter()
                    .map(|(&c, t)| cell_xml(r, c, l.col_style(c), t))
                    .collect();
                let new = format!("<row r=\"{}\">{cells}</row>", r + 1);
                let at = l
                    .rows
                    .range(r..)
                    .next()
                    .map(|(_, x)| x.start)
                    .or(l.data_end);
                match (at, l.empty_data) {
                    (Some(at), _) => splices.push((at, 0, new)),
                    (None, Some((s, e))) => {
                        splices.push((s, e - s, format!("<sheetData>{new}</sheetData>")))
                    }
                    (None, None) => return Err(SheetError::NoSheetData),
                }
            }
        }
    }
    splices.sort_by_key(|s| s.0);
    let mut out = Vec::with_capacity(xml.len() + splices.len() * 96);
    let mut pos = 0;
    for (at, skip, text) in splices {
        out.extend_from_slice(&xml[pos..at]);
        out.extend_from_slice(text.as_bytes());
        pos = at + skip;
    }
    out.extend_from_slice(&xml[pos..]);
    Ok(out)
}

fn splice_row(
    l: &Layout,
    at: &RowAt,
    r: u32,
    cols: &BTreeMap<u32, &str>,
    xml: &[u8],
    splices: &mut Vec<(usize, usize, String)>,
) {
    let style = |c: u32| at.style.as_deref().or_else(|| l.col_style(c));
    let Some(close) = at.close else {
        // `<row …/>`: opened, the cells put in, and closed.
        let tag = String::from_utf8_lossy(&xml[at.start..at.open_end]);
        let open = tag.trim_end_matches('>').trim_end().trim_end_matches('/');
        let cells: String = cols
            .iter()
            .map(|(&c, t)| cell_xml(r, c, style(c), t))
            .collect();
        splices.push((
            at.start,
            at.open_end - at.start,
            format!("{open}>{cells}</row>"),
        ));
        return;
    };
    for (&c, text) in cols {
        match at.cells.get(&c) {
            Some(cell) => {
                let s = cell.style.as_deref().or_else(|| style(c));
                splices.push((cell.start, cell.end - cell.start, cell_xml(r, c, s, text)));
            }
            None => {
                let before = at.cells.range(c..).next().map_or(close, |(_, x)| x.start);
                splices.push((before, 0, cell_xml(r, c, style(c), text)));
            }
        }
    }
}

#[cfg(test)]
mod tests;
