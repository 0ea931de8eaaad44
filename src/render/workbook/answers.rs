//! The `Answers` sheet: a frozen header row, then one row per question, in the
//! questionnaire's order, and under a `multi` question one row per option with
//! a Yes/No drop-down. Conditions cannot hide rows, so a dependent question says
//! in its help which earlier answer it depends on.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, Formula, Worksheet, XlsxError,
};

use super::cell_text;
use super::filled;
use super::lists::Lists;
use super::style::{Styles, row_height};
use crate::model::answers::Answers;
use crate::model::{Question, QuestionType, Questionnaire, Section};
use crate::render::form::{Numbers, condition_words, numbers};
use crate::text::number::number;
use crate::workbook::labels;
use crate::workbook::layout::{ANSWERS, Column, option_row_id};

struct Writer<'a, 'q> {
    sheet: &'a mut Worksheet,
    q: &'q Questionnaire,
    answers: Option<&'a Answers>,
    st: &'a Styles,
    lists: &'a mut Lists,
    numbers: Numbers<'q>,
    row: u32,
}

fn col(c: Column) -> u16 {
    c.index()
}

pub fn write(
    sheet: &mut Worksheet,
    q: &Questionnaire,
    answers: Option<&Answers>,
    st: &Styles,
    lists: &mut Lists,
) -> Result<(), XlsxError> {
    sheet.set_name(ANSWERS)?;
    for c in Column::ALL {
        sheet.set_column_width(col(c), c.width())?;
        sheet.write_string_with_format(0, col(c), c.title(), &st.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_header(format!("&L{}&R&P / &N", header_text(&q.title)));
    let mut w = Writer {
        sheet,
        q,
        answers,
        st,
        lists,
        numbers: numbers(q),
        row: 1,
    };
    for section in &q.sections {
        for question in &section.questions {
            w.question(section, question)?;
        }
    }
    Ok(())
}

/// Page headers give `&` a meaning of its own; double it.
fn header_text(s: &str) -> String {
    s.trim()
        .chars()
        .take(80)
        .collect::<String>()
        .replace('&', "&&")
}

fn plain(md: &str) -> String {
    crate::text::plain::markdown(md, 10_000).trim().to_owned()
}

impl Writer<'_, '_> {
    fn text(&mut self, c: Column, s: &str, f: &Format) -> Result<(), XlsxError> {
        self.sheet
            .write_string_with_format(self.row, col(c), cell_text(s).as_ref(), f)?;
        Ok(())
    }

    fn question(&mut self, section: &Section, question: &Question) -> Result<(), XlsxError> {
        let st = self.st;
        let num = self.numbers.get(question.id.as_str()).copied().unwrap_or(0);
        self.text(Column::Section, section.title.trim(), &st.fixed)?;
        self.sheet.write_number_with_format(
            self.row,
            col(Column::Number),
            num as f64,
            &st.fixed,
        )?;
        let must = if question.is_critical() {
            " (must-have)"
        } else {
            ""
        };
        let text = format!("{}{must}", question.text.trim());
        let f = if question.is_critical() {
            &st.fixed_bold
        } else {
            &st.fixed
        };
        self.text(Column::Question, &text, f)?;
        let help = self.help(section, question);
        self.text(Column::Help, &help, &st.fixed)?;
        self.text(Column::Id, question.id.as_str(), &st.id)?;
        let height = row_height(&[
            (section.title.trim(), Column::Section.width()),
            (&text, Column::Question.width()),
            (&help, Column::Help.width()),
        ]);
        self.sheet.set_row_height(self.row, height)?;
        let takes_nothing =
            question.kind() == QuestionType::Multi && labels::extras(question).is_empty();
        let answer = if takes_nothing {
            &st.closed
        } else {
            &st.answer
        };
        self.text(Column::Answer, "", answer)?;
        self.text(Column::Note, "", &st.input)?;
        self.text(Column::Evidence, "", &st.input)?;
        if !takes_nothing {
            self.validate(question)?;
        }
        if let Some(a) = self.answers.and_then(|a| a.get(&question.id)) {
            let cols = [
                col(Column::Answer),
                col(Column::Note),
                col(Column::Evidence),
            ];
            filled::answer(self.sheet, self.row, cols, question, a, [answer, &st.input])?;
        }
        self.row += 1;
        if question.kind() == QuestionType::Multi {
            self.options(section, question)?;
        }
        Ok(())
    }

    fn options(&mut self, section: &Section, question: &Question) -> Result<(), XlsxError> {
        let st = self.st;
        let first = self.row;
        for o in question.options() {
            self.text(Column::Section, section.title.trim(), &st.fixed)?;
            self.text(Column::Number, "", &st.fixed)?;
            self.text(Column::Question, o.label.trim(), &st.option)?;
            let help = if o.exclusive.value {
                "Only on its own: choose No on the other lines."
            } else {
                ""
            };
            self.text(Column::Help, help, &st.fixed)?;
            let value = self.answers.map(|a| a.value(&question.id));
            let picked = filled::option(value, o).unwrap_or_default();
            self.text(Column::Answer, picked, &st.answer)?;
            self.text(Column::Note, "", &st.closed)?;
            self.text(Column::Evidence, "", &st.closed)?;
            self.text(Column::Id, &option_row_id(question, o), &st.id)?;
            let height = row_height(&[
                (section.title.trim(), Column::Section.width()),
                (o.label.trim(), Column::Question.width() - 4.0),
                (help, Column::Help.width()),
            ]);
            self.sheet.set_row_height(self.row, height)?;
            self.row += 1;
        }
        if self.row > first {
            let range = self.lists.range(&labels::OPTION_ROW);
            let v = list(
                &range,
                "Yes or No",
                "Yes if this applies, No if it does not.",
            )?;
            let c = col(Column::Answer);
            self.sheet
                .add_data_validation(first, c, self.row - 1, c, &v)?;
        }
        Ok(())
    }

    /// The "What this means" cell: help, why, when it applies, what it takes.
    fn help(&self, section: &Section, question: &Question) -> String {
        let mut parts = Vec::new();
        let esc = |s: &str| s.to_owned();
        if let Some(when) = &section.when {
            parts.push(format!(
                "This section applies only if {}.",
                condition_words(when, self.q, &self.numbers, &esc)
            ));
        }
        if let Some(when) = &question.when {
            parts.push(format!(
                "Answer only if {}; otherwise leave it blank.",
                condition_words(when, self.q, &self.numbers, &esc)
            ));
        }
        if let Some(help) = &question.help {
            parts.push(plain(help));
        }
        if let Some(why) = &question.why {
            parts.push(format!("Why it matters: {}", plain(why)));
        }
        parts.push(takes(question));
        if let Some(evidence) = &question.evidence {
            parts.push(format!("Proof a customer may ask for: {}", evidence.trim()));
        }
        parts.join("\n\n")
    }

    fn validate(&mut self, question: &Question) -> Result<(), XlsxError> {
        let (r, c) = (self.row, col(Column::Answer));
        let v = match question.kind() {
            QuestionType::Number => number_rule(question, r, c)?,
            QuestionType::Text => return Ok(()),
            _ => {
                let labels = labels::answer_labels(question);
                let range = self.lists.range(&labels);
                list(&range, "Pick from the list", &message(&labels))?
            }
        };
        self.sheet.add_data_validation(r, c, r, c, &v)?;
        Ok(())
    }
}

/// What the answer cell takes, in words.
fn takes(q: &Question) -> String {
    let extras = labels::extras(q);
    let or_extras = if extras.is_empty() {
        String::new()
    } else {
        format!(", or {}", extras.join(" or "))
    };
    match q.kind() {
        QuestionType::YesNo | QuestionType::Choice => {
            format!("Answer: pick from the list{or_extras}.")
        }
        QuestionType::Multi => {
            let alone = if extras.is_empty() {
                String::new()
            } else {
                format!(" Or answer {} here.", extras.join(" or "))
            };
            format!("Choose Yes or No on each line below.{alone}")
        }
        QuestionType::Number => {
            format!(
                "Answer: a number{}{or_extras}.",
                crate::render::template::number_range(q)
            )
        }
        QuestionType::Text => format!("Answer: in your own words{or_extras}."),
    }
}

fn message(labels: &[&str]) -> String {
    let all = labels.join(", ");
    if all.chars().count() <= 200 {
        format!("Choose: {all}.")
    } else {
        "Choose an answer from the drop-down list.".into()
    }
}

fn list(range: &str, title: &str, message: &str) -> Result<DataValidation, XlsxError> {
    DataValidation::new()
        .allow_list_formula(Formula::new(format!("={range}")))
        .set_input_title(title)?
        .set_input_message(message)?
        .set_error_title("Not an answer here")?
        .set_error_message("Please pick an answer from the drop-down list.")
        .map(|v| v.set_error_style(DataValidationErrorStyle::Stop))
}

/// A number within the question's range, or "I don't know" / "Not applicable"
/// where allowed: a formula rule, since a number rule cannot take words.
fn number_rule(q: &Question, row: u32, col: u16) -> Result<DataValidation, XlsxError> {
    let cell = format!(
        "{}{}",
        crate::source::cell::column_name(u32::from(col)),
        row + 1
    );
    let mut test = vec![format!("ISNUMBER({cell})")];
    if let Some(min) = &q.min {
        test.push(format!("{cell}>={}", number(min.value)));
    }
    if let Some(max) = &q.max {
        test.push(format!("{cell}<={}", number(max.value)));
    }
    let mut any = vec![format!("AND({})", test.join(","))];
    for extra in labels::extras(q) {
        any.push(format!("{cell}=\"{extra}\""));
    }
    let message = takes(q).trim_start_matches("Answer: ").to_owned();
    DataValidation::new()
        .allow_custom(Formula::new(format!("=OR({})", any.join(","))))
        .set_input_title("A number")?
        .set_input_message(cell_text(&message).chars().take(250).collect::<String>())?
        .set_error_title("Not an answer here")?
        .set_error_message(format!(
            "Please type {}",
            message.chars().take(200).collect::<String>()
        ))
}
