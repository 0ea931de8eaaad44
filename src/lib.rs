//! `assure`: questionnaire files → interactive answers → scored report.
//!
//! The pipeline, one module a stage: [`source`] reads a file with limits, [`load`]
//! turns it into a checked [`model::Questionnaire`] (with [`validate`]), [`resolve`]
//! applies a profile, [`answers`] reads answers against it, [`score`] assesses them
//! and [`report`] renders the result. Each [`cmd`] runs one subcommand on top.
//! The interactive `assess` adds [`session`] (the walk as a state machine),
//! [`walk`] (driving it through a [`prompt::Prompter`]) and [`interrupt`].
//!
//! The binary is `src/main.rs`; the library exists so that fuzz targets and
//! benchmarks can call the same code.

pub mod answers;
pub mod catalog;
pub mod cli;
pub mod cmd;
pub mod condition;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod digest;
pub mod error;
pub mod escape;
pub mod form;
pub mod frameworks;
pub mod interrupt;
pub mod library;
pub mod load;
pub mod model;
pub mod output;
pub mod prompt;
pub mod report;
pub mod resolve;
pub mod schema;
pub mod score;
pub mod session;
pub mod source;
pub mod suggest;
pub mod synthetic;
pub mod table;
pub mod template;
#[cfg(test)]
pub mod test;
pub mod validate;
pub mod walk;
pub mod words;
pub mod yaml;
