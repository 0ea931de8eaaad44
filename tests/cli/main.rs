//! End-to-end tests through the real binary. One test binary, a module per area.

mod assess;
mod authoring;
mod budget;
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
mod shape;
mod support;
mod untrusted;
