//! The interactive `assess`: the walk as a state machine ([`session`]), the
//! screens a respondent sees ([`screens`]), asked through a [`prompt::Prompter`]
//! so that tests need no terminal, and what Ctrl-C does ([`interrupt`]).

pub mod interrupt;
pub mod prompt;
pub mod screens;
pub mod session;
pub mod store;
