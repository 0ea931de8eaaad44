//! Opening an answers file of either kind: YAML, or a workbook made by
//! `template --format xlsx`. Both become a [`Document`] (a spanned tree and its
//! source), and from there are read the same way.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::exchange::workbook::read as workbook;
use crate::load::{Document, read};

/// The document at `path`: a workbook if it is one (by its first bytes or its
/// `.xlsx` name), else YAML.
pub fn document(path: &Path) -> Result<Document, Vec<Diagnostic>> {
    let (name, bytes) = read::read_bytes(path).map_err(|d| vec![d])?;
    if workbook::is_workbook(&name, &bytes) {
        let (src, node) = workbook::read(name, &bytes)?;
        let kind = crate::load::detect(&node);
        return Ok(Document { src, node, kind });
    }
    let src = read::from_bytes(name, bytes).map_err(|d| vec![d])?;
    Document::from_source(src)
}
