//! What `assure show Q` writes: the questions of a questionnaire as terminal
//! tables (one table a section, with each question's answers, weight and
//! conditions), the printable form ([`super::form`]) in Markdown or HTML, or
//! the questionnaire as YAML. Every format is a [`Choice`] in [`FORMATS`].

use super::{Choice, ExportError, Exporter, form, html};
use crate::format::Format;
use crate::model::{Question, QuestionType, Questionnaire, YesNo};
use crate::text::number::number;
use crate::text::table;
use crate::text::terminal::clean_line;

/// What writes a questionnaire for `show`.
pub type ShowExporter = dyn Exporter<Questionnaire>;

/// What `show` writes, the default first.
pub static FORMATS: [Choice<ShowExporter>; 4] = [
    Choice {
        name: "table",
        format: Format::Text,
        help: "A table per section, for the terminal",
        exporter: &Table,
    },
    Choice {
        name: "markdown",
        format: Format::Markdown,
        help: "A printable form: numbered questions, check boxes, help",
        exporter: &Form,
    },
    Choice {
        name: "html",
        format: Format::Html,
        help: "The printable form as a standalone web page, ready to print",
        exporter: &FormPage,
    },
    Choice {
        name: "yaml",
        format: Format::Yaml,
        help: "The resolved questionnaire as YAML",
        exporter: &Yaml,
    },
];

pub struct Table;

impl Exporter<Questionnaire> for Table {
    fn export(&self, q: &Questionnaire) -> Result<Vec<u8>, ExportError> {
        Ok(tables(q).into_bytes())
    }
}

pub struct Form;

impl Exporter<Questionnaire> for Form {
    fn export(&self, q: &Questionnaire) -> Result<Vec<u8>, ExportError> {
        Ok(form::render(q).into_bytes())
    }
}

pub struct FormPage;

impl Exporter<Questionnaire> for FormPage {
    fn export(&self, q: &Questionnaire) -> Result<Vec<u8>, ExportError> {
        Ok(html::page(&q.title, &form::render(q)).into_bytes())
    }
}

pub struct Yaml;

impl Exporter<Questionnaire> for Yaml {
    fn export(&self, q: &Questionnaire) -> Result<Vec<u8>, ExportError> {
        Ok(crate::yaml::to_string(q)?.into_bytes())
    }
}

/// What kind of answer a question takes, in a few words.
fn answer_kind(q: &Question) -> String {
    let mut s = match q.kind() {
        QuestionType::YesNo => match q.expected_answer() {
            YesNo::Yes => "yes / no".to_string(),
            YesNo::No => "yes / no (no is good)".to_string(),
        },
        QuestionType::Choice | QuestionType::Multi => {
            let values: Vec<String> = q
                .options()
                .iter()
                .map(|o| {
                    if q.is_scored() {
                        format!("{} {}", o.value.value, number(o.score()))
                    } else {
                        o.value.value.clone()
                    }
                })
                .collect();
            let lead = if q.kind() == QuestionType::Multi {
                "any of: "
            } else {
                "one of: "
            };
            format!("{lead}{}", values.join(", "))
        }
        QuestionType::Number => {
            let mut s = "number".to_string();
            match (&q.min, &q.max) {
                (Some(lo), Some(hi)) => s += &format!(" {}–{}", number(lo.value), number(hi.value)),
                (Some(lo), None) => s += &format!(" ≥ {}", number(lo.value)),
                (None, Some(hi)) => s += &format!(" ≤ {}", number(hi.value)),
                (None, None) => {}
            }
            if let Some(unit) = &q.unit {
                s += &format!(" {}", unit.value);
            }
            s
        }
        QuestionType::Text => "text".to_string(),
    };
    if q.allows_na() {
        s += "; n/a allowed";
    }
    if !q.allow_unknown {
        s += "; \"don't know\" not allowed";
    }
    s
}

/// Every section of `q` as a table, under a line that sums it up.
pub fn tables(q: &Questionnaire) -> String {
    let questions: Vec<&Question> = q.questions().collect();
    let scored = questions.iter().filter(|q| q.is_scored()).count();
    let critical = questions.iter().filter(|q| q.is_critical()).count();
    let important = match questions.iter().filter(|q| q.is_important()).count() {
        0 => String::new(),
        n => format!(", {n} important"),
    };
    let mut out = format!(
        "{} ({} {})\n{} sections, {} questions: {scored} scored, {critical} critical{important}\n",
        clean_line(&q.title),
        q.id.value,
        clean_line(&q.version),
        q.sections.len(),
        questions.len(),
    );
    if let Some(d) = &q.derived_from {
        out += &format!(
            "Trimmed from {} {}\n",
            clean_line(&d.id),
            clean_line(&d.version)
        );
    }
    let mut n = 0;
    for section in &q.sections {
        out += &format!("\n{} ({})", clean_line(&section.title), section.id.value);
        if let Some(when) = &section.when {
            out += &format!(", only if {}", clean_line(&when.to_string()));
        }
        out.push('\n');
        let mut t = table::new();
        t.set_header(["#", "Id", "Question", "Answer", "Weight"]);
        let w = table::width(&t);
        for question in &section.questions {
            n += 1;
            let mut text = table::line(w, &question.text);
            if let Some(when) = &question.when {
                text += &format!("\n(only if {})", table::line(w, &when.to_string()));
            }
            let mut weight = question.weight().to_string();
            if question.is_critical() {
                weight += ", critical";
            } else if question.is_important() {
                weight += ", important";
            }
            t.add_row([
                n.to_string(),
                question.id.value.clone(),
                text,
                table::line(w, &answer_kind(question)),
                weight,
            ]);
        }
        table::no_wrap(&mut t, 1);
        out += &format!("{t}\n");
    }
    out
}
