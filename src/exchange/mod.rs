//! Other people's files: everything that reads or writes a file made by, or
//! for, a spreadsheet program or another tool, kept in one room so that the
//! rest of the pipeline does not know their formats.
//!
//! - [`xlsx`]: reading any `.xlsx` file within limits (the archive checked
//!   before anything is decompressed, sheets streamed cell by cell, cells as
//!   [`xlsx::cell::Raw`] values). Every workbook reader goes through it.
//! - [`workbook`]: the answers workbook of `template --format xlsx`: its shape
//!   and labels, writing it ([`workbook::write`]) and reading it back into the
//!   tree of a YAML answers file ([`workbook::read`]).
//! - [`report`]: the CSV, XLSX and OSCAL reports, for spreadsheets and GRC
//!   tools; [`inert`] keeps untrusted text from becoming a formula in them.
//! - [`import`]: a questionnaire draft from a customer's spreadsheet
//!   questionnaire (CSV or XLSX), read as a table of text cells
//!   ([`import::table`]).
//!
//! - [`answer`]: answering a customer's own spreadsheet (`assure answer`):
//!   [`matcher`] matches their questions to the questions the supplier has
//!   answered, offline and deterministically, with a confidence and a reason
//!   for every match; the reader of their sheet is shared with `import`.
//!
//! Every file read here is untrusted: limits first, formulas never evaluated,
//! text written as text.

pub mod answer;
pub mod import;
pub mod inert;
pub mod matcher;
pub mod patch;
pub mod report;
pub mod sheet;
pub mod workbook;
pub mod xlsx;
