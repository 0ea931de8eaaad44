//! The hidden `Lists` sheet: each distinct list of drop-down entries once, in
//! column A, so that a drop-down is a range (`Lists!$A$4:$A$7`). A range, not a
//! list typed into the validation, because typed lists are limited to 255
//! characters and cannot hold commas, which option labels often do.

use std::collections::HashMap;

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cell_text;
use crate::exchange::workbook::layout::LISTS;

#[derive(Default)]
pub struct Lists {
    entries: Vec<String>,
    ranges: HashMap<Vec<String>, String>,
}

impl Lists {
    /// The range holding `labels`, added the first time it is asked for.
    pub fn range(&mut self, labels: &[&str]) -> String {
        let key: Vec<String> = labels.iter().map(|l| cell_text(l).into_owned()).collect();
        if let Some(r) = self.ranges.get(&key) {
            return r.clone();
        }
        let first = self.entries.len() + 1;
        let last = first + key.len().max(1) - 1;
        let range = format!("{LISTS}!$A${first}:$A${last}");
        self.entries.extend(key.iter().cloned());
        self.ranges.insert(key, range.clone());
        range
    }

    pub fn write(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        sheet.set_name(LISTS)?;
        for (row, entry) in self.entries.iter().enumerate() {
            let row = u32::try_from(row).map_err(|_| XlsxError::RowColumnLimitError)?;
            sheet.write_string(row, 0, entry)?;
        }
        sheet.set_hidden(true);
        Ok(())
    }
}
