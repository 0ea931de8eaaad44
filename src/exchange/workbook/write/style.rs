//! The cell formats of the template: locked grey cells for what the questionnaire
//! says, unlocked bordered cells for what the respondent writes.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

const GREY: u32 = 0xF2_F2_F2;
const ANSWER: u32 = 0xFF_F2_CC;
const HEADER: u32 = 0x1F_4E_79;
const SECTION: u32 = 0xDD_EB_F7;
const BORDER: u32 = 0xBF_BF_BF;

pub struct Styles {
    pub title: Format,
    pub heading: Format,
    pub header: Format,
    /// A section's title and the row it is on: locked, not wrapped, so that
    /// the title runs on across the row.
    pub section: Format,
    /// Questionnaire text: locked, grey, wrapped.
    pub fixed: Format,
    pub fixed_bold: Format,
    /// An option row's label, indented under its question.
    pub option: Format,
    /// A cell to fill in: unlocked.
    pub answer: Format,
    pub input: Format,
    /// A cell of an option row or of a `multi` question that takes nothing.
    pub closed: Format,
    /// Plain wrapped text on the About sheet.
    pub text: Format,
    /// Ids: locked, grey, never wrapped.
    pub id: Format,
}

/// Points per line of 11-point text, as spreadsheets size a default row.
const LINE_POINTS: f64 = 15.0;

/// The height of a row whose wrapped cells hold `cells` (text, column width in
/// characters). Spreadsheet programs do not size rows to wrapped text when they
/// open a file, so the template sets each height itself.
pub fn row_height(cells: &[(&str, f64)]) -> f64 {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            // Proportional fonts fit a few more characters than the width, which
            // counts the widest digit; words that do not fit move to the next
            // line, so count a little short of that. Counting is enough here:
            // wrapping each text properly took most of the time the workbook
            // took to make.
            let per_line = (*width * 1.1).max(4.0);
            text.lines()
                .map(|l| ((l.chars().count() as f64) / per_line).ceil().max(1.0))
                .sum::<f64>()
        })
        .fold(1.0, f64::max);
    lines * LINE_POINTS + 2.0
}

impl Styles {
    pub fn new() -> Styles {
        let cell = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(BORDER));
        let fixed = cell.clone().set_background_color(Color::RGB(GREY));
        Styles {
            title: Format::new().set_bold().set_font_size(16),
            heading: Format::new().set_bold().set_font_size(12),
            header: cell
                .clone()
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(HEADER)),
            section: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_align(FormatAlign::VerticalCenter)
                .set_border_bottom(FormatBorder::Thin)
                .set_border_bottom_color(Color::RGB(HEADER))
                .set_background_color(Color::RGB(SECTION)),
            fixed_bold: fixed.clone().set_bold(),
            id: Format::new()
                .set_align(FormatAlign::Top)
                .set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(BORDER))
                .set_background_color(Color::RGB(GREY)),
            option: fixed.clone().set_indent(2),
            closed: fixed.clone(),
            fixed,
            answer: cell
                .clone()
                .set_unlocked()
                .set_background_color(Color::RGB(ANSWER)),
            input: cell.set_unlocked(),
            text: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }
}
