//! The `Answers` sheet: a frozen header row, then each section's title on a row
//! of its own and one row per question, in the questionnaire's order, and under
//! a `multi` question one row per option with a Yes/No drop-down. Conditions
//! cannot hide rows, so a dependent question says in its help which earlier
//! answer it depends on.
//!
//! Only what a person fills in or reads is written: the Note and Evidence
//! cells of a question take their format (unlocked, bordered) from their
//! column, and are not written at all while empty. Each cell written is one
//! the reader has to stream past, and the workbook is read back far more
//! often than it is made.

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

use super::cell_text;
use super::filled;
use super::lists::Lists;
use super::rules::{Rule, Rules};
use super::style::{Styles, row_height};
use crate::condition::words::{Numbers, condition_words, numbers};
use crate::exchange::workbook::labels;
use crate::exchange::workbook::layout::{ANSWERS, Column, option_row_id};
use crate::model::answers::Answers;
use crate::model::{Question, QuestionType, Questionnaire, Section};
use crate::text::number::number;

struct Writer<'a, 'q> {
    sheet: &'a mut Worksheet,
    q: &'q Questionnaire,
    answers: Option<&'a Answers>,
    st: &'a Styles,
    lists: &'a mut Lists,
    rules: Rules,
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
    for c in [Column::Note, Column::Evidence] {
        sheet.set_column_format(col(c), &st.input)?;
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
        rules: Rules::default(),
        numbers: numbers(q),
        row: 1,
    };
    for section in &q.sections {
        w.section(section)?;
        for question in &section.questions {
            w.question(section, question)?;
        }
    }
    w.rules.write(w.sheet, col(Column::Answer))
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

    /// The section's title, on a row of its own across the table.
    fn section(&mut self, section: &Section) -> Result<(), XlsxError> {
        let st = self.st;
        // Cells beside the title stay empty, so that a long title runs on
        // across them.
        for c in Column::ALL {
            let title = if c == Column::Question {
                section.title.trim()
            } else {
                ""
            };
            self.text(c, title, &st.section)?;
        }
        self.sheet.set_row_height(self.row, row_height(&[]) + 6.0)?;
        self.row += 1;
        Ok(())
    }

    fn question(&mut self, section: &Section, question: &Question) -> Result<(), XlsxError> {
        let st = self.st;
        let num = self.numbers.get(question.id.as_str()).copied().unwrap_or(0);
        let must = if question.is_critical() {
            " (must-have)"
        } else {
            ""
        };
        let text = format!("{num}. {}{must}", question.text.trim());
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
        if !takes_nothing {
            self.validate(question);
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
            self.options(question)?;
        }
        Ok(())
    }

    fn options(&mut self, question: &Question) -> Result<(), XlsxError> {
        let st = self.st;
        let first = self.row;
        for o in question.options() {
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
                (o.label.trim(), Column::Question.width() - 4.0),
                (help, Column::Help.width()),
            ]);
            self.sheet.set_row_height(self.row, height)?;
            self.row += 1;
        }
        if self.row > first {
            let rule = Rule::List {
                range: self.lists.range(&labels::OPTION_ROW),
                title: "Yes or No",
                message: "Yes if this applies, No if it does not.".into(),
            };
            self.rules.add(rule, first, self.row - 1);
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

    fn validate(&mut self, question: &Question) {
        let rule = match question.kind() {
            QuestionType::Number => number_rule(question),
            QuestionType::Text => return,
            _ => {
                let labels = labels::answer_labels(question);
                Rule::List {
                    range: self.lists.range(&labels),
                    title: "Pick from the list",
                    message: message(&labels),
                }
            }
        };
        self.rules.add(rule, self.row, self.row);
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
            format!("Answer: a number{}{or_extras}.", q.range_words())
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

/// A number within the question's range, or "I don't know" / "Not applicable"
/// where allowed: a formula rule, since a number rule cannot take words.
fn number_rule(q: &Question) -> Rule {
    let mut tests = Vec::new();
    if let Some(min) = &q.min {
        tests.push(format!(">={}", number(min.value)));
    }
    if let Some(max) = &q.max {
        tests.push(format!("<={}", number(max.value)));
    }
    Rule::Number {
        tests,
        extras: labels::extras(q),
        message: takes(q).trim_start_matches("Answer: ").to_owned(),
    }
}
