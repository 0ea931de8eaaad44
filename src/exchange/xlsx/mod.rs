//! Reading any `.xlsx` workbook within limits: an answers workbook or a
//! customer's spreadsheet. The archive is checked before calamine sees it
//! ([`archive`]), a sheet is streamed cell by cell with the cell limit applied
//! as cells come ([`sheet`]), and each cell is taken as a [`cell::Raw`] value:
//! text or a number, never a formula's result. [`limits`] holds the numbers.

pub mod archive;
pub mod cell;
pub mod limits;
pub mod parts;
pub mod sheet;
