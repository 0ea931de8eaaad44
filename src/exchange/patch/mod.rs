//! Writing answers back into the customer's own file, changing nothing but
//! the cells written. A workbook is a zip archive of XML parts: every part
//! but the one sheet written is copied as it is, compressed bytes and all;
//! in that sheet only the cells written change ([`sheet`]). Values are
//! written as text (inline strings), never as formulas. A CSV file keeps its
//! rows, columns and line endings; only the records written change ([`csv`]).

pub mod csv;
pub mod sheet;

use std::io::{Cursor, Read, Write};

use quick_xml::events::Event;
use quick_xml::reader::Reader;
use zip::ZipArchive;
use zip::write::{SimpleFileOptions, ZipWriter};

pub use sheet::Edit;

fn read_part(zip: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Vec<u8>, String> {
    let mut part = zip
        .by_name(name)
        .map_err(|e| format!("its part `{name}` cannot be read: {e}"))?;
    let mut out = Vec::new();
    part.read_to_end(&mut out)
        .map_err(|e| format!("its part `{name}` cannot be read: {e}"))?;
    Ok(out)
}

/// The attribute `name` (by local name) of every element `element` in `xml`.
fn elements(xml: &[u8], element: &[u8], names: &[&[u8]]) -> Vec<Vec<Option<String>>> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref().as_bytes() == element => {
                let values = names
                    .iter()
                    .map(|n| {
                        e.attributes()
                            .flatten()
                            .find(|a| a.key.local_name().as_ref().as_bytes() == *n)
                            .and_then(|a| {
                                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                    .ok()
                                    .map(|v| v.into_owned())
                            })
                    })
                    .collect();
                out.push(values);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The path of the part holding the sheet `name`, such as
/// `xl/worksheets/sheet2.xml`.
fn sheet_part(zip: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<String, String> {
    let book = read_part(zip, "xl/workbook.xml")?;
    let id = elements(&book, b"sheet", &[b"name", b"id"])
        .into_iter()
        .find(|v| v[0].as_deref() == Some(name))
        .and_then(|v| v[1].clone())
        .ok_or_else(|| format!("it has no sheet named `{name}`"))?;
    let rels = read_part(zip, "xl/_rels/workbook.xml.rels")?;
    let target = elements(&rels, b"Relationship", &[b"Id", b"Target"])
        .into_iter()
        .find(|v| v[0].as_deref() == Some(id.as_str()))
        .and_then(|v| v[1].clone())
        .ok_or_else(|| format!("the sheet `{name}` has no part"))?;
    Ok(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("xl/{target}"),
    })
}

/// The workbook `bytes` with `edits` written into the sheet `name`. The
/// archive must have passed [`crate::exchange::xlsx::archive::check`].
pub fn workbook(bytes: &[u8], name: &str, edits: &[Edit]) -> Result<Vec<u8>, String> {
    let mut zip =
        ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("it cannot be opened: {e}"))?;
    let part = sheet_part(&mut zip, name)?;
    let xml = read_part(&mut zip, &part)?;
    let patched = sheet::patch(&xml, edits).map_err(|e| format!("the sheet `{name}`: {e}"))?;
    let mut out = ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + patched.len())));
    let broken = |e: &dyn std::fmt::Display| format!("the answered copy could not be made: {e}");
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| broken(&e))?;
        if entry.name().is_ok_and(|n| n == part.as_str()) {
            let options = SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .last_modified_time(entry.last_modified().unwrap_or_default());
            drop(entry);
            out.start_file(part.as_str(), options)
                .map_err(|e| broken(&e))?;
            out.write_all(&patched).map_err(|e| broken(&e))?;
        } else {
            out.raw_copy_file(entry).map_err(|e| broken(&e))?;
        }
    }
    let cursor = out.finish().map_err(|e| broken(&e))?;
    Ok(cursor.into_inner())
}

#[cfg(test)]
mod tests;
