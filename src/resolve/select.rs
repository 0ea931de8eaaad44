//! What a profile keeps: the union of its selectors, minus its exclusions, and the
//! reasons given for them.

use std::collections::{HashMap, HashSet};

use super::Base;
use crate::diagnostic::Collector;
use crate::diagnostic::kinds::Profile as Problem;
use crate::model::profile::Select;
use crate::model::{Profile, Question};
use crate::text::suggest::did_you_mean;
use crate::yaml::Spanned;

/// Each excluded id (question, section or tag), with where it is written.
pub(super) type Excluded<'p> = HashMap<&'p str, &'p Spanned<String>>;

fn unknown(c: &mut Collector, what: &str, id: &Spanned<String>, known: &[&str]) {
    c.error(
        id.span,
        Problem::NoSuch {
            what: what.to_string(),
            id: id.value.clone(),
        },
    )
    .help = did_you_mean(id, known.iter().copied());
}

/// The union of every selector; everything when there is no `select`.
pub(super) fn selection<'q>(
    profile: &Profile,
    base: &Base<'q>,
    c: &mut Collector,
) -> HashSet<&'q str> {
    let Some(select) = &profile.select else {
        return base.question_ids.iter().copied().collect();
    };
    let mut keep = HashSet::new();
    for s in &select.sections {
        if !base.has_section(s) {
            unknown(c, "section", s, &base.section_ids);
        }
        keep.extend(base.in_section(s));
    }
    for t in &select.tags {
        let found = base.tagged(t);
        if found.is_empty() {
            c.error(
                t.span,
                Problem::NoTag {
                    tag: t.value.clone(),
                },
            )
            .help = did_you_mean(t, base.tags.iter().copied());
        }
        keep.extend(found);
    }
    for q in &select.questions {
        match base.by_id.get_key_value(q.as_str()) {
            Some((id, _)) => {
                keep.insert(*id);
            }
            None => unknown(c, "question", q, &base.question_ids),
        }
    }
    select_critical(select, base, &mut keep, c);
    select_maps(select, base, &mut keep, c);
    keep
}

/// `critical: true` and `important: true`: every critical, or every important,
/// question.
fn select_critical<'q>(
    select: &Select,
    base: &Base<'q>,
    keep: &mut HashSet<&'q str>,
    c: &mut Collector,
) {
    type Flag<'a> = (&'a str, &'a Option<Spanned<bool>>, fn(&Question) -> bool);
    let flags: [Flag<'_>; 2] = [
        ("critical", &select.critical, Question::is_critical),
        ("important", &select.important, Question::is_important),
    ];
    for (key, flag, has) in flags {
        let Some(flag) = flag else {
            continue;
        };
        if flag.value {
            keep.extend(base.q.questions().filter(|q| has(q)).map(|q| q.id.as_str()));
        } else {
            c.warning(
                flag.key_span,
                Problem::FalseSelects {
                    key: key.to_string(),
                },
            );
        }
    }
}

/// `maps`: questions with a reference starting with one of the prefixes.
fn select_maps<'q>(
    select: &Select,
    base: &Base<'q>,
    keep: &mut HashSet<&'q str>,
    c: &mut Collector,
) {
    let frameworks: Vec<&str> = base.q.frameworks.keys().map(|k| k.as_str()).collect();
    for (framework, prefixes) in &select.maps {
        if !base.q.frameworks.contains_key(framework.as_str()) {
            c.error(
                framework.span,
                Problem::UnusedFramework {
                    framework: framework.value.clone(),
                },
            )
            .help = did_you_mean(framework, frameworks.iter().copied());
            continue;
        }
        for prefix in prefixes {
            let mut found = false;
            for q in base.q.questions() {
                let hit = q
                    .maps
                    .get(framework.as_str())
                    .is_some_and(|refs| refs.iter().any(|r| r.starts_with(prefix.as_str())));
                if hit {
                    found = true;
                    keep.insert(q.id.as_str());
                }
            }
            if !found {
                c.warning(
                    prefix.span,
                    Problem::NoMatch {
                        prefix: prefix.value.clone(),
                        framework: framework.value.clone(),
                    },
                );
            }
        }
    }
}

/// Removes the excluded questions, sections and tags from `keep`.
pub(super) fn exclusions<'p>(
    profile: &'p Profile,
    base: &Base<'_>,
    keep: &mut HashSet<&str>,
    c: &mut Collector,
) -> Excluded<'p> {
    let mut excluded = Excluded::new();
    let Some(exclude) = &profile.exclude else {
        return excluded;
    };
    for q in &exclude.questions {
        if base.has_question(q) {
            keep.remove(q.as_str());
            excluded.insert(q, q);
        } else {
            unknown(c, "question", q, &base.question_ids);
        }
    }
    for s in &exclude.sections {
        if base.has_section(s) {
            for id in base.in_section(s) {
                keep.remove(id);
            }
            excluded.insert(s, s);
        } else {
            unknown(c, "section", s, &base.section_ids);
        }
    }
    for t in &exclude.tags {
        let found = base.tagged(t);
        if found.is_empty() {
            unknown(c, "tag", t, &base.tags);
        } else {
            for id in found {
                keep.remove(id);
            }
            excluded.insert(t, t);
        }
    }
    excluded
}

/// `reasons` explain exclusions, and every exclusion has one.
pub(super) fn reasons(profile: &Profile, excluded: &Excluded<'_>, c: &mut Collector) {
    let mut excluded_ids: Vec<&str> = excluded.keys().copied().collect();
    excluded_ids.sort_unstable();
    for (id, reason) in &profile.reasons {
        if !excluded.contains_key(id.as_str()) {
            c.error(
                id.span,
                Problem::ReasonNotExcluded {
                    id: id.value.clone(),
                },
            )
            .help = did_you_mean(id, excluded_ids.iter().copied());
        } else if reason.trim().is_empty() {
            c.error(
                id.span,
                Problem::EmptyReason {
                    id: id.value.clone(),
                },
            );
        }
    }
    let mut unexplained: Vec<&&Spanned<String>> = excluded
        .values()
        .filter(|id| !profile.reasons.contains_key(id.as_str()))
        .collect();
    unexplained.sort_by_key(|id| (id.span.start.line, id.span.start.col));
    for id in unexplained {
        c.warning(
            id.span,
            Problem::NoReason {
                id: id.value.clone(),
            },
        )
        .help = Some(format!(
            "add `reasons: {{ {}: … }}` so that readers know why it was left out",
            id.value
        ));
    }
}
