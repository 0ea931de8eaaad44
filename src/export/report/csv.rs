//! `report --format csv`: one row per asked question, for spreadsheets
//! ([`crate::exchange::report::csv`] writes it).

use crate::exchange::report::csv;
use crate::export::{ExportError, Exporter};
use crate::report::Report;

pub struct Csv;

impl Exporter<Report<'_>> for Csv {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(csv::render(r)?.into_bytes())
    }
}
