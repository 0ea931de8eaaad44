//! Which questions may still be asked: those asked now, and those hidden only
//! because a question their condition depends on has no answer yet. The walk
//! counts what is left to go with it, so that the count does not jump up as
//! follow-up questions appear: they were counted from the start ("up to").

use std::collections::{HashMap, HashSet};

use crate::model::answers::Answers;
use crate::model::{Condition, Questionnaire};

use super::{holds, visibility};

/// One entry per question, in file order: whether it is asked now or may yet
/// be, given the questions still without an answer.
pub fn possible(q: &Questionnaire, answers: &Answers) -> Vec<bool> {
    let shown = visibility(q, answers);
    let mut asked: HashMap<&str, bool> = HashMap::new();
    // Questions that may be asked and have no answer yet: what is still open.
    let mut open: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    let mut i = 0;
    for (s, section) in q.sections.iter().enumerate() {
        let section_may = match &section.when {
            None => true,
            Some(w) => shown.section(s) || depends(&w.value, &open),
        };
        for question in &section.questions {
            let question_may = match &question.when {
                None => true,
                Some(w) => holds(&w.value, answers, &asked) || depends(&w.value, &open),
            };
            let may = shown.question(i) || (section_may && question_may);
            asked.insert(question.id.as_str(), shown.question(i));
            if may && !answers.value(&question.id).is_answered() {
                open.insert(question.id.as_str());
            }
            out.push(may);
            i += 1;
        }
    }
    out
}

/// Whether the condition refers to a question that is still open.
fn depends(c: &Condition, open: &HashSet<&str>) -> bool {
    c.questions().iter().any(|id| open.contains(id.as_str()))
}

#[cfg(test)]
mod tests;
