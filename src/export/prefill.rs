//! What `prefill` says on stderr: how many answers came from which file, where
//! the files disagreed (the newest won), what could not be carried and why, and
//! what is left to answer. Plain text for a terminal: everything from files is
//! cleaned of control characters.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use crate::model::{Question, QuestionType, Questionnaire};
use crate::report::describe;
use crate::reuse::prefill::{Left, Prefilled};
use crate::reuse::{Earlier, Why};
use crate::text::count::plural;
use crate::text::terminal::clean_line;

fn kind(t: QuestionType) -> &'static str {
    match t {
        QuestionType::YesNo => "yes or no",
        QuestionType::Choice => "one choice",
        QuestionType::Multi => "a list of choices",
        QuestionType::Number => "a number",
        QuestionType::Text => "text",
    }
}

/// Why an answer was not carried, in words.
pub fn why(w: &Why) -> String {
    match w {
        Why::Removed => "the question is no longer asked".into(),
        Why::Retyped { was, now } => format!(
            "it was answered with {}; the question takes {}",
            kind(*was),
            kind(*now)
        ),
        Why::NotAnOption(v) => format!("\"{}\" is not one of the answers it takes", clean_line(v)),
        Why::OutOfRange(n) => format!(
            "{} is outside the range it allows",
            crate::text::number::number(*n)
        ),
        Why::NaNotAllowed => "\"not applicable\" is not allowed for it".into(),
        Why::NoLongerFits => "the answer no longer fits the question".into(),
    }
}

fn file(e: &Earlier<'_>) -> String {
    match e.date() {
        Some(d) => format!("{} (answered {d})", clean_line(&e.name)),
        None => clean_line(&e.name),
    }
}

fn carried(out: &mut String, q: &Questionnaire, p: &Prefilled, earlier: &[Earlier<'_>]) {
    let _ = writeln!(
        out,
        "Prefilled {} {} with {} of its {} questions, from {}:",
        q.id.value,
        clean_line(&q.version),
        p.carry.answers.len(),
        q.questions().count(),
        if earlier.len() == 1 {
            "1 file".to_owned()
        } else {
            format!("{} files", earlier.len())
        }
    );
    for (i, e) in earlier.iter().enumerate() {
        let n = p.carry.answers.values().filter(|c| c.source == i).count();
        let _ = writeln!(out, "  {n:>4} from {}", file(e));
    }
}

fn overruled(out: &mut String, q: &Questionnaire, p: &Prefilled, earlier: &[Earlier<'_>]) {
    if p.carry.overruled.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "Disagreed, so the newest answer was kept ({}):",
        p.carry.overruled.len()
    );
    let questions: HashMap<&str, &Question> = q.questions().map(|x| (x.id.as_str(), x)).collect();
    for o in &p.carry.overruled {
        let Some(question) = questions.get(o.question.as_str()) else {
            continue;
        };
        let kept = p
            .carry
            .answers
            .get(&o.question)
            .map_or_else(String::new, |c| describe(question, &c.answer.value));
        let _ = writeln!(
            out,
            "  {}: kept \"{}\" from {}; \"{}\" in {}",
            o.question,
            clean_line(&kept),
            clean_line(&earlier[o.kept].name),
            clean_line(&describe(question, &o.value)),
            clean_line(&earlier[o.source].name),
        );
    }
}

fn not_carried(out: &mut String, p: &Prefilled, earlier: &[Earlier<'_>]) {
    let mut seen = HashSet::new();
    let unique: Vec<_> = p
        .carry
        .not_carried
        .iter()
        .filter(|n| seen.insert((n.source, n.question.clone(), format!("{:?}", n.why))))
        .collect();
    if unique.is_empty() {
        return;
    }
    let _ = writeln!(out, "Not carried ({}):", unique.len());
    // What was written, where a file's answer no longer reads.
    let raws: HashMap<(usize, &str), &str> = earlier
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.leftovers
                .iter()
                .filter_map(move |l| Some(((i, l.question.as_str()), l.raw.as_deref()?)))
        })
        .collect();
    // A file may hold any number of answers that no longer fit: the first 50
    // say enough on a terminal.
    let more = unique.len().saturating_sub(50);
    for n in unique.into_iter().take(50) {
        let e = &earlier[n.source];
        let raw = raws.get(&(n.source, n.question.as_str())).copied();
        let reason = match (&n.why, raw) {
            (Why::NoLongerFits, Some(raw)) => {
                format!("\"{}\" no longer fits the question", clean_line(raw))
            }
            (w, _) => why(w),
        };
        let _ = writeln!(
            out,
            "  {}: {}: {reason}",
            clean_line(&e.name),
            clean_line(&n.question),
        );
    }
    if more > 0 {
        let _ = writeln!(out, "  and {more} more");
    }
}

fn left(out: &mut String, l: &Left) {
    if let Some(pct) = l.scored_percent() {
        let _ = writeln!(
            out,
            "Answered: {} of the {} scored questions asked ({pct:.0}%).",
            l.scored_answered, l.scored
        );
    }
    match l.open.len() {
        0 => out.push_str("Nothing is left to answer.\n"),
        n => {
            let _ = write!(out, "Left to answer: {n} question{}", plural(n, "", "s"));
            if !l.must_haves.is_empty() {
                let _ = write!(
                    out,
                    ", {} of them must-haves ({})",
                    l.must_haves.len(),
                    l.must_haves.join(", ")
                );
            }
            out.push_str(".\n");
        }
    }
}

/// The whole summary.
pub fn summary(q: &Questionnaire, p: &Prefilled, earlier: &[Earlier<'_>], l: &Left) -> String {
    let mut out = String::new();
    carried(&mut out, q, p, earlier);
    overruled(&mut out, q, p, earlier);
    not_carried(&mut out, p, earlier);
    left(&mut out, l);
    out
}
