//! The answers file `ask` writes for someone else to fill in: the same
//! questionnaire id, version and digest as the answers it came from (so that
//! `merge` can check the reply), `respondent.role` naming who it is for, and
//! each question blank, with the question, what the owner asks of them and
//! the answers it takes as comments above it.

use super::Letter;
use crate::export::{ExportError, Exporter};
use std::fmt::Write as _;

use crate::model::answers::QuestionnaireRef;
use crate::model::{Question, QuestionType, Questionnaire};
use crate::text::clean::to_spaces;
use crate::yaml::{flow_scalar, scalar};

/// Width of the comment lines.
const WIDTH: usize = 78;

/// One comment, wrapped at spaces only (ids and versions stay whole), each
/// line starting with `indent# `.
fn comment(out: &mut String, indent: &str, text: &str) {
    crate::yaml::wrapped_comment(out, indent, text, WIDTH);
}

/// The answers a question takes, in one comment line or one per option.
fn choices(out: &mut String, q: &Question) {
    let extra = {
        let mut e = Vec::new();
        if q.allows_na() {
            e.push("na (does not apply to us)");
        }
        if q.allow_unknown {
            e.push("unknown");
        }
        e
    };
    let or_else = if extra.is_empty() {
        String::new()
    } else {
        format!(", or {}", extra.join(", or "))
    };
    match q.kind() {
        QuestionType::YesNo => comment(out, "  ", &format!("Answer: yes or no{or_else}")),
        QuestionType::Number => comment(out, "  ", &format!("Answer: a number{or_else}")),
        QuestionType::Text => comment(out, "  ", &format!("Answer: text{or_else}")),
        kind => {
            let how = if kind == QuestionType::Multi {
                "Answer with a list of one or more of these, such as [a, b]"
            } else {
                "Answer with one of these"
            };
            comment(out, "  ", &format!("{how}{or_else}:"));
            for o in q.options() {
                let label = to_spaces(&o.label.value);
                let _ = writeln!(out, "  #   {}: {}", o.value.value, label.trim());
            }
        }
    }
}

fn header(out: &mut String, q: &Questionnaire, recipient: &str, from: Option<&str>) {
    let who = super::who(recipient);
    let mut intro = format!("Questions for {}", who.ours);
    if let Some(org) = from {
        let _ = write!(intro, " from {org}");
    }
    comment(out, "", &intro);
    out.push_str("#\n");
    comment(
        out,
        "",
        &format!(
            "They come from the questionnaire \"{}\" ({} {}). Please write your answer after the colon below each question, using one of the answers listed, and send this file back. Leave a question blank if you cannot answer it. You may add a note: write `answer:` and `note:` on two lines under the question's id, as in the example at the end.",
            q.title.value, q.id.value, q.version.value
        ),
    );
}

/// The file for the letter's recipient to fill in.
pub struct Reply;

impl Exporter<Letter<'_>> for Reply {
    fn export(&self, l: &Letter<'_>) -> Result<Vec<u8>, ExportError> {
        let from = l.respondent.organisation.as_deref();
        let text = render(l.questionnaire, l.answered, l.recipient, from, &l.questions);
        Ok(text.into_bytes())
    }
}

/// The file to fill in: `questions` of `q`, for `recipient`; `given` is the
/// questionnaire as the answers file names it (with the digest of `q` where it
/// names none), and `from` the organisation asking.
pub fn render(
    q: &Questionnaire,
    given: &QuestionnaireRef,
    recipient: &str,
    from: Option<&str>,
    questions: &[&Question],
) -> String {
    let mut out = String::new();
    header(&mut out, q, recipient, from);
    let _ = writeln!(out, "questionnaire:\n  id: {}", scalar(&given.id));
    if let Some(v) = &given.version {
        let _ = writeln!(out, "  version: {}", scalar(v));
    }
    // The answers file's digest; else that of `q`, unless the answers were
    // given to another version (whose digest is not known).
    let other_version = given
        .version
        .as_ref()
        .is_some_and(|v| v.as_str() != q.version.as_str());
    let digest = match &given.digest {
        Some(d) => Some(d.value.clone()),
        None => (!other_version).then(|| crate::digest::digest(q)),
    };
    if let Some(digest) = digest {
        let _ = writeln!(out, "  digest: {}", scalar(&digest));
    }
    out.push_str("respondent:\n");
    let _ = writeln!(out, "  role: {}", scalar(recipient.trim()));
    out.push_str("  organisation:    # your company\n  name:            # who answered\n  date:            # the date you answered, such as 2026-12-01\nanswers:\n");
    for (i, x) in questions.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let must = if x.is_critical() {
            " (a must-have)"
        } else {
            ""
        };
        comment(
            &mut out,
            "  ",
            &format!("{}. {}{must}", i + 1, x.text.value),
        );
        // `ask_provider` is written to whoever the question's `ask_whom` names.
        let ask = x
            .recommendation
            .as_ref()
            .and_then(|r| r.ask_provider.as_deref());
        if let Some(ask) = ask {
            comment(
                &mut out,
                "  ",
                &format!("We would also like to know: {ask}"),
            );
        }
        choices(&mut out, x);
        let _ = writeln!(out, "  {}:", x.id.value);
    }
    example(&mut out, questions);
    out
}

/// An example of an answer with a note, commented out.
fn example(out: &mut String, questions: &[&Question]) {
    let Some(q) = questions.first() else {
        return;
    };
    let value = match q.kind() {
        QuestionType::YesNo => "yes".to_owned(),
        QuestionType::Number => "1".to_owned(),
        QuestionType::Text => "Our answer".to_owned(),
        QuestionType::Choice => q
            .options()
            .first()
            .map_or_else(String::new, |o| o.value.value.clone()),
        QuestionType::Multi => format!(
            "[{}]",
            q.options()
                .first()
                .map_or_else(String::new, |o| flow_scalar(&o.value))
        ),
    };
    out.push_str("\n  # An answer with a note looks like this:\n");
    let _ = writeln!(
        out,
        "  # {}:\n  #   answer: {value}\n  #   note: What we checked, and when.",
        q.id.value
    );
}
