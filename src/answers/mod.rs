//! Answers files: reading them against a questionnaire, and writing them.

mod read;
mod write;

pub use read::{from_node, from_node_with_digest, questionnaire_id};
pub use write::{flow_scalar, scalar, write};
