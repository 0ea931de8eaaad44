//! The parts of a workbook's archive, read by path: the workbook, its
//! relationships, one sheet's XML. For what calamine does not read: a
//! sheet's drop-downs, and the part to patch when answers are written back.
//! The archive must have passed [`super::archive::check`] first.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::reader::Reader;
use zip::ZipArchive;

pub type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

pub fn read_part(zip: &mut Zip<'_>, name: &str) -> Result<Vec<u8>, String> {
    let mut part = zip
        .by_name(name)
        .map_err(|e| format!("its part `{name}` cannot be read: {e}"))?;
    let mut out = Vec::new();
    part.read_to_end(&mut out)
        .map_err(|e| format!("its part `{name}` cannot be read: {e}"))?;
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
pub fn sheet_part(zip: &mut Zip<'_>, name: &str) -> Result<String, String> {
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
