//! The options of a choice or multi question: at least two, unique, not reserved,
//! scores from 0 to 1, a best answer that scores 1, and references met (`meets`)
//! that the question maps to.

use std::collections::HashMap;

use super::{slug, text};
use crate::diagnostic::Collector;
use crate::diagnostic::kinds::Questionnaire as Problem;
use crate::model::{Choice, Question, QuestionType, RESERVED_VALUES};
use crate::source::Span;
use crate::text::suggest::did_you_mean;
use crate::yaml::Spanned;

pub(super) fn check(c: &mut Collector, question: &Question, options: &Spanned<Vec<Choice>>) {
    let kind = question.kind();
    if options.len() < 2 {
        c.error(
            options.key_span,
            Problem::TooFewOptions {
                kind: kind.name().to_owned(),
            },
        );
    }
    let mut seen: HashMap<&str, Span> = HashMap::new();
    for option in options.iter() {
        slug(c, "option value", &option.value);
        if RESERVED_VALUES.contains(&option.value.as_str()) {
            c.error(option.value.span, Problem::ReservedValue {
                    value: option.value.value.clone(),
                })
            .help = Some("`unknown` means \"I don't know\" and `na` means \"not applicable\"; both are offered without listing them".into());
        }
        if let Some(first) = seen.insert(&option.value, option.value.span) {
            c.error(
                option.value.span,
                Problem::DuplicateOption {
                    value: option.value.value.clone(),
                    line: first.start.line,
                },
            );
        }
        text(c, "the option's label", &option.label, option.label.span);
        if let Some(score) = &option.score
            && !(0.0..=1.0).contains(&score.value)
        {
            c.error(score.span, Problem::ScoreOutOfRange { score: score.value })
                .help = Some("use 1 for fully met, 0.5 for half, 0 for not met".into());
        }
        if option.exclusive.value && kind != QuestionType::Multi {
            c.error(option.exclusive.key_span, Problem::ExclusiveNotMulti);
        }
        meets(c, question, option);
    }
    if question.is_scored() {
        let best = match kind {
            QuestionType::Multi => {
                let together: f64 = options
                    .iter()
                    .filter(|o| !o.exclusive.value)
                    .map(|o| o.score())
                    .sum();
                let alone = options
                    .iter()
                    .filter(|o| o.exclusive.value)
                    .map(|o| o.score())
                    .fold(0.0, f64::max);
                together.max(alone)
            }
            _ => options.iter().map(|o| o.score()).fold(0.0, f64::max),
        };
        if best < 1.0 {
            c.error(options.key_span, Problem::NoFullScore).help = Some(match kind {
                QuestionType::Multi => "give the options scores that add up to at least 1".into(),
                _ => "give the best option `score: 1`".into(),
            });
        }
    }
}

/// An option's `meets` lists references of the question's own `maps`: what a
/// question is about bounds what any of its answers can meet.
fn meets(c: &mut Collector, question: &Question, option: &Choice) {
    for (framework, refs) in &option.meets {
        let Some(mapped) = question.maps.get(framework.as_str()) else {
            let declared: Vec<&str> = question.maps.keys().map(|k| k.as_str()).collect();
            c.error(
                framework.span,
                Problem::MeetsUnmappedFramework {
                    option: option.value.value.clone(),
                    framework: framework.value.clone(),
                },
            )
            .help = did_you_mean(framework, declared.iter().copied())
                .or_else(|| Some("add the references to the question's `maps` first".into()));
            continue;
        };
        if refs.is_empty() {
            c.error(
                framework.span,
                Problem::MeetsNothing {
                    framework: framework.value.clone(),
                },
            );
        }
        for r in refs {
            if !mapped.iter().any(|m| m.as_str() == r.as_str()) {
                c.error(
                    r.span,
                    Problem::MeetsUnmappedReference {
                        reference: r.value.clone(),
                        framework: framework.value.clone(),
                    },
                )
                .help = did_you_mean(r, mapped.iter().map(|m| m.as_str()));
            }
        }
    }
}
