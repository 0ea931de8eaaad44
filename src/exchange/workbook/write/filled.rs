//! Answers written into the template's cells as a person would pick them: the
//! label of each value, a number as a number, evidence separated by
//! semicolons, Yes or No on each option row of a `multi` question. Reading the
//! workbook back gives the same answers; the benchmark and the round-trip test
//! use it, and it is how a pre-filled workbook is made.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use super::cell_text;
use crate::exchange::workbook::labels::{NA, NO, UNKNOWN, YES};
use crate::model::answers::{Answer, Value};
use crate::model::{Choice, Question, YesNo};

/// Writes the answer, note and evidence of `a` in `row` (columns given).
pub fn answer(
    sheet: &mut Worksheet,
    row: u32,
    cols: [u16; 3],
    q: &Question,
    a: &Answer,
    f: [&Format; 2],
) -> Result<(), XlsxError> {
    let [answer, note, evidence] = cols;
    let label = |v: &str| {
        q.option(v)
            .map_or_else(|| v.to_owned(), |o| o.label.value.clone())
    };
    let text = match &a.value {
        Value::YesNo(YesNo::Yes) => Some(YES.to_owned()),
        Value::YesNo(YesNo::No) => Some(NO.to_owned()),
        Value::Choice(c) => Some(label(c)),
        Value::Text(t) => Some(t.clone()),
        Value::Unknown => Some(UNKNOWN.to_owned()),
        Value::Na => Some(NA.to_owned()),
        Value::Number(n) => {
            sheet.write_number_with_format(row, answer, *n, f[0])?;
            None
        }
        Value::Multi(_) | Value::Unanswered => None,
    };
    if let Some(t) = text {
        sheet.write_string_with_format(row, answer, cell_text(&t).as_ref(), f[0])?;
    }
    if let Some(n) = &a.note {
        sheet.write_string_with_format(row, note, cell_text(n).as_ref(), f[1])?;
    }
    if !a.evidence.is_empty() {
        let joined = a.evidence.join("; ");
        sheet.write_string_with_format(row, evidence, cell_text(&joined).as_ref(), f[1])?;
    }
    Ok(())
}

/// The option row's answer for a `multi` answer: Yes if chosen, No if not,
/// nothing when the question is not answered with a list.
pub fn option(value: Option<&Value>, o: &Choice) -> Option<&'static str> {
    match value? {
        Value::Multi(chosen) => Some(if chosen.contains(&o.value.value) {
            YES
        } else {
            NO
        }),
        _ => None,
    }
}
