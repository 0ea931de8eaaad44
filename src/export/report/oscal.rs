//! `report --format oscal`: OSCAL assessment results for GRC tools
//! ([`crate::exchange::report::oscal`] writes it).

use crate::exchange::report::oscal;
use crate::export::{ExportError, Exporter};
use crate::report::Report;

pub struct Oscal;

impl Exporter<Report<'_>> for Oscal {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(oscal::render(r).into_bytes())
    }
}
