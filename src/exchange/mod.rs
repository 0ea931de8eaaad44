//! Other people's files, and answering a customer's own questionnaire.
//!
//! - [`matcher`]: a customer's questions matched to the questions a supplier
//!   has answered, offline and deterministically, with a confidence and a
//!   reason for every match.

pub mod answer;
pub mod matcher;
