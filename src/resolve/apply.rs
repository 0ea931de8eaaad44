//! Applying one profile to its loaded base: selection, exclusions with their
//! reasons, the closure over conditions, the result in the base's order, then the
//! overrides (formats.md §5).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Severity};
use crate::digest;
use crate::model::{DerivedFrom, Override, Profile, Question, Questionnaire, Section};
use crate::source::Source;
use crate::suggest::did_you_mean;
use crate::yaml::{Span, Spanned};

/// Collects problems against the profile file.
struct Out<'a> {
    src: &'a Arc<Source>,
    diags: Vec<Diagnostic>,
}

impl Out<'_> {
    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        span: Span,
        message: String,
        help: Option<String>,
    ) {
        self.diags.push(
            Diagnostic::new(severity, code, message)
                .at(self.src, span)
                .maybe_help(help),
        );
    }

    fn unknown(&mut self, what: &str, id: &Spanned<String>, known: &[&str]) {
        self.push(
            Severity::Error,
            "unknown-id",
            id.span,
            format!("the base has no {what} `{}`", id.value),
            did_you_mean(id, known.iter().copied()),
        );
    }
}

pub(super) fn apply(
    profile: &Profile,
    base: &Questionnaire,
    src: &Arc<Source>,
) -> (Option<Questionnaire>, Vec<Diagnostic>) {
    let mut out = Out {
        src,
        diags: Vec::new(),
    };
    let questions: Vec<&Question> = base.questions().collect();
    let question_ids: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
    let section_ids: Vec<&str> = base.sections.iter().map(|s| s.id.as_str()).collect();
    let mut tags: Vec<&str> = questions
        .iter()
        .flat_map(|q| q.tags.iter().map(String::as_str))
        .collect();
    tags.sort_unstable();
    tags.dedup();
    let in_section = |id: &str| -> Vec<&str> {
        base.sections
            .iter()
            .filter(|s| s.id.as_str() == id)
            .flat_map(|s| s.questions.iter().map(|q| q.id.as_str()))
            .collect()
    };
    let tagged = |tag: &str| -> Vec<&str> {
        questions
            .iter()
            .filter(|q| q.tags.iter().any(|t| t == tag))
            .map(|q| q.id.as_str())
            .collect()
    };

    // Selection: the union of every selector.
    let mut keep: HashSet<&str> = HashSet::new();
    match &profile.select {
        None => keep.extend(question_ids.iter().copied()),
        Some(select) => {
            for s in &select.sections {
                let found = in_section(s);
                if !section_ids.contains(&s.as_str()) {
                    out.unknown("section", s, &section_ids);
                }
                keep.extend(found);
            }
            for t in &select.tags {
                let found = tagged(t);
                if found.is_empty() {
                    out.push(
                        Severity::Error,
                        "unknown-id",
                        t.span,
                        format!("no question of the base has the tag `{}`", t.value),
                        did_you_mean(t, tags.iter().copied()),
                    );
                }
                keep.extend(found);
            }
            for q in &select.questions {
                match question_ids.iter().find(|id| **id == q.as_str()) {
                    Some(id) => {
                        keep.insert(id);
                    }
                    None => out.unknown("question", q, &question_ids),
                }
            }
            if let Some(critical) = &select.critical {
                if critical.value {
                    keep.extend(
                        questions
                            .iter()
                            .filter(|q| q.is_critical())
                            .map(|q| q.id.as_str()),
                    );
                } else {
                    out.push(
                        Severity::Warning,
                        "select-nothing",
                        critical.key_span,
                        "`critical: false` selects nothing; leave it out".into(),
                        None,
                    );
                }
            }
            let frameworks: Vec<&str> = base.frameworks.keys().map(|k| k.as_str()).collect();
            for (framework, prefixes) in &select.maps {
                if !base.frameworks.contains_key(framework.as_str()) {
                    out.push(
                        Severity::Error,
                        "unknown-framework",
                        framework.span,
                        format!("the base does not use the framework `{}`", framework.value),
                        did_you_mean(framework, frameworks.iter().copied()),
                    );
                    continue;
                }
                for prefix in prefixes {
                    let found: Vec<&str> = questions
                        .iter()
                        .filter(|q| {
                            q.maps.get(framework.as_str()).is_some_and(|refs| {
                                refs.iter().any(|r| r.starts_with(prefix.as_str()))
                            })
                        })
                        .map(|q| q.id.as_str())
                        .collect();
                    if found.is_empty() {
                        out.push(
                            Severity::Warning,
                            "select-nothing",
                            prefix.span,
                            format!(
                                "no question of the base maps to `{}` in {}",
                                prefix.value, framework.value
                            ),
                            None,
                        );
                    }
                    keep.extend(found);
                }
            }
        }
    }

    // Exclusions, each remembered with where it is written.
    let mut excluded: HashMap<&str, &Spanned<String>> = HashMap::new();
    if let Some(exclude) = &profile.exclude {
        for q in &exclude.questions {
            if question_ids.contains(&q.as_str()) {
                keep.remove(q.as_str());
                excluded.insert(q, q);
            } else {
                out.unknown("question", q, &question_ids);
            }
        }
        for s in &exclude.sections {
            if section_ids.contains(&s.as_str()) {
                for id in in_section(s) {
                    keep.remove(id);
                }
                excluded.insert(s, s);
            } else {
                out.unknown("section", s, &section_ids);
            }
        }
        for t in &exclude.tags {
            let found = tagged(t);
            if found.is_empty() {
                out.unknown("tag", t, &tags);
            } else {
                for id in found {
                    keep.remove(id);
                }
                excluded.insert(t, t);
            }
        }
    }
    let mut excluded_ids: Vec<&str> = excluded.keys().copied().collect();
    excluded_ids.sort_unstable();
    for (id, reason) in &profile.reasons {
        if !excluded.contains_key(id.as_str()) {
            out.push(
                Severity::Error,
                "unknown-id",
                id.span,
                format!("`reasons` explains `{}`, which is not excluded", id.value),
                did_you_mean(id, excluded_ids.iter().copied()),
            );
        } else if reason.trim().is_empty() {
            out.push(
                Severity::Error,
                "empty-text",
                id.span,
                format!("the reason for `{}` is empty", id.value),
                None,
            );
        }
    }
    let mut unexplained: Vec<&&Spanned<String>> = excluded
        .values()
        .filter(|id| !profile.reasons.contains_key(id.as_str()))
        .collect();
    unexplained.sort_by_key(|id| (id.span.start.line, id.span.start.col));
    for id in unexplained {
        out.push(
            Severity::Warning,
            "missing-reason",
            id.span,
            format!("`{}` is excluded without a reason", id.value),
            Some(format!(
                "add `reasons: {{ {}: … }}` so that readers know why it was left out",
                id.value
            )),
        );
    }

    // Closure: whatever a kept question's or section's condition refers to is kept too.
    let by_id: HashMap<&str, &Question> = questions.iter().map(|q| (q.id.as_str(), *q)).collect();
    loop {
        let mut pulled: Vec<(&str, String)> = Vec::new();
        for section in &base.sections {
            let kept_here: Vec<&Question> = section
                .questions
                .iter()
                .filter(|q| keep.contains(q.id.as_str()))
                .collect();
            if kept_here.is_empty() {
                continue;
            }
            if let Some(when) = &section.when {
                for dep in when.questions() {
                    pulled.push((dep.as_str(), format!("the section `{}`", section.id.value)));
                }
            }
            for q in kept_here {
                if let Some(when) = &q.when {
                    for dep in when.questions() {
                        pulled.push((dep.as_str(), format!("`{}`", q.id.value)));
                    }
                }
            }
        }
        let mut changed = false;
        for (dep, who) in pulled {
            let Some(dep) = by_id.get(dep).map(|q| q.id.as_str()) else {
                continue;
            };
            if keep.insert(dep) {
                changed = true;
                match excluded.get(dep) {
                    Some(at) => out.push(
                        Severity::Warning,
                        "kept-for-condition",
                        at.span,
                        format!("`{dep}` is excluded, but it is kept because the condition of {who} refers to it"),
                        Some(format!("exclude {who} too, or keep `{dep}`")),
                    ),
                    None => out.diags.push(
                        Diagnostic::new(
                            Severity::Note,
                            "kept-for-condition",
                            format!("`{dep}` is kept because the condition of {who} refers to it"),
                        )
                        .file_name(&src.name),
                    ),
                }
            }
        }
        if !changed {
            break;
        }
    }

    // The result, in the base's order, without empty sections.
    let mut sections: Vec<Section> = base
        .sections
        .iter()
        .filter_map(|s| {
            let questions: Vec<Question> = s
                .questions
                .iter()
                .filter(|q| keep.contains(q.id.as_str()))
                .cloned()
                .collect();
            (!questions.is_empty()).then(|| Section {
                questions,
                ..s.clone()
            })
        })
        .collect();

    for (id, ov) in &profile.overrides {
        if !question_ids.contains(&id.as_str()) {
            out.unknown("question", id, &question_ids);
            continue;
        }
        let Some(q) = sections
            .iter_mut()
            .flat_map(|s| s.questions.iter_mut())
            .find(|q| q.id.as_str() == id.as_str())
        else {
            out.push(
                Severity::Error,
                "override-not-kept",
                id.span,
                format!(
                    "`{}` has overrides but is not kept by this profile",
                    id.value
                ),
                Some(format!(
                    "add it to `select: {{ questions: [{}] }}`, or remove the override",
                    id.value
                )),
            );
            continue;
        };
        apply_override(&mut out, q, id, ov);
    }

    if sections.is_empty() {
        // Unknown ids already explain an empty result; say it only on its own.
        if out.diags.iter().any(Diagnostic::is_error) {
            return (None, out.diags);
        }
        let at = profile
            .select
            .as_ref()
            .map_or(profile.id.key_span, |s| s.key_span);
        out.push(
            Severity::Error,
            "empty-profile",
            at,
            "this profile keeps no questions".into(),
            Some("check `select` and `exclude`".into()),
        );
        return (None, out.diags);
    }

    let used: HashSet<&str> = sections
        .iter()
        .flat_map(|s| s.questions.iter())
        .flat_map(|q| q.maps.keys().map(|k| k.as_str()))
        .collect();
    let frameworks = base
        .frameworks
        .iter()
        .filter(|(k, _)| used.contains(k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let q = Questionnaire {
        id: profile.id.clone(),
        title: profile.title.clone(),
        version: profile.version.clone(),
        description: profile
            .description
            .clone()
            .or_else(|| base.description.clone()),
        publisher: profile.publisher.clone().or_else(|| base.publisher.clone()),
        frameworks,
        scoring: profile.scoring.clone().or_else(|| base.scoring.clone()),
        derived_from: Some(DerivedFrom {
            id: base.id.value.clone(),
            version: base.version.value.clone(),
            digest: digest::digest(base),
        }),
        sections: std::mem::take(&mut sections),
    };
    (Some(q), out.diags)
}

/// Applies one override, checking the rules an override can break.
fn apply_override(out: &mut Out<'_>, q: &mut Question, id: &Spanned<String>, ov: &Override) {
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
        if weight.value > 0 && !q.kind().is_scorable() {
            out.push(
                Severity::Error,
                "weight-on-info",
                weight.key_span,
                format!(
                    "`{}` is a `{}` question, for information only; it cannot have a weight",
                    id.value,
                    q.kind().name()
                ),
                None,
            );
        }
        q.weight = Some(weight.clone());
    }
    if let Some(critical) = &ov.critical {
        q.critical = critical.clone();
    }
    if let Some(allow_na) = &ov.allow_na {
        q.allow_na = allow_na.clone();
    }
    if ov.recommendation.is_some() {
        q.recommendation.clone_from(&ov.recommendation);
    }
    if q.is_critical() && !q.is_scored() {
        let at = ov.critical.as_ref().map_or(id.span, |c| c.key_span);
        out.push(
            Severity::Error,
            "critical-not-scored",
            at,
            format!("`{}` would be critical with weight 0", id.value),
            Some("give it a weight, or do not make it critical".into()),
        );
    }
    let options_covered = q.kind().has_options()
        && q.options()
            .iter()
            .all(|o| o.score() >= 1.0 || o.recommendation.is_some());
    if q.is_scored() && q.kind().is_scorable() && q.recommendation.is_none() && !options_covered {
        out.push(
            Severity::Error,
            "missing-recommendation",
            id.span,
            format!("`{}` is scored now but has no recommendation", id.value),
            Some("add `recommendation: { title, text, effort }` to its override".into()),
        );
    }
    if ov.text.as_ref().is_some_and(|t| t.trim().is_empty()) {
        out.push(
            Severity::Error,
            "empty-text",
            id.span,
            "the overridden question text is empty".into(),
            None,
        );
    }
}
