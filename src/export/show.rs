//! The questions of a questionnaire as terminal tables (`assure show Q`): one
//! table a section, with each question's answers, weight and conditions.

use crate::model::{Question, QuestionType, Questionnaire, YesNo};
use crate::text::number::number;
use crate::text::table;
use crate::text::terminal::clean_line;

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
    let mut out = format!(
        "{} ({} {})\n{} sections, {} questions: {scored} scored, {critical} critical\n",
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
