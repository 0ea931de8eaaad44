//! The rules of formats.md §1 and §3 that serde cannot express: how fields relate
//! to one another and to the rest of the questionnaire. Each rule has a stable
//! code and points at the key that is wrong.

use std::collections::HashMap;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::frameworks;
use crate::model::{Question, QuestionType, Questionnaire, Scoring};
use crate::source::Source;
use crate::suggest::did_you_mean;
use crate::yaml::{Span, Spanned};

mod conditions;

/// Option values that mean "I don't know" and "not applicable" in answers files.
pub const RESERVED_VALUES: [&str; 2] = ["unknown", "na"];

/// `^[a-z0-9][a-z0-9-]{0,63}$`
pub fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// Framework ids may also hold dots: `nist-csf-2.0`.
pub fn is_framework_id(s: &str) -> bool {
    is_slug(&s.replace('.', "-")) && !s.starts_with('.')
}

/// A slug close to `s`, to suggest in a help line.
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    out.chars().take(64).collect()
}

fn slug_help(s: &str) -> String {
    let suggestion = slugify(s);
    if suggestion.len() * 2 < s.len() || suggestion == s {
        "ids use lower-case letters, digits and hyphens, such as `mfa-email`".into()
    } else {
        format!("ids use lower-case letters, digits and hyphens: try `{suggestion}`")
    }
}

struct Checker<'a> {
    src: &'a Arc<Source>,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn push(&mut self, d: Diagnostic) -> &mut Diagnostic {
        self.out.push(d);
        let last = self.out.len() - 1;
        &mut self.out[last]
    }

    fn error(
        &mut self,
        code: &'static str,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let d = Diagnostic::error(code, message).at(self.src, span);
        self.push(d)
    }

    fn warning(
        &mut self,
        code: &'static str,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let d = Diagnostic::warning(code, message).at(self.src, span);
        self.push(d)
    }

    fn slug(&mut self, what: &str, id: &Spanned<String>) {
        if !is_slug(id) {
            self.error(
                "invalid-id",
                id.span,
                format!("`{}` is not a valid {what}", id.value),
            )
            .help = Some(slug_help(id));
        }
    }

    fn text(&mut self, what: &str, value: &str, span: Span) {
        if value.trim().is_empty() {
            self.error("empty-text", span, format!("{what} is empty"));
        }
    }
}

/// Where each question is, for `when` checks: its position in the file and itself.
type Index<'q> = HashMap<&'q str, (usize, &'q Question)>;

/// Checks a questionnaire that deserialized. With `complete` false, some of its
/// questions failed to deserialize, and checks across questions are skipped so as
/// not to report references to them as unknown.
pub fn questionnaire(q: &Questionnaire, src: &Arc<Source>, complete: bool) -> Vec<Diagnostic> {
    let mut c = Checker {
        src,
        out: identity(&q.id, &q.title, &q.version, src),
    };
    for (id, name) in &q.frameworks {
        if !is_framework_id(id) {
            c.error(
                "invalid-id",
                id.span,
                format!("`{}` is not a valid framework id", id.value),
            )
            .help = Some(slug_help(id));
        }
        c.text("the framework's name", name, id.span);
    }
    if let Some(s) = &q.scoring {
        c.out.extend(scoring(s, src));
    }
    if q.sections.is_empty() && complete {
        c.error(
            "no-questions",
            q.id.key_span,
            "this questionnaire has no sections",
        )
        .help = Some("add `sections:`, each with `id`, `title` and `questions`".into());
    }

    let mut sections: HashMap<&str, Span> = HashMap::new();
    let mut index: Index<'_> = HashMap::new();
    let mut position = 0;
    for section in &q.sections {
        c.slug("section id", &section.id);
        c.text("the section title", &section.title, section.title.span);
        if let Some(first) = sections.insert(&section.id, section.id.span) {
            c.error(
                "duplicate-id",
                section.id.span,
                format!(
                    "the section id `{}` is already used on line {}",
                    section.id.value, first.start.line
                ),
            );
            sections.insert(&section.id, first);
        }
        if section.questions.is_empty() && complete {
            c.error(
                "no-questions",
                section.id.key_span,
                format!("the section `{}` has no questions", section.id.value),
            );
        }
        for question in &section.questions {
            c.slug("question id", &question.id);
            match index.get(question.id.as_str()) {
                Some((_, first)) => {
                    c.error(
                        "duplicate-id",
                        question.id.span,
                        format!(
                            "the question id `{}` is already used on line {}",
                            question.id.value, first.id.span.start.line
                        ),
                    )
                    .help = Some("question ids must be unique across the whole questionnaire, since answers files are one flat list".into());
                }
                None => {
                    index.insert(&question.id, (position, question));
                }
            }
            position += 1;
            check_question(&mut c, q, question);
        }
    }
    conditions::check_conditions(&mut c, q, &index, complete);
    c.out
}

/// The id, title and version of a questionnaire or profile.
pub fn identity(
    id: &Spanned<String>,
    title: &Spanned<String>,
    version: &Spanned<String>,
    src: &Arc<Source>,
) -> Vec<Diagnostic> {
    let mut c = Checker {
        src,
        out: Vec::new(),
    };
    c.slug("questionnaire id", id);
    c.text("the title", title, title.span);
    if semver::Version::parse(version).is_err() {
        c.error(
            "invalid-version",
            version.span,
            format!("`{}` is not a version number", version.value),
        )
        .help = Some("write three numbers, such as `1.0.0` (semantic versioning)".into());
    }
    c.out
}

/// Rating bands: descending, ending at 0, with a cap that names one of them.
pub fn scoring(scoring: &Scoring, src: &Arc<Source>) -> Vec<Diagnostic> {
    let mut c = Checker {
        src,
        out: Vec::new(),
    };
    check_bands(&mut c, scoring);
    c.out
}

fn check_bands(c: &mut Checker<'_>, scoring: &Scoring) {
    let bands = &scoring.bands;
    if bands.is_empty() {
        c.error(
            "invalid-bands",
            bands.span,
            "`bands` needs at least one band",
        );
        return;
    }
    let mut labels: HashMap<&str, Span> = HashMap::new();
    for (i, band) in bands.iter().enumerate() {
        let min = band.min.value;
        if !(0.0..=100.0).contains(&min) {
            c.error(
                "invalid-bands",
                band.min.span,
                format!("a band's `min` is a percentage from 0 to 100, not {min}"),
            );
        } else if i > 0 && min >= bands[i - 1].min.value {
            c.error(
                "invalid-bands",
                band.min.span,
                format!(
                    "bands go from the highest `min` to the lowest, but {min} is not below {}",
                    bands[i - 1].min.value
                ),
            );
        }
        c.text("the band's label", &band.label, band.label.span);
        if let Some(first) = labels.insert(&band.label, band.label.span) {
            c.error(
                "duplicate-id",
                band.label.span,
                format!(
                    "the band label `{}` is already used on line {}",
                    band.label.value, first.start.line
                ),
            );
        }
    }
    if let Some(last) = bands.last()
        && last.min.value != 0.0
    {
        c.error(
            "invalid-bands",
            last.min.span,
            "the last band must have `min: 0`, so that every score gets a rating",
        );
    }
    if let Some(cap) = &scoring.critical_cap
        && !bands.iter().any(|b| b.label.as_str() == cap.as_str())
    {
        let labels: Vec<&str> = bands.iter().map(|b| b.label.as_str()).collect();
        c.error(
            "unknown-band",
            cap.span,
            format!(
                "`critical_cap` names `{}`, which is not one of the bands",
                cap.value
            ),
        )
        .help = did_you_mean(cap, labels.iter().copied())
            .or_else(|| Some(format!("the bands are {}", quoted_list(&labels))));
    }
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn check_question(c: &mut Checker<'_>, q: &Questionnaire, question: &Question) {
    let kind = question.kind();
    let at = question.id.key_span;
    c.text("the question text", &question.text, question.text.span);

    // Options belong to choice and multi questions, and only there.
    match (&question.options, kind.has_options()) {
        (None, true) => {
            c.error(
                "missing-options",
                question.kind.span,
                format!("a `{}` question needs `options`", kind.name()),
            )
            .help = Some("list at least two options, each with `value` and `label`".into());
        }
        (Some(options), false) => {
            c.error(
                "options-not-allowed",
                options.key_span,
                format!(
                    "`options` belong to choice and multi questions, not `{}`",
                    kind.name()
                ),
            )
            .help = Some("remove `options`, or set `type: choice`".into());
        }
        (Some(options), true) => check_options(c, question, options),
        (None, false) => {}
    }

    if kind != QuestionType::Number {
        for (name, span) in [
            ("min", question.min.as_ref().map(|v| v.key_span)),
            ("max", question.max.as_ref().map(|v| v.key_span)),
            ("unit", question.unit.as_ref().map(|v| v.key_span)),
        ] {
            if let Some(span) = span {
                c.error(
                    "number-only",
                    span,
                    format!(
                        "`{name}` belongs to number questions, not `{}`",
                        kind.name()
                    ),
                );
            }
        }
    } else if let (Some(min), Some(max)) = (&question.min, &question.max)
        && min.value > max.value
    {
        c.error(
            "min-above-max",
            max.span,
            format!("`max` ({}) is below `min` ({})", max.value, min.value),
        );
    }

    if let Some(expect) = &question.expect
        && kind != QuestionType::YesNo
    {
        c.error(
            "expect-not-yes-no",
            expect.key_span,
            format!(
                "`expect` belongs to yes_no questions, not `{}`",
                kind.name()
            ),
        )
        .help = Some("for choice questions, give each option a `score` instead".into());
    }

    if let Some(weight) = &question.weight
        && weight.value > 0
        && !kind.is_scorable()
    {
        c.error(
            "weight-on-info",
            weight.key_span,
            format!(
                "a `{}` question is for information only and cannot have a weight",
                kind.name()
            ),
        )
        .help =
            Some("remove `weight`, or ask it as a `choice` question with scored options".into());
    }

    if question.is_critical() && !question.is_scored() {
        c.error(
            "critical-not-scored",
            question.critical.key_span,
            "a critical question must be scored, but this one has weight 0",
        )
        .help = Some("remove `critical: true`, or give the question a weight".into());
    }

    if question.allows_na() && !question.is_scored() {
        c.warning(
            "na-not-scored",
            question.allow_na.key_span,
            "`allow_na` has no effect on a question that is not scored",
        );
    }

    if question.is_scored() && kind.is_scorable() && question.recommendation.is_none() {
        let all_options_covered = kind.has_options()
            && question
                .options()
                .iter()
                .all(|o| o.score() >= 1.0 || o.recommendation.is_some());
        if !all_options_covered {
            c.error(
                "missing-recommendation",
                at,
                format!("the question `{}` is scored but has no `recommendation`", question.id.value),
            )
            .help = Some(
                "add a `recommendation` with `title`, `text` and `effort`, so the report can say what to do"
                    .into(),
            );
        }
    }
    if let Some(rec) = &question.recommendation {
        c.text("the recommendation's title", &rec.title, rec.title.span);
        c.text("the recommendation's text", &rec.text, rec.text.span);
    }

    let declared: Vec<&str> = q.frameworks.keys().map(|k| k.as_str()).collect();
    for (framework, refs) in &question.maps {
        if !q.frameworks.contains_key(framework.as_str()) {
            c.error(
                "unknown-framework",
                framework.span,
                format!(
                    "the framework `{}` is not declared in `frameworks`",
                    framework.value
                ),
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
                "empty-text",
                framework.span,
                format!("no references are listed for `{}`", framework.value),
            );
        }
        for r in refs {
            c.text("a framework reference", r, r.span);
            if frameworks::knows(framework, r) == Some(false) {
                let known: Vec<&str> = frameworks::ids(framework)
                    .map(Iterator::collect)
                    .unwrap_or_default();
                let name = q.framework_name(framework).to_owned();
                c.warning(
                    "unknown-reference",
                    r.span,
                    format!("`{}` is not an identifier of {name}", r.value),
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

fn check_options(
    c: &mut Checker<'_>,
    question: &Question,
    options: &Spanned<Vec<crate::model::Choice>>,
) {
    let kind = question.kind();
    if options.len() < 2 {
        c.error(
            "too-few-options",
            options.key_span,
            format!("a `{}` question needs at least two options", kind.name()),
        );
    }
    let mut seen: HashMap<&str, Span> = HashMap::new();
    for option in options.iter() {
        c.slug("option value", &option.value);
        if RESERVED_VALUES.contains(&option.value.as_str()) {
            c.error(
                "reserved-value",
                option.value.span,
                format!("`{}` is reserved for answers files and cannot be an option", option.value.value),
            )
            .help = Some("`unknown` means \"I don't know\" and `na` means \"not applicable\"; both are offered without listing them".into());
        }
        if let Some(first) = seen.insert(&option.value, option.value.span) {
            c.error(
                "duplicate-id",
                option.value.span,
                format!(
                    "the option value `{}` is already used on line {}",
                    option.value.value, first.start.line
                ),
            );
        }
        c.text("the option's label", &option.label, option.label.span);
        if let Some(score) = &option.score
            && !(0.0..=1.0).contains(&score.value)
        {
            c.error(
                "score-out-of-range",
                score.span,
                format!("an option's score is from 0 to 1, not {}", score.value),
            )
            .help = Some("use 1 for fully met, 0.5 for half, 0 for not met".into());
        }
        if option.exclusive.value && kind != QuestionType::Multi {
            c.error(
                "exclusive-not-multi",
                option.exclusive.key_span,
                "`exclusive` belongs to options of multi questions",
            );
        }
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
            c.error(
                "no-full-score",
                options.key_span,
                "no answer to this question scores 1, so it can never be fully met",
            )
            .help = Some(match kind {
                QuestionType::Multi => "give the options scores that add up to at least 1".into(),
                _ => "give the best option `score: 1`".into(),
            });
        }
    }
}

#[cfg(test)]
mod tests;
