//! The `About` sheet, first and open when the file opens: what the workbook is,
//! how to fill it in, the respondent's details, and the questionnaire's id,
//! version and digest (locked: the reader checks them as it checks an answers
//! file's `questionnaire`).

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cell_text;
use super::style::{Styles, row_height};
use crate::digest;
use crate::exchange::workbook::labels::{NA, UNKNOWN};
use crate::exchange::workbook::layout::{ABOUT, ANSWERS, Field};
use crate::model::Questionnaire;
use crate::model::answers::{Answers, Respondent};

const STEPS: [&str; 6] = [
    "Fill in your details below, in the white cells.",
    "Open the Answers sheet (the tab at the bottom). For each question, pick your answer in the yellow \"Your answer\" cell from its drop-down list.",
    "\"I don't know\" is always a fine answer where it is offered: the report then says what to find out. Some questions also offer \"Not applicable\".",
    "Where a question says \"Choose Yes or No on each line below\", answer on each of the lines under it.",
    "Add a note, and the names of documents that back your answer, if you like: one per line, or separated by semicolons. The \"What this means\" column explains each question and says when to skip one.",
    "Please do not change the grey cells, rename the sheets or move columns. Save the file as .xlsx and send it back.",
];

/// Column B's width, in characters.
const WIDE: f64 = 90.0;

fn text(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    s: &str,
    f: &rust_xlsxwriter::Format,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, col, cell_text(s).as_ref(), f)?;
    if col == 1 && s.chars().count() as f64 > WIDE * 0.9 || s.contains('\n') {
        sheet.set_row_height(row, row_height(&[(s, WIDE)]))?;
    }
    Ok(())
}

pub fn write(
    sheet: &mut Worksheet,
    q: &Questionnaire,
    organisation: Option<&str>,
    filled: Option<&Answers>,
    st: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(ABOUT)?;
    sheet.set_column_width(0, 20)?;
    sheet.set_column_width(1, WIDE)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    let row = instructions(sheet, q, st)?;
    let row = details(sheet, row, organisation, filled, st)?;
    let row = questionnaire(sheet, row, q, filled, st)?;
    let footer = format!(
        "Made by assure. The person who sent you this reads it back with: assure report answers.xlsx. The answers are on the {ANSWERS} sheet; \"{UNKNOWN}\" and \"{NA}\" are answers too."
    );
    text(sheet, row + 1, 1, &footer, &st.text)
}

/// The title, what the questionnaire is, and how to fill the workbook in; the
/// next free row.
fn instructions(sheet: &mut Worksheet, q: &Questionnaire, st: &Styles) -> Result<u32, XlsxError> {
    text(sheet, 0, 0, q.title.trim(), &st.title)?;
    let questions = q.questions().count();
    let mut facts = format!(
        "Version {} of {}: {questions} questions in {} sections.",
        q.version.value,
        q.id.value,
        q.sections.len()
    );
    if let Some(p) = &q.publisher {
        facts = format!("From {}. {facts}", p.trim());
    }
    text(sheet, 1, 0, &facts, &rust_xlsxwriter::Format::new())?;
    let mut row = 3;
    if let Some(d) = &q.description {
        let plain = crate::text::plain::markdown(d, 10_000);
        text(sheet, row, 1, &plain, &st.text)?;
        row += 2;
    }
    text(sheet, row, 0, "How to fill this in", &st.heading)?;
    row += 1;
    for (i, step) in STEPS.iter().enumerate() {
        text(sheet, row, 0, &format!("{}.", i + 1), &st.text)?;
        text(sheet, row, 1, step, &st.text)?;
        row += 1;
    }
    Ok(row + 1)
}

/// The respondent's details to fill in (pre-filled from answers or the
/// config's organisation); the next free row.
fn details(
    sheet: &mut Worksheet,
    mut row: u32,
    organisation: Option<&str>,
    filled: Option<&Answers>,
    st: &Styles,
) -> Result<u32, XlsxError> {
    text(sheet, row, 0, "Your details", &st.heading)?;
    row += 1;
    let who = filled.map(|a| &a.respondent);
    let given = |f: fn(&Respondent) -> &Option<String>| who.and_then(|w| f(w).as_deref());
    for field in &Field::ALL[..5] {
        text(sheet, row, 0, field.title(), &st.fixed_bold)?;
        let value = match field {
            Field::Organisation => given(|w| &w.organisation).or(organisation),
            Field::Name => given(|w| &w.name),
            Field::Role => given(|w| &w.role),
            Field::Email => given(|w| &w.email),
            Field::Date => given(|w| &w.date),
            _ => None,
        };
        text(sheet, row, 1, value.unwrap_or_default(), &st.input)?;
        row += 1;
    }
    let hint = "Date: the day you finish, such as 2026-11-22.";
    text(sheet, row, 1, hint, &st.text)?;
    Ok(row + 2)
}

/// The questionnaire's id, version and digest, locked; the next free row.
fn questionnaire(
    sheet: &mut Worksheet,
    mut row: u32,
    q: &Questionnaire,
    filled: Option<&Answers>,
    st: &Styles,
) -> Result<u32, XlsxError> {
    let title = "This questionnaire (please do not change)";
    text(sheet, row, 0, title, &st.heading)?;
    row += 1;
    let digest = digest::digest(q);
    // Filled from answers, the version and digest are the answers' own, so that
    // reading the workbook back gives the same answers.
    let (version, digest) = match filled {
        Some(a) => (
            own(a.questionnaire.version.as_ref()),
            own(a.questionnaire.digest.as_ref()),
        ),
        None => (q.version.as_str(), digest.as_str()),
    };
    for (field, value) in [
        (Field::QuestionnaireId, q.id.as_str()),
        (Field::Version, version),
        (Field::Digest, digest),
    ] {
        text(sheet, row, 0, field.title(), &st.fixed_bold)?;
        text(sheet, row, 1, value, &st.fixed)?;
        row += 1;
    }
    Ok(row)
}

fn own(v: Option<&crate::yaml::Spanned<String>>) -> &str {
    v.map_or("", |v| v.as_str())
}
