//! End-to-end tests through the real binary. One test binary, a module per area.

#[cfg(unix)] // a pseudo-terminal (rexpect), libc
mod answer;
#[cfg(unix)] // a pseudo-terminal (rexpect)
mod assess;
mod authoring;
#[cfg(unix)] // wait4(2)
mod budget;
mod compat;
mod examples;
mod exchange;
mod fixtures;
mod flow;
mod golden;
mod hostile;
mod library;
mod list_show;
mod names;
mod report;
mod report_layout;
// The input sets of the budgets (benches/sets.rs), made by tests of both
// tiers; some only by the Unix-only budget.
#[path = "../../benches/sets.rs"]
#[cfg_attr(not(unix), allow(dead_code))]
pub mod sets;
mod shape;
mod statement;
mod support;
mod untrusted;
