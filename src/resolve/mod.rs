//! Applying a profile to its loaded base (docs/formats.md, "Profile"). A pure
//! function: finding and loading the base is the catalog's work
//! ([`crate::load::catalog`]). The result is an ordinary `Questionnaire`, so
//! nothing downstream knows profiles exist.
//!
//! Order of work: selection (the union of every selector), minus exclusions with
//! their reasons ([`select`]), plus every question a kept question's or section's
//! `when` refers to ([`closure`]), in the base's order, empty sections dropped;
//! then the overrides ([`overrides`]).

mod closure;
mod overrides;
mod select;

use std::collections::{HashMap, HashSet};

use crate::diagnostic::Collector;
use crate::diagnostic::kinds::Profile as Problem;
use crate::digest;
use crate::model::{DerivedFrom, Profile, Question, Questionnaire, Section};
use crate::yaml::Spanned;

/// The base questionnaire, indexed for lookups by id, section and tag.
struct Base<'q> {
    q: &'q Questionnaire,
    /// Question ids in the base's order (also for "did you mean").
    question_ids: Vec<&'q str>,
    by_id: HashMap<&'q str, &'q Question>,
    /// Each question's section (index) and position in the base.
    place: HashMap<&'q str, (usize, usize)>,
    section_ids: Vec<&'q str>,
    /// Every tag, sorted, once.
    tags: Vec<&'q str>,
}

impl<'q> Base<'q> {
    fn new(q: &'q Questionnaire) -> Self {
        let question_ids: Vec<&str> = q.questions().map(|x| x.id.as_str()).collect();
        let mut tags: Vec<&str> = q
            .questions()
            .flat_map(|x| x.tags.iter().map(String::as_str))
            .collect();
        tags.sort_unstable();
        tags.dedup();
        Base {
            q,
            question_ids,
            by_id: q.questions().map(|x| (x.id.as_str(), x)).collect(),
            place: q
                .sections
                .iter()
                .enumerate()
                .flat_map(|(s, section)| section.questions.iter().map(move |x| (s, x)))
                .enumerate()
                .map(|(p, (s, x))| (x.id.as_str(), (s, p)))
                .collect(),
            section_ids: q.sections.iter().map(|s| s.id.as_str()).collect(),
            tags,
        }
    }

    fn has_question(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    fn has_section(&self, id: &str) -> bool {
        self.section_ids.contains(&id)
    }

    fn in_section(&self, id: &str) -> Vec<&'q str> {
        self.q
            .sections
            .iter()
            .filter(|s| s.id.as_str() == id)
            .flat_map(|s| s.questions.iter().map(|x| x.id.as_str()))
            .collect()
    }

    fn tagged(&self, tag: &str) -> Vec<&'q str> {
        self.q
            .questions()
            .filter(|x| x.tags.iter().any(|t| t == tag))
            .map(|x| x.id.as_str())
            .collect()
    }
}

/// Applies `profile` to `base`, reporting every problem to `c` (the profile's
/// file). `None` when the profile keeps nothing usable.
pub fn apply(profile: &Profile, base: &Questionnaire, c: &mut Collector) -> Option<Questionnaire> {
    let index = Base::new(base);
    let mut keep = select::selection(profile, &index, c);
    let excluded = select::exclusions(profile, &index, &mut keep, c);
    select::reasons(profile, &excluded, c);
    closure::close(&index, &mut keep, &excluded, c);
    let mut sections = kept_sections(base, &keep);
    overrides::apply(profile, &index, &mut sections, c);
    if sections.is_empty() {
        // Unknown ids already explain an empty result; say it only on its own.
        if !c.has_errors() {
            let at = profile
                .select
                .as_ref()
                .map_or(profile.id.key_span, |s| s.key_span);
            c.error(at, Problem::KeepsNothing).help = Some("check `select` and `exclude`".into());
        }
        return None;
    }
    Some(assemble(profile, base, sections))
}

/// The kept questions, in the base's order, without empty sections.
fn kept_sections(base: &Questionnaire, keep: &HashSet<&str>) -> Vec<Section> {
    base.sections
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
        .collect()
}

/// The base's `recipients` whose conditions the kept questions can decide;
/// without the question a condition refers to, the recipient is always there.
fn recipients(
    base: &Questionnaire,
    sections: &[Section],
) -> indexmap::IndexMap<Spanned<String>, crate::model::Recipient> {
    let kept: HashSet<&str> = sections
        .iter()
        .flat_map(|s| s.questions.iter())
        .map(|q| q.id.as_str())
        .collect();
    base.recipients
        .iter()
        .filter(|(_, r)| {
            r.when
                .questions()
                .iter()
                .all(|id| kept.contains(id.as_str()))
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The resolved questionnaire: the profile's identity, the base's text where the
/// profile gives none, the frameworks still used, and where it came from.
fn assemble(profile: &Profile, base: &Questionnaire, sections: Vec<Section>) -> Questionnaire {
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
    Questionnaire {
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
        recipients: recipients(base, &sections),
        derived_from: Some(Spanned::new(DerivedFrom {
            id: base.id.value.clone(),
            version: base.version.value.clone(),
            digest: digest::digest(base),
        })),
        sections,
    }
}
