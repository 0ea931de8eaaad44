//! Renderers: pure functions from loaded values to text. Reports of an
//! assessment ([`report`]), the printable form ([`form`]), a blank answers file
//! ([`template`]), JSON Schema for editors ([`schema`]).

pub mod ask;
pub mod compare;
pub mod form;
pub mod list;
pub mod merge;
pub mod prefill;
pub mod report;
pub mod schema;
pub mod show;
pub mod standalone;
pub mod template;
pub mod validity;
pub mod workbook;
