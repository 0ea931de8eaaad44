//! Workbooks: the archive checked before it is opened, and an answers
//! workbook read back cell by cell.

use crate::diagnostic::kinds;

kinds! {
    /// An `.xlsx` file as an archive, before any sheet is read.
    pub enum Archive {
        NotReadable { error: String } => InvalidWorkbook,
            "this file is not a workbook that can be read: {error}",
        TooManyParts { parts: usize, max: usize } => WorkbookTooLarge,
            "this workbook holds {parts} parts; the limit is {max}",
        TooLarge { size: String, limit: String } => WorkbookTooLarge,
            "this workbook would take {size} once decompressed; the limit is {limit}",
        NoWorkbookPart => InvalidWorkbook,
            "this zip file is not an .xlsx workbook (it has no workbook part)",
        PartUnreadable { part: usize, error: String } => InvalidWorkbook,
            "part {part} of this workbook cannot be read: {error}",
        Encrypted => InvalidWorkbook, "this workbook is encrypted (protected with a password to open)",
        ZipBomb { part: String, packed: String, size: String, max: u64 } => ZipBomb,
            "the part `{part}` of this workbook would inflate from {packed} to {size} (more than {max} times); this looks like a zip bomb and was not opened",
        Ods => InvalidWorkbook, "this is an OpenDocument spreadsheet (.ods), not an .xlsx workbook",
        StringsUnreadable { error: String } => InvalidWorkbook,
            "the shared strings of this workbook cannot be read: {error}",
        TooManyTexts { max: u64 } => WorkbookTooLarge,
            "this workbook holds more than {max} different texts",
        TextsTooLarge { size: String, limit: String } => WorkbookTooLarge,
            "the texts of this workbook take {size} once decompressed; the limit is {limit}",
        DeclaresTooManyTexts { n: u64, max: u64 } => WorkbookTooLarge,
            "this workbook declares {n} different texts; the limit is {max}",
        StringsMalformed => InvalidWorkbook,
            "the shared strings of this workbook do not start as they should",
    }
}

kinds! {
    /// An answers workbook read back.
    pub enum Workbook {
        ReaderFailed => InvalidWorkbook,
            "this workbook could not be read: the spreadsheet reader failed on it",
        Unreadable { error: String } => InvalidWorkbook, "this workbook cannot be read: {error}",
        NoSheet { wanted: String, has: String } => WrongSheet,
            "this workbook has no sheet named `{wanted}`; it has {has}",
        NumberForText { n: String, what: String } => WrongType,
            "this cell holds the number {n}, but {what} is text",
        EmptyId => MissingField, "the questionnaire id is empty, so the questionnaire is not known",
        NoIdRow { sheet: String, row: String } => MissingField,
            "the {sheet} sheet has no `{row}` row, so the questionnaire is not known",
        TooManyCells { sheet: String, max: usize } => TooManyCells,
            "the {sheet} sheet has more than {max} filled cells",
        TooManyRows { sheet: String, last: u64, max: u32 } => TooManyCells,
            "the {sheet} sheet says it runs to row {last}; an answers workbook has one row per question, at most {max}",
        SheetUnreadable { sheet: String, error: String } => InvalidWorkbook,
            "the {sheet} sheet cannot be read: {error}",
        MergedUnreadable { sheet: String, error: String } => InvalidWorkbook,
            "the merged cells of the {sheet} sheet cannot be read: {error}",
        Merged { end: String } => MergedCells,
            "cells are merged here, up to {end}; each answer needs a cell of its own",
        NoHeader { sheet: String, id: String, answer: String, rows: u32 } => NoHeader,
            "the {sheet} sheet has no header row with `{id}` and `{answer}` in its first {rows} rows",
        NoQuestionId => NoQuestionId, "this row has an answer but no question id",
        DuplicateRow { question: String, first: String } => DuplicateRow,
            "the question `{question}` has a second row here{first}",
        Formula => Formula, "this cell holds a formula; formulas are not read",
        CellError { error: String } => CellError, "this cell holds a spreadsheet error ({error})",
        CellTooLong { bytes: usize, kib: usize } => CellTooLong,
            "this cell holds {bytes} bytes of text; the limit is {kib} KiB",
    }
}
