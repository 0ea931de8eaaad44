//! The reports made for other tools: CSV ([`csv`]) and XLSX ([`xlsx`]) for
//! spreadsheets, one row per asked question, and OSCAL assessment results
//! ([`oscal`]) for GRC tools. Each takes a [`crate::report::Report`] and
//! returns the file; [`crate::export::report`] chooses among them.

pub mod csv;
pub mod oscal;
#[cfg(test)]
mod test;
pub mod xlsx;
