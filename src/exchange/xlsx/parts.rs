//! The parts of a workbook's archive, read by path: the workbook, its
//! relationships, one sheet's XML. For what calamine does not read: a
//! sheet's drop-downs, and the part to patch when answers are written back.
//! The archive must have passed [`super::archive::check`] first.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::reader::Reader;
use zip::ZipArchive;

pub type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Why a part of a workbook could not be found or read.
#[derive(Debug, thiserror::Error)]
pub enum PartError {
    #[error("its part `{part}` cannot be read: {error}")]
    Unreadable { part: String, error: String },
    #[error("it has no sheet named `{0}`")]
    NoSheet(String),
    #[error("the sheet `{0}` has no part")]
    NoPart(String),
}

/// The bytes of the part at `name`, such as `xl/workbook.xml`.
pub fn read_part(zip: &mut Zip<'_>, name: &str) -> Result<Vec<u8>, PartError> {
    let unreadable = |error: &dyn std::fmt::Display| PartError::Unreadable {
        part: name.to_owned(),
        error: error.to_string(),
    };
    let mut part = zip.by_name(name).map_err(|e| unreadable(&e))?;
    let mut out = Vec::new();
    part.read_to_end(&mut out).map_err(|e| unreadable(&e))?;
    Ok(out)
}

/// The attribute `name` (by local name) of every element `element` in `xml`.
pub fn elements(xml: &[u8], element: &[u8], names: &[&[u8]]) -> Vec<Vec<Option<String>>> {
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
pub fn sheet_part(zip: &mut Zip<'_>, name: &str) -> Result<String, PartError> {
    let book = read_part(zip, "xl/workbook.xml")?;
    let id = elements(&book, b"sheet", &[b"name", b"id"])
        .into_iter()
        .find(|v| v[0].as_deref() == Some(name))
        .and_then(|v| v[1].clone())
        .ok_or_else(|| PartError::NoSheet(name.to_owned()))?;
    let rels = read_part(zip, "xl/_rels/workbook.xml.rels")?;
    let target = elements(&rels, b"Relationship", &[b"Id", b"Target"])
        .into_iter()
        .find(|v| v[0].as_deref() == Some(id.as_str()))
        .and_then(|v| v[1].clone())
        .ok_or_else(|| PartError::NoPart(name.to_owned()))?;
    Ok(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("xl/{target}"),
    })
}
