//! Text handling shared by every stage: what untrusted text may not carry
//! ([`clean`]), making it harmless for a terminal ([`terminal`]) or a Markdown
//! report ([`markdown`]), Markdown as plain
//! wrapped lines ([`plain`]), "did you mean" ([`suggest`]), terminal tables
//! ([`table`]) and numbers for people ([`number`]).

pub mod clean;
pub mod count;
pub mod markdown;
pub mod number;
pub mod plain;
pub mod shell;
pub mod slug;
pub mod suggest;
pub mod table;
pub mod terminal;
