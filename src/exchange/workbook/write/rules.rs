//! The drop-downs and number rules of the answer cells, each written once for
//! all the cells that share it (`sqref="E2:E5 E9 E12:E14"`), as Excel itself
//! stores them, rather than once per question. A 2,000-question workbook has a
//! handful of distinct rules: one each made its `Answers` sheet 40% larger,
//! slower to write and to read back, and Excel stops keeping validations
//! beyond about 60,000 separate ones.

use std::collections::HashMap;

use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Formula, Worksheet, XlsxError};

use super::cell_text;
use crate::source::cell::column_name;

/// What an answer cell accepts.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Rule {
    /// An entry of the drop-down at `range` (on the hidden Lists sheet).
    List {
        range: String,
        title: &'static str,
        message: String,
    },
    /// A number that passes every test (`>=0`, `<=500`), or one of `extras`
    /// ("I don't know", "Not applicable"); `message` says so in words.
    Number {
        tests: Vec<String>,
        extras: Vec<&'static str>,
        message: String,
    },
}

/// The rules of one column, each with the rows it applies to, in the order
/// they were first used.
#[derive(Default)]
pub struct Rules {
    rules: Vec<(Rule, Vec<(u32, u32)>)>,
    index: HashMap<Rule, usize>,
}

impl Rules {
    /// Applies `rule` to rows `first..=last`, joined to the rule's last range
    /// when it ends just above.
    pub fn add(&mut self, rule: Rule, first: u32, last: u32) {
        let i = match self.index.get(&rule) {
            Some(i) => *i,
            None => {
                self.rules.push((rule.clone(), Vec::new()));
                self.index.insert(rule, self.rules.len() - 1);
                self.rules.len() - 1
            }
        };
        let ranges = &mut self.rules[i].1;
        match ranges.last_mut() {
            Some(r) if r.1 + 1 == first => r.1 = last,
            _ => ranges.push((first, last)),
        }
    }

    /// Writes every rule onto the cells of column `col` it applies to.
    pub fn write(&self, sheet: &mut Worksheet, col: u16) -> Result<(), XlsxError> {
        let name = column_name(u32::from(col));
        for (rule, ranges) in &self.rules {
            let Some(&(top, bottom)) = ranges.first() else {
                continue;
            };
            let sqref = ranges
                .iter()
                .map(|&(a, z)| {
                    if a == z {
                        format!("{name}{}", a + 1)
                    } else {
                        format!("{name}{}:{name}{}", a + 1, z + 1)
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            // A formula's cell references are relative to the first cell of
            // the first range, the top one: Excel and LibreOffice move them
            // along to every other cell.
            let v = validation(rule, &format!("{name}{}", top + 1))?.set_multi_range(sqref);
            sheet.add_data_validation(top, col, bottom, col, &v)?;
        }
        Ok(())
    }
}

fn validation(rule: &Rule, cell: &str) -> Result<DataValidation, XlsxError> {
    match rule {
        Rule::List {
            range,
            title,
            message,
        } => DataValidation::new()
            .allow_list_formula(Formula::new(format!("={range}")))
            .set_input_title(*title)?
            .set_input_message(message.as_str())?
            .set_error_title("Not an answer here")?
            .set_error_message("Please pick an answer from the drop-down list.")
            .map(|v| v.set_error_style(DataValidationErrorStyle::Stop)),
        Rule::Number {
            tests,
            extras,
            message,
        } => {
            let mut and = vec![format!("ISNUMBER({cell})")];
            and.extend(tests.iter().map(|t| format!("{cell}{t}")));
            let mut any = vec![format!("AND({})", and.join(","))];
            any.extend(extras.iter().map(|e| format!("{cell}=\"{e}\"")));
            DataValidation::new()
                .allow_custom(Formula::new(format!("=OR({})", any.join(","))))
                .set_input_title("A number")?
                .set_input_message(cell_text(message).chars().take(250).collect::<String>())?
                .set_error_title("Not an answer here")?
                .set_error_message(format!(
                    "Please type {}",
                    message.chars().take(200).collect::<String>()
                ))
        }
    }
}
