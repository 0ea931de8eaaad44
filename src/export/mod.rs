//! Everything `assure` writes for people and tools, each a pure function from
//! loaded values to text (or bytes, for a workbook): the report in every
//! format ([`report`]), the letter and the file to fill in for someone else
//! ([`letter`]), the review of a customer's questionnaire answered ([`answered`]), the comparison ([`compare`]), the index of a batch
//! ([`index`]), the printable form ([`form`]), a blank answers file
//! ([`template`]), JSON Schema ([`schema`]), the standalone questionnaire of
//! `trim` ([`standalone`]), and what commands print on a terminal ([`show`],
//! [`list`], [`validity`], [`prefill`], [`merge`]).
//!
//! [`html`] turns Markdown into a safe standalone page; every HTML output goes
//! through it. Formats that belong to other people's tools (CSV, XLSX,
//! OSCAL) are written by [`crate::exchange`].

pub mod answered;
pub mod answers;
mod choose;
pub mod compare;
pub mod form;
pub mod html;
pub mod index;
pub mod letter;
pub mod list;
pub mod merge;
pub mod prefill;
pub mod report;
pub mod schema;
pub mod show;
pub mod standalone;
pub mod statement;
pub mod template;
pub mod validity;

pub use choose::{FormatError, check_name, choose, choose_in_place, names};

use crate::format::Format;

/// Writes one kind of document (`D`: a report, a letter, a comparison...) in
/// one format. Each format of each document is a unit struct implementing
/// this, in a small file of its own; the commands never name them, they pick
/// a [`Choice`] with [`choose`].
pub trait Exporter<D: ?Sized>: Sync {
    /// The file's bytes: UTF-8 text, or a workbook.
    fn export(&self, doc: &D) -> Result<Vec<u8>, ExportError>;
}

/// One format a command offers: the name `--format` (and the config) takes,
/// the file format that the `-o` extension must say, a line of help for
/// `--help`, and the exporter. A command's choices are one list, its first
/// the default; two choices may share a name when the extension tells them
/// apart (a summary as Markdown or HTML).
pub struct Choice<E: ?Sized + 'static> {
    pub name: &'static str,
    pub format: Format,
    pub help: &'static str,
    pub exporter: &'static E,
}

impl<E: ?Sized> std::fmt::Debug for Choice<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({:?})", self.name, self.format)
    }
}

/// Why an exporter could not make its file. Text formats cannot fail; a
/// workbook or a CSV file is made by a library that can.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not make the workbook: {0}")]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
    #[error("could not write the CSV file: {0}")]
    Csv(#[from] csv::Error),
    #[error("could not write YAML: {0}")]
    Yaml(#[from] crate::yaml::WriteError),
}
