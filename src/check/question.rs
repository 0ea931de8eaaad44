//! The rules of one question: options only where they belong, number keys only
//! on numbers, what scoring needs (weight, critical, a recommendation), and
//! framework references.

use super::{links, options, text};
use crate::diagnostic::Collector;
use crate::diagnostic::kinds::Questionnaire as Problem;
use crate::frameworks;
use crate::model::{Question, QuestionType, Questionnaire};
use crate::text::suggest::did_you_mean;

pub(super) fn check(c: &mut Collector, q: &Questionnaire, question: &Question) {
    text(c, "the question text", &question.text, question.text.span);
    options_where_they_belong(c, question);
    number_keys(c, question);
    scoring_keys(c, question);
    caps(c, question);
    recommendation(c, question);
    references(c, q, question);
    links::check(c, q, question);
}

/// Options belong to choice and multi questions, and only there.
fn options_where_they_belong(c: &mut Collector, question: &Question) {
    let kind = question.kind();
    match (&question.options, kind.has_options()) {
        (None, true) => {
            c.error(
                question.kind.span,
                Problem::MissingOptions {
                    kind: kind.name().to_owned(),
                },
            )
            .help = Some("list at least two options, each with `value` and `label`".into());
        }
        (Some(options), false) => {
            c.error(
                options.key_span,
                Problem::OptionsNotAllowed {
                    kind: kind.name().to_owned(),
                },
            )
            .help = Some("remove `options`, or set `type: choice`".into());
        }
        (Some(options), true) => options::check(c, question, options),
        (None, false) => {}
    }
}

/// `min`, `max` and `unit` only on number questions, with `min` <= `max`.
fn number_keys(c: &mut Collector, question: &Question) {
    let kind = question.kind();
    if kind != QuestionType::Number {
        for (name, span) in [
            ("min", question.min.as_ref().map(|v| v.key_span)),
            ("max", question.max.as_ref().map(|v| v.key_span)),
            ("unit", question.unit.as_ref().map(|v| v.key_span)),
        ] {
            if let Some(span) = span {
                c.error(
                    span,
                    Problem::NumberOnly {
                        key: name.to_string(),
                        kind: kind.name().to_owned(),
                    },
                );
            }
        }
        return;
    }
    for (name, bound) in [("min", &question.min), ("max", &question.max)] {
        if let Some(b) = bound
            && !b.value.is_finite()
        {
            c.error(
                b.span,
                Problem::NotFinite {
                    key: name.to_string(),
                    value: b.value,
                },
            )
            .help = Some(format!("leave `{name}` out for no limit"));
        }
    }
    if let (Some(min), Some(max)) = (&question.min, &question.max)
        && min.value > max.value
    {
        c.error(
            max.span,
            Problem::MinAboveMax {
                min: min.value,
                max: max.value,
            },
        );
    }
}

/// `expect` only on yes/no; weight only where it can score; `allow_na` only
/// on scored questions.
fn scoring_keys(c: &mut Collector, question: &Question) {
    let kind = question.kind();
    if let Some(expect) = &question.expect
        && kind != QuestionType::YesNo
    {
        c.error(
            expect.key_span,
            Problem::ExpectNotYesNo {
                kind: kind.name().to_owned(),
            },
        )
        .help = Some("for choice questions, give each option a `score` instead".into());
    }

    if let Some(weight) = &question.weight
        && weight.value > 0
        && !kind.is_scorable()
    {
        c.error(
            weight.key_span,
            Problem::WeightOnInfo {
                kind: kind.name().to_owned(),
            },
        )
        .help =
            Some("remove `weight`, or ask it as a `choice` question with scored options".into());
    }

    if question.allows_na() && !question.is_scored() {
        c.warning(question.allow_na.key_span, Problem::NaNotScored);
    }
}

/// `critical` and `important` only on scored questions, and never both.
fn caps(c: &mut Collector, question: &Question) {
    if question.is_critical() && !question.is_scored() {
        c.error(question.critical.key_span, Problem::CriticalNotScored)
            .help = Some("remove `critical: true`, or give the question a weight".into());
    }

    if question.is_important() && !question.is_scored() {
        c.error(question.important.key_span, Problem::ImportantNotScored)
            .help = Some("remove `important: true`, or give the question a weight".into());
    }

    if question.is_important() && question.is_critical() {
        c.error(question.important.key_span, Problem::CriticalAndImportant)
            .help = Some(
            "a critical gap caps the rating lower than an important one: keep the one you mean"
                .into(),
        );
    }
}

/// A scored question says what to do about a gap, in its own recommendation or
/// in one on each option that falls short.
fn recommendation(c: &mut Collector, question: &Question) {
    let kind = question.kind();
    if question.is_scored() && kind.is_scorable() && question.recommendation.is_none() {
        let all_options_covered = kind.has_options()
            && question
                .options()
                .iter()
                .all(|o| o.score() >= 1.0 || o.recommendation.is_some());
        if !all_options_covered {
            c.error(question.id.key_span, Problem::MissingRecommendation {
                    id: question.id.value.clone(),
                })
            .help = Some(
                "add a `recommendation` with `title`, `text` and `effort`, so the report can say what to do"
                    .into(),
            );
        }
    }
    if let Some(rec) = &question.recommendation {
        text(c, "the recommendation's title", &rec.title, rec.title.span);
        text(c, "the recommendation's text", &rec.text, rec.text.span);
    }
}

/// `maps`: declared frameworks, and references that are ids of the frameworks
/// `assure` knows.
fn references(c: &mut Collector, q: &Questionnaire, question: &Question) {
    let declared: Vec<&str> = q.frameworks.keys().map(|k| k.as_str()).collect();
    for (framework, refs) in &question.maps {
        if !q.frameworks.contains_key(framework.as_str()) {
            c.error(
                framework.span,
                Problem::UnknownFramework {
                    framework: framework.value.clone(),
                },
            )
            .help = did_you_mean(framework, declared.iter().copied()).or_else(|| {
                Some(format!(
                    "declare it at the top of the file: `frameworks: {{ {}: Its full name }}`",
                    framework.value
                ))
            });
        }
        if refs.is_empty() {
            c.error(
                framework.span,
                Problem::NoReferences {
                    framework: framework.value.clone(),
                },
            );
        }
        for r in refs {
            text(c, "a framework reference", r, r.span);
            if frameworks::knows(framework, r) == Some(false) {
                let known: Vec<&str> = frameworks::ids(framework)
                    .map(Iterator::collect)
                    .unwrap_or_default();
                let name = q.framework_name(framework).to_owned();
                c.warning(
                    r.span,
                    Problem::UnknownReference {
                        reference: r.value.clone(),
                        framework: name.to_string(),
                    },
                )
                .help = known
                    .iter()
                    .find(|id| id.strip_prefix("A.") == Some(r.as_str()))
                    .map(|id| format!("did you mean `{id}`?"))
                    .or_else(|| did_you_mean(r, known.iter().copied()));
            }
        }
    }
}
