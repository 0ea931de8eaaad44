//! End-to-end tests through the real binary. One test binary, a module per area.

mod authoring;
mod fixtures;
mod hostile;
mod list_show;
mod report;
mod support;
