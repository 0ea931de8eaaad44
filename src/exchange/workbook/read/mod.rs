//! The answers workbook: its shape ([`layout`]), the words people pick in it
//! ([`labels`]), and reading one (made by `template --format xlsx`, filled in
//! with any spreadsheet program) into the same spanned tree as a YAML answers
//! file, so that every check of answers files applies to it unchanged and each
//! diagnostic names its cell (`answers.xlsx: Answers!C12`). The workbook itself
//! is written by `exchange::workbook::write`.
//!
//! The file is untrusted. In order: the size cap of every input file; the zip
//! archive's directory checked before anything is decompressed ([`archive`]);
//! each sheet streamed cell by cell with a cap on cells and on text
//! ([`sheet`]); formulas reported, never evaluated. The tree holds the labels
//! people picked; [`translate`] turns them into values once the questionnaire
//! is known.

mod about;
mod answers_sheet;
pub(crate) mod build;
mod translate;

use std::io::Cursor;
use std::sync::Arc;

use calamine::{Reader, Xlsx};

pub use translate::translate;

use crate::diagnostic::Diagnostic;
use crate::diagnostic::kinds::Workbook;
use crate::exchange::workbook::layout::{ABOUT, ANSWERS};
use crate::exchange::xlsx::{archive, sheet};
use crate::source::Source;
use crate::yaml::{Node, Span};

/// Whether a file is read as a workbook: a zip archive, or named `.xlsx`.
pub fn is_workbook(name: &str, bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        || std::path::Path::new(name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm"))
}

/// The tree of an answers workbook, or every problem found reading it.
pub fn read(name: String, bytes: &[u8]) -> Result<(Arc<Source>, Node), Vec<Diagnostic>> {
    let (src, root, problems) = read_all(name, bytes)?;
    if problems.is_empty() {
        Ok((src, root))
    } else {
        Err(problems)
    }
}

/// The tree of an answers workbook and the problems of its cells (a formula,
/// a label the row does not take: each cell left out of the tree), so that
/// the checks of the answers can report theirs in the same run; or the
/// problem that stops it being read at all.
pub fn read_all(
    name: String,
    bytes: &[u8],
) -> Result<(Arc<Source>, Node, Vec<Diagnostic>), Vec<Diagnostic>> {
    let checked = match archive::check(bytes) {
        Ok(c) => c,
        Err(r) => {
            let d = Diagnostic::error(r.kind).maybe_help(r.help);
            return Err(vec![d.file_name(&name)]);
        }
    };
    let fail = |kind: Workbook, help: Option<String>| {
        vec![Diagnostic::error(kind).file_name(&name).maybe_help(help)]
    };
    // The reader is a dependency working on untrusted bytes: should it fail
    // in a way it did not foresee, that is this file's error, not a crash.
    let outcome = std::panic::catch_unwind(|| tree(bytes, checked.merges));
    match outcome {
        Ok(Ok((b, root))) => {
            let (src, diags) = b.finish(name);
            Ok((src, root, diags))
        }
        Ok(Err((kind, help))) => Err(fail(kind, help)),
        Err(_) => Err(fail(Workbook::ReaderFailed, Some(SAVE_AGAIN.into()))),
    }
}

type Failure = (Workbook, Option<String>);

const SAVE_AGAIN: &str = "open it in Excel or LibreOffice and save it again as .xlsx";

fn tree(bytes: &[u8], merges: bool) -> Result<(build::Builder, Node), Failure> {
    let mut book: sheet::Book<'_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        let error = e.to_string();
        (Workbook::Unreadable { error }, Some(SAVE_AGAIN.into()))
    })?;
    let names = sheet::names(&book);
    for wanted in [ABOUT, ANSWERS] {
        if !names.iter().any(|n| n == wanted) {
            let has = names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err((
                Workbook::NoSheet {
                    wanted: wanted.to_owned(),
                    has,
                },
                Some("answers workbooks are made by `assure template Q --format xlsx`; keep the sheet names it gives".into()),
            ));
        }
    }
    let mut b = build::Builder::default();
    let mut entries = about::read(&mut book, &mut b, merges);
    entries.extend(answers_sheet::read(&mut book, &mut b, merges));
    let span = entries.first().map_or(Span::default(), |e| e.key.span);
    Ok((b, build::map(entries, span)))
}

#[cfg(test)]
mod tests;
