//! `assure template Q --format xlsx`: an answers workbook that a supplier fills
//! in with Excel or LibreOffice Calc, and that `assure report` reads back.
//!
//! Three sheets: `About` (first, and open when the file opens: instructions, the
//! respondent's details, and the questionnaire's id, version and digest),
//! `Answers` (one row per question, and one per option of a `multi` question)
//! and `Lists` (hidden: the entries of the drop-downs). The sheets are protected
//! without a password, so that ids and questions are not changed by accident;
//! the cells to fill in are unlocked. This is a guard against slips, not a
//! security measure: the reader checks everything it reads.

mod about;
mod answers_sheet;
mod filled;
mod lists;
mod rules;
mod style;

use rust_xlsxwriter::{DocProperties, ProtectionOptions, Workbook, Worksheet, XlsxError};

use crate::model::Questionnaire;
use crate::model::answers::Answers;

/// Longest text a spreadsheet cell holds (Excel's limit is 32,767 characters).
const MAX_CELL_CHARS: usize = 32_000;

/// Text cut to what a cell holds, with an ellipsis when it was cut; control
/// and invisible characters shown as `�` (rust_xlsxwriter would keep them as
/// `_x001B_`, which a spreadsheet turns back into the character).
pub(crate) fn cell_text(s: &str) -> std::borrow::Cow<'_, str> {
    match crate::text::clean::document(s) {
        std::borrow::Cow::Borrowed(s) => crate::text::plain::cut(s, MAX_CELL_CHARS + 1),
        std::borrow::Cow::Owned(s) => crate::text::plain::cut(&s, MAX_CELL_CHARS + 1)
            .into_owned()
            .into(),
    }
}

/// Protection that keeps locked cells as they are but lets people resize rows
/// and columns to read long text.
fn protect(sheet: &mut Worksheet) {
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::new()
    };
    sheet.protect_with_options(&options);
}

/// The workbook for `q` as the bytes of an `.xlsx` file; `organisation`
/// pre-fills the respondent's organisation.
pub fn render(q: &Questionnaire, organisation: Option<&str>) -> Result<Vec<u8>, XlsxError> {
    build(q, organisation, None)
}

/// The same workbook with `answers` filled in, as a person would fill them in.
pub fn render_filled(q: &Questionnaire, answers: &Answers) -> Result<Vec<u8>, XlsxError> {
    build(q, None, Some(answers))
}

fn build(
    q: &Questionnaire,
    organisation: Option<&str>,
    given: Option<&Answers>,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let styles = style::Styles::new();
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(cell_text(&q.title).as_ref())
            .set_subject(format!("Answers to {} {}", q.id.value, q.version.value))
            .set_comment("Made by assure; read back with `assure report`."),
    );
    let mut lists = lists::Lists::default();
    let about = book.add_worksheet();
    about::write(about, q, organisation, given, &styles)?;
    protect(about);
    about.set_active(true);
    let sheet = book.add_worksheet();
    answers_sheet::write(sheet, q, given, &styles, &mut lists)?;
    protect(sheet);
    let hidden = book.add_worksheet();
    lists.write(hidden)?;
    // The fastest compression: a third of the time of the default for a file
    // two thirds larger (a 2,000-question workbook is about 250 KiB).
    book.set_zip_compression_level(1);
    book.save_to_buffer()
}

#[cfg(test)]
mod tests;
