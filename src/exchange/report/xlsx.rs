//! `report --format xlsx`: a workbook for people who track the work in a
//! spreadsheet. `Summary` (the rating and who answered), `Questions` (one row
//! per asked question, the same columns as the CSV report) and `Action plan`
//! (the report's plan in its order, must-haves marked, with empty `Owner`,
//! `Due` and `Status` columns to fill in). Text is always written as text; text
//! that looks like a formula also gets the quote-prefix style ([`super::inert`]).

use rust_xlsxwriter::{Color, DataValidation, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use crate::exchange::inert::risky;
use crate::exchange::workbook::write::cell_text;
use crate::report::rows::{Cell, HEADERS, effort_name, group_name, rows};
use crate::report::{Report, organisation, percent};

struct Styles {
    header: Format,
    text: Format,
    risky: Format,
    bold: Format,
    bold_risky: Format,
    percent: Format,
    date: Format,
}

fn styles() -> Styles {
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    Styles {
        header: Format::new()
            .set_bold()
            .set_font_color(Color::White)
            .set_background_color(Color::RGB(0x1F_4E_79))
            .set_text_wrap()
            .set_align(FormatAlign::Top),
        risky: text.clone().set_quote_prefix(),
        bold: text.clone().set_bold(),
        bold_risky: text.clone().set_bold().set_quote_prefix(),
        percent: Format::new()
            .set_num_format("0.0%")
            .set_align(FormatAlign::Top),
        date: Format::new()
            .set_num_format("yyyy-mm-dd")
            .set_align(FormatAlign::Top),
        text,
    }
}

/// Writes text as text, never as a formula.
fn put(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    s: &str,
    st: &Styles,
    bold: bool,
) -> Result<(), XlsxError> {
    let f = match (risky(s), bold) {
        (false, false) => &st.text,
        (true, false) => &st.risky,
        (false, true) => &st.bold,
        (true, true) => &st.bold_risky,
    };
    sheet.write_string_with_format(row, col, cell_text(s).as_ref(), f)?;
    Ok(())
}

fn header(sheet: &mut Worksheet, titles: &[(&str, f64)], st: &Styles) -> Result<(), XlsxError> {
    for (col, (title, width)) in titles.iter().enumerate() {
        let col = u16::try_from(col).unwrap_or(u16::MAX);
        sheet.write_string_with_format(0, col, *title, &st.header)?;
        sheet.set_column_width(col, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}

pub fn render(r: &Report<'_>) -> Result<Vec<u8>, XlsxError> {
    let st = styles();
    let mut book = Workbook::new();
    summary(book.add_worksheet(), r, &st)?;
    questions(book.add_worksheet(), r, &st)?;
    plan(book.add_worksheet(), r, &st)?;
    book.save_to_buffer()
}

fn summary(sheet: &mut Worksheet, r: &Report<'_>, st: &Styles) -> Result<(), XlsxError> {
    sheet.set_name("Summary")?;
    sheet.set_column_width(0, 24)?;
    sheet.set_column_width(1, 80)?;
    let a = r.assessment;
    let q = a.questionnaire;
    let who = &a.answers.respondent;
    // Not met and not known apart, as in every report.
    let m = crate::report::holds::must_haves(a);
    let ids = |xs: &[&crate::score::QuestionResult<'_>]| {
        let ids: Vec<&str> = xs.iter().map(|x| x.question.id.as_str()).collect();
        ids.join(", ")
    };
    let held: Vec<&str> = a.held_by.iter().map(|x| x.id.as_str()).collect();
    let lines: [(&str, String); 12] = [
        ("Questionnaire", q.title.trim().to_owned()),
        (
            "Id and version",
            format!("{} {}", q.id.value, q.version.value),
        ),
        ("Digest", r.digest.clone()),
        (
            "Organisation",
            organisation(a).unwrap_or_default().to_owned(),
        ),
        ("Answered by", who.name.clone().unwrap_or_default()),
        ("Date", who.date.clone().unwrap_or_default()),
        ("Score", percent(a.overall)),
        ("Rating", a.rating.clone().unwrap_or_default()),
        ("Must-haves not met", ids(&m.not_met)),
        ("Must-haves not known", ids(&m.not_known)),
        ("Holding the rating down", held.join(", ")),
        ("Different version", r.mismatch().unwrap_or_default()),
    ];
    for (row, (title, value)) in lines.iter().enumerate() {
        let row = u32::try_from(row).unwrap_or(u32::MAX);
        sheet.write_string_with_format(row, 0, *title, &st.bold)?;
        put(sheet, row, 1, value, st, false)?;
    }
    let row = u32::try_from(lines.len()).unwrap_or(u32::MAX);
    sheet.write_string_with_format(row, 0, "Completeness", &st.bold)?;
    if let Some(c) = a.completeness {
        sheet.write_number_with_format(row, 1, c, &st.percent)?;
    }
    Ok(())
}

fn questions(sheet: &mut Worksheet, r: &Report<'_>, st: &Styles) -> Result<(), XlsxError> {
    sheet.set_name("Questions")?;
    let widths = [
        14.0, 18.0, 40.0, 24.0, 11.0, 9.0, 8.0, 8.0, 10.0, 12.0, 32.0, 8.0, 24.0, 30.0, 24.0,
    ];
    let titles: Vec<(&str, f64)> = HEADERS.iter().copied().zip(widths).collect();
    header(sheet, &titles, st)?;
    let all = rows(r);
    for (i, row) in all.iter().enumerate() {
        let row_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        for (col, cell) in row.iter().enumerate() {
            let col = u16::try_from(col).unwrap_or(u16::MAX);
            match cell {
                Cell::Text(t) => put(sheet, row_no, col, t, st, false)?,
                Cell::Number(Some(n)) => {
                    sheet.write_number_with_format(row_no, col, *n, &st.text)?;
                }
                Cell::Number(None) => {}
            }
        }
    }
    let last = u32::try_from(all.len()).unwrap_or(u32::MAX);
    sheet.autofilter(0, 0, last, u16::try_from(HEADERS.len() - 1).unwrap_or(0))?;
    Ok(())
}

const PLAN: [(&str, f64); 12] = [
    ("No.", 5.0),
    ("Group", 11.0),
    ("Holds the rating", 12.0),
    ("Action", 34.0),
    ("Question id", 18.0),
    ("Effort", 8.0),
    ("Impact", 8.0),
    ("What to do", 50.0),
    ("What to ask", 32.0),
    ("Owner", 16.0),
    ("Due", 12.0),
    ("Status", 13.0),
];

fn plan(sheet: &mut Worksheet, r: &Report<'_>, st: &Styles) -> Result<(), XlsxError> {
    sheet.set_name("Action plan")?;
    header(sheet, &PLAN, st)?;
    let actions = &r.assessment.actions;
    for (i, x) in actions.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let must = x.question.is_critical();
        sheet.write_number_with_format(row, 0, (i + 1) as f64, &st.text)?;
        put(sheet, row, 1, group_name(x.group), st, must)?;
        let holds = if must {
            "Must-have"
        } else if x.question.is_important() {
            "Important"
        } else {
            ""
        };
        put(sheet, row, 2, holds, st, must)?;
        put(sheet, row, 3, &x.title(), st, must)?;
        put(sheet, row, 4, x.question.id.as_str(), st, false)?;
        put(sheet, row, 5, effort_name(x.effort), st, false)?;
        sheet.write_number_with_format(row, 6, x.impact, &st.text)?;
        let what = x
            .recommendation
            .filter(|_| x.group != crate::score::Group::FindOut)
            .map(|rec| {
                let text = crate::report::people::advice(r.assessment, &rec.text);
                crate::text::plain::markdown(&text, 10_000)
                    .trim()
                    .to_owned()
            })
            .unwrap_or_default();
        put(sheet, row, 7, &what, st, false)?;
        put(
            sheet,
            row,
            8,
            x.ask_provider().unwrap_or_default(),
            st,
            false,
        )?;
        sheet.write_blank(row, 10, &st.date)?;
    }
    if !actions.is_empty() {
        let last = u32::try_from(actions.len()).unwrap_or(u32::MAX);
        let status = DataValidation::new()
            .allow_list_strings(&["Not started", "In progress", "Done", "Won't do"])?
            .ignore_blank(true);
        sheet.add_data_validation(1, 11, last, 11, &status)?;
        let due = DataValidation::new()
            .allow_date(rust_xlsxwriter::DataValidationRule::GreaterThan(
                rust_xlsxwriter::ExcelDateTime::from_ymd(2000, 1, 1)?,
            ))
            .set_error_message("Please type a date, such as 2027-03-31.")?;
        sheet.add_data_validation(1, 10, last, 10, &due)?;
        sheet.autofilter(0, 0, last, 11)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
