//! `assure`: questionnaire files → interactive answers → scored report.
//!
//! The pipeline, one module a stage: [`load`] reads files (with limits), finds
//! questionnaires by id and turns a file into checked, typed values ([`model`],
//! checked by [`check`] and [`condition::check`]); [`resolve`] applies a profile to
//! its base; [`answers`] reads answers against a questionnaire; [`score`] assesses
//! them; [`report`] says what the result means; [`export`] writes it in each
//! format. Answers also move between files and people: [`reuse`] (earlier
//! answers), [`compare`] (then and now), [`delegate`] (questions for someone
//! else, and their reply). [`exchange`] reads and writes other people's files
//! (workbooks, CSV, OSCAL, spreadsheets to import). [`cmd`] wires one subcommand
//! each on top. The interactive `assess` adds [`interactive`]. Problems travel as
//! [`diagnostic`]s; [`text`] holds what every stage needs to handle text.
//!
//! The binary is `src/main.rs`; the library exists so that fuzz targets and
//! benchmarks can call the same code.

pub mod answers;
pub mod batch;
pub mod check;
pub mod cli;
pub mod cmd;
pub mod compare;
pub mod condition;
pub mod date;
pub mod delegate;
pub mod diagnostic;
pub mod digest;
pub mod error;
pub mod exchange;
pub mod export;
pub mod format;
pub mod frameworks;
pub mod interactive;
pub mod load;
pub mod model;
pub mod output;
pub mod platform;
pub mod report;
pub mod resolve;
pub mod reuse;
pub mod score;
pub mod source;
#[cfg(test)]
pub mod test;
pub mod text;
pub mod validate;
pub mod yaml;
