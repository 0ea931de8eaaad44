//! Writing answers back into the customer's own file, changing nothing but
//! the cells written. A workbook is a zip archive of XML parts: every part
//! but the one sheet written is copied as it is, compressed bytes and all;
//! in that sheet only the cells written change ([`sheet`]). Values are
//! written as text (inline strings), never as formulas. A CSV file keeps its
//! rows, columns and line endings; only the records written change ([`csv`]).

pub mod csv;
pub mod sheet;

use std::io::{Cursor, Write};

use zip::ZipArchive;
use zip::write::{SimpleFileOptions, ZipWriter};

pub use sheet::Edit;

use crate::exchange::xlsx::parts::{PartError, read_part, sheet_part};

/// Why the customer's file could not be written back into: said after its
/// name ("northwind.xlsx: it has no sheet named `Nope`").
#[derive(Debug, thiserror::Error)]
pub enum PatchError {
    #[error("it cannot be opened: {0}")]
    Open(zip::result::ZipError),
    #[error(transparent)]
    Part(#[from] PartError),
    #[error("the sheet `{sheet}`: {error}")]
    Sheet {
        sheet: String,
        error: sheet::SheetError,
    },
    #[error("the answered copy could not be made: {0}")]
    Copy(String),
    #[error("it has no record {0}")]
    NoRecord(u64),
    #[error("a column beyond the last a spreadsheet has")]
    ColumnTooFar,
    #[error("a record could not be written: {0}")]
    Csv(#[from] ::csv::Error),
}

/// The workbook `bytes` with `edits` written into the sheet `name`. The
/// archive must have passed [`crate::exchange::xlsx::archive::check`].
pub fn workbook(bytes: &[u8], name: &str, edits: &[Edit]) -> Result<Vec<u8>, PatchError> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(PatchError::Open)?;
    let part = sheet_part(&mut zip, name)?;
    let xml = read_part(&mut zip, &part)?;
    let patched = sheet::patch(&xml, edits).map_err(|error| PatchError::Sheet {
        sheet: name.to_owned(),
        error,
    })?;
    let mut out = ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + patched.len())));
    let broken = |e: &dyn std::fmt::Display| PatchError::Copy(e.to_string());
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
