//! Everything `assure` writes for people and tools, each a pure function from
//! loaded values to text (or bytes, for a workbook): the report in every
//! format ([`report`]), the letter and the file to fill in for someone else
//! ([`letter`]), the comparison ([`compare`]), the index of a batch
//! ([`index`]), the printable form ([`form`]), a blank answers file
//! ([`template`]), JSON Schema ([`schema`]), the standalone questionnaire of
//! `trim` ([`standalone`]), and what commands print on a terminal ([`show`],
//! [`list`], [`validity`], [`prefill`], [`merge`]).
//!
//! [`html`] turns Markdown into a safe standalone page; every HTML output goes
//! through it. Formats that belong to other people's tools (CSV, XLSX,
//! OSCAL) are written by [`crate::exchange`].

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
