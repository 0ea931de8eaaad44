//! A customer's spreadsheet (CSV or XLSX), read as a grid of text cells by
//! `import` and `answer`.

use crate::diagnostic::kinds;

kinds! {
    /// A customer's spreadsheet that cannot be read, or holds no questions.
    pub enum Sheet {
        SheetForCsv => InvalidImport, "`--sheet` is for .xlsx workbooks; a CSV file has one table",
        NoQuestion { why: String } => InvalidImport, "no question was found: {why}",
        NotASpreadsheet => InvalidWorkbook,
            "this is not a spreadsheet: a workbook is a zip archive (.xlsx), and a CSV file is named .csv",
        UnclosedQuote { line: usize, col: usize } => InvalidImport,
            "line {line}, column {col}: a quote opens a cell here and is never closed, so the rest of the file would be one cell",
        CsvUnreadable { error: String } => InvalidImport, "this CSV file cannot be read: {error}",
        CsvTooManyRows => InvalidImport, "this CSV file has too many rows",
        TooManyCells { max: usize } => InvalidImport, "this file has more than {max} filled cells",
        Protected => InvalidWorkbook,
            "this workbook is protected with a password to open (or it is an old .xls file)",
        NoSheets => InvalidWorkbook, "this workbook has no sheets",
        TooManyQuestions { n: usize, max: usize } => WorkbookTooLarge,
            "this sheet holds {n} questions; `assure answer` takes at most {max}",
        SheetTooManyRows { sheet: String, last: u64, max: u32 } => WorkbookTooLarge,
            "the sheet `{sheet}` says it runs to row {last}; the limit is {max}",
        SheetTooManyCells { sheet: String, max: usize } => WorkbookTooLarge,
            "the sheet `{sheet}` has more than {max} filled cells",
        SheetUnreadable { sheet: String, error: String } => InvalidWorkbook,
            "the sheet `{sheet}` cannot be read: {error}",
        /// A row left out of the draft, with the reason the draft's comment
        /// gives too (`exchange::import::draft`).
        RowLeftOut { reason: String } => RowLeftOut, "{reason}",
    }
}
