//! Answers files: reading them against a questionnaire, and writing them.

mod read;
// Used by `assess`, which lands next.
#[allow(dead_code)]
mod write;

pub use read::{from_node, questionnaire_id};
#[allow(unused_imports)]
pub use write::write;
