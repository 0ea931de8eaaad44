//! The interactive `assess`: the walk as a state machine ([`session`]), the
//! screens a respondent sees ([`screens`]), asked through a [`prompt::Prompter`]
//! so that tests need no terminal, and what Ctrl-C does ([`interrupt`]); and
//! the start menu of `assure` with no command ([`menu`]).

pub mod interrupt;
pub mod menu;
pub mod prompt;
pub mod screens;
pub mod session;
pub mod store;
