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
    match with_problems(path)? {
        (doc, problems) if problems.is_empty() => Ok(doc),
        (_, problems) => Err(problems),
    }
}

/// The same, and the problems of a workbook's cells that left them out of the
/// tree: the answers are still checked, so that every problem is reported in
/// one run.
pub fn with_problems(path: &Path) -> Result<(Document, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (name, bytes) = read::read_bytes(path).map_err(|d| vec![d])?;
    if workbook::is_workbook(&name, &bytes) {
        let (src, node, problems) = workbook::read_all(name, &bytes)?;
        let kind = crate::load::detect(&node);
        return Ok((Document { src, node, kind }, problems));
    }
    let src = read::from_bytes(name, bytes).map_err(|d| vec![d])?;
    Ok((Document::from_source(src)?, Vec::new()))
}
