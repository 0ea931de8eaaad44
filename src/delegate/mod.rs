//! Questions the respondent hands to someone who can answer them (their IT
//! provider, insurance broker or accountant, as `ask_whom` names them), and the
//! answers that come back: which questions to ask whom ([`request`]), how to
//! speak of them ([`who`]), and a reply merged into the answers file
//! ([`merge`]; the reply is read by [`crate::answers::reply`]). Pure functions: reading and writing files is the commands'
//! job; the letter and the file to fill in are written by
//! [`crate::export::letter`].

pub mod merge;
pub mod request;
pub mod who;

pub use who::{Who, who};
