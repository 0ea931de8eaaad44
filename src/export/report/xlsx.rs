//! `report --format xlsx`: a workbook to track the work in
//! ([`crate::exchange::report::xlsx`] writes it).

use crate::exchange::report::xlsx;
use crate::export::{ExportError, Exporter};
use crate::report::Report;

pub struct Xlsx;

impl Exporter<Report<'_>> for Xlsx {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(xlsx::render(r)?)
    }
}
