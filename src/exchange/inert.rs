//! Keeping untrusted text inert in spreadsheets. A cell that starts with `=`,
//! `+`, `-` or `@` (or a tab or carriage return, which some programs skip
//! before looking) is taken as a formula by spreadsheet programs that open a
//! CSV file, so such text gets a leading apostrophe there, as OWASP advises.
//! In a workbook, text is always written as text, never as a formula; such
//! cells also get Excel's "quote prefix" style, so that editing one later keeps
//! it text.

/// Whether a spreadsheet program could read `s` as a formula.
pub fn risky(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `s` for a CSV cell: control and invisible characters shown as `�` (an
/// escape sequence would act on a terminal that shows the file), then with a
/// leading apostrophe when it is risky.
pub fn csv_cell(s: &str) -> std::borrow::Cow<'_, str> {
    let s = crate::text::clean::document(s);
    if risky(&s) { format!("'{s}").into() } else { s }
}

#[cfg(test)]
mod tests;
