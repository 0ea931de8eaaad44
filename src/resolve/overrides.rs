//! Overrides: per kept question, new text, help, weight, criticality,
//! importance or advice,
//! checked against the rules a questionnaire's own questions follow.

use super::Base;
use crate::diagnostic::Collector;
use crate::diagnostic::kinds::Profile as Problem;
use crate::model::{Override, Profile, Question, Section};
use crate::text::suggest::did_you_mean;
use crate::yaml::Spanned;

/// Applies every override of `profile` to the kept `sections`.
pub(super) fn apply(
    profile: &Profile,
    base: &Base<'_>,
    sections: &mut [Section],
    c: &mut Collector,
) {
    for (id, ov) in &profile.overrides {
        if !base.has_question(id) {
            c.error(
                id.span,
                Problem::NoSuchQuestion {
                    id: id.value.clone(),
                },
            )
            .help = did_you_mean(id, base.question_ids.iter().copied());
            continue;
        }
        let Some(q) = sections
            .iter_mut()
            .flat_map(|s| s.questions.iter_mut())
            .find(|q| q.id.as_str() == id.as_str())
        else {
            c.error(
                id.span,
                Problem::OverrideNotKept {
                    id: id.value.clone(),
                },
            )
            .help = Some(format!(
                "add it to `select: {{ questions: [{}] }}`, or remove the override",
                id.value
            ));
            continue;
        };
        change(q, ov);
        check(c, q, id, ov);
    }
}

/// Copies what the override sets into the question.
fn change(q: &mut Question, ov: &Override) {
    if let Some(text) = &ov.text {
        q.text.value.clone_from(text);
    }
    if ov.help.is_some() {
        q.help.clone_from(&ov.help);
    }
    if ov.why.is_some() {
        q.why.clone_from(&ov.why);
    }
    if ov.evidence.is_some() {
        q.evidence.clone_from(&ov.evidence);
    }
    if let Some(weight) = &ov.weight {
        q.weight = Some(weight.clone());
    }
    // The flag an override sets wins: making a question critical makes it no
    // longer important, and the other way round.
    if let Some(critical) = &ov.critical {
        q.critical = critical.clone();
        if critical.value && ov.important.is_none() {
            q.important.value = false;
        }
    }
    if let Some(important) = &ov.important {
        q.important = important.clone();
        if important.value && ov.critical.is_none() {
            q.critical.value = false;
        }
    }
    if let Some(allow_na) = &ov.allow_na {
        q.allow_na = allow_na.clone();
    }
    if ov.recommendation.is_some() {
        q.recommendation.clone_from(&ov.recommendation);
    }
    if ov.ask_whom.is_some() {
        q.ask_whom.clone_from(&ov.ask_whom);
    }
}

/// The rules an override can break, checked on the changed question.
fn check(c: &mut Collector, q: &Question, id: &Spanned<String>, ov: &Override) {
    if let Some(weight) = &ov.weight
        && weight.value > 0
        && !q.kind().is_scorable()
    {
        c.error(
            weight.key_span,
            Problem::WeightOnInfo {
                id: id.value.clone(),
                kind: q.kind().name().to_owned(),
            },
        );
    }
    if q.is_critical() && !q.is_scored() {
        let at = ov.critical.as_ref().map_or(id.span, |c| c.key_span);
        c.error(
            at,
            Problem::CriticalNotScored {
                id: id.value.clone(),
            },
        )
        .help = Some("give it a weight, or do not make it critical".into());
    }
    if q.is_important() && !q.is_scored() {
        let at = ov.important.as_ref().map_or(id.span, |c| c.key_span);
        c.error(
            at,
            Problem::ImportantNotScored {
                id: id.value.clone(),
            },
        )
        .help = Some("give it a weight, or do not make it important".into());
    }
    if let (Some(critical), Some(important)) = (&ov.critical, &ov.important)
        && critical.value
        && important.value
    {
        c.error(
            important.key_span,
            Problem::CriticalAndImportant {
                id: id.value.clone(),
            },
        )
        .help = Some("set only the one you mean: setting one clears the other".into());
    }
    let options_covered = q.kind().has_options()
        && q.options()
            .iter()
            .all(|o| o.score() >= 1.0 || o.recommendation.is_some());
    if q.is_scored() && q.kind().is_scorable() && q.recommendation.is_none() && !options_covered {
        c.error(
            id.span,
            Problem::MissingRecommendation {
                id: id.value.clone(),
            },
        )
        .help = Some("add `recommendation: { title, text, effort }` to its override".into());
    }
    if ov.text.as_ref().is_some_and(|t| t.trim().is_empty()) {
        c.error(id.span, Problem::EmptyText);
    }
}
