//! The answers workbook: a supplier fills it in with Excel or LibreOffice
//! Calc instead of a text editor. Its shape ([`layout`]: sheets, column titles,
//! the fields of the `About` sheet) and the words people pick in it
//! ([`labels`]) are shared by the writer ([`write`], `template --format xlsx`)
//! and the reader ([`read`], which `report`, `validate` and every command that
//! takes an answers file use through `answers::document`).

pub mod labels;
pub mod layout;
pub mod read;
pub mod write;
