//! `assure import`: a customer's spreadsheet read as a table.

use crate::diagnostic::kinds;

kinds! {
    /// A spreadsheet that cannot be imported.
    pub enum Import {
        SheetForCsv => InvalidImport, "`--sheet` is for .xlsx workbooks; a CSV file has one table",
        NoQuestion => InvalidImport,
            "no question was found: no row has text in the question column",
        CsvUnreadable { error: String } => InvalidImport, "this CSV file cannot be read: {error}",
        CsvTooManyRows => InvalidImport, "this CSV file has too many rows",
        TooManyCells { max: usize } => InvalidImport, "this file has more than {max} filled cells",
        Unreadable { error: String } => InvalidImport, "this workbook cannot be read: {error}",
        NoSheet { wanted: String, has: String } => InvalidImport,
            "this workbook has no sheet named `{wanted}`; it has {has}",
        NoSheets => InvalidImport, "this workbook has no sheets",
        SheetTooManyRows { sheet: String, last: u64, max: u32 } => InvalidImport,
            "the sheet `{sheet}` says it runs to row {last}; the limit is {max}",
        SheetTooManyCells { sheet: String, max: usize } => InvalidImport,
            "the sheet `{sheet}` has more than {max} filled cells",
        SheetUnreadable { sheet: String, error: String } => InvalidImport,
            "the sheet `{sheet}` cannot be read: {error}",
        /// A row left out of the draft, with the reason the draft's comment
        /// gives too (`exchange::import::draft`).
        RowLeftOut { reason: String } => RowLeftOut, "{reason}",
    }
}
