//! How a known question relates to a customer's: the same question, a
//! stricter one (it asks all the customer asks, and more), or a part of it
//! (the customer asks more). Whose practice it is and any fact asked must be
//! the same; so must what it is done to, except where the customer asks about
//! more than one thing at once ("email and cloud applications").

use std::collections::BTreeSet;

use super::analysis::Analysis;
use super::known::{Form, Read};
use super::thesaurus::{Kind, Thesaurus};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Same,
    /// The known question asks all the customer asks, and more.
    Stricter,
    /// The known question asks a part of what the customer asks.
    Part,
}

/// A relation, and what of the customer's question the known question
/// covers.
#[derive(Clone, Debug)]
pub struct Related {
    pub relation: Relation,
    /// The customer's meanings it covers (concept indices).
    pub covers: BTreeSet<usize>,
    /// A meaning of the customer's question said by one option of the known
    /// question (its index), not by the question: "24x7" by "A security
    /// service that watches day and night".
    /// For a multiple choice, several: each meaning and the option that says
    /// it ("ISO 27001 or Cyber Essentials").
    pub by_option: Vec<(usize, usize)>,
}

fn set(a: &Analysis, th: &Thesaurus, kinds: &[Kind]) -> BTreeSet<usize> {
    a.of(th, kinds).into_iter().collect()
}

/// The meanings that count when two questions are compared: less those taken
/// for granted by another, and less those named after "including" that the
/// other question does not name.
fn core(
    full: &BTreeSet<usize>,
    a: &Analysis,
    th: &Thesaurus,
    other: &BTreeSet<usize>,
) -> BTreeSet<usize> {
    let implied: BTreeSet<usize> = full
        .iter()
        .flat_map(|&c| th.concept(c).implies.iter().copied())
        .collect();
    full.iter()
        .copied()
        .filter(|c| !implied.contains(c))
        .filter(|c| !a.concepts.get(c).is_some_and(|n| n.extra) || other.contains(c))
        .collect()
}

const PARTS: [Kind; 3] = [Kind::Topic, Kind::Qualifier, Kind::Scope];

/// The option of `r` that alone says concept `c`: for a choice, only the
/// option worth the most (so that any other answer means "no"); for a
/// multiple choice, any.
fn said_by_option(r: &Read, form: &Form, c: usize) -> Option<usize> {
    let (opts, multi) = match form {
        Form::Choice(o) => (o, false),
        Form::Multi(o) => (o, true),
        _ => return None,
    };
    // An option that says it only as one of several ("blocked or scanned")
    // does not say it.
    let saying: Vec<usize> = (0..r.options.len())
        .filter(|&i| r.options[i].a.concepts.contains_key(&c) && !r.options[i].a.or)
        .collect();
    // Where several say it, the one that names it: "Cyber Essentials" names
    // it, "Cyber Essentials Plus" takes it for granted.
    let naming: Vec<usize> = saying
        .iter()
        .copied()
        .filter(|&i| r.options[i].a.concepts.get(&c).is_some_and(|n| !n.implied))
        .collect();
    let one = match (&saying[..], &naming[..]) {
        ([one], _) | (_, [one]) => *one,
        _ => return None,
    };
    if multi {
        return Some(one);
    }
    let best = opts
        .iter()
        .filter_map(|o| o.score)
        .fold(f64::NEG_INFINITY, f64::max);
    (opts[one].score == Some(best)).then_some(one)
}

/// The meanings of the customer's question that options of the known one say
/// instead of its question: how well (a qualifier) by the best option of a
/// choice; for a multiple choice, facts, qualifiers, or any meaning where its
/// question names nothing done ("Which of these apply to everyone who works
/// for you?"). Every missing meaning must be said, or none is.
fn by_options(missing: &[usize], r: &Read, form: &Form, th: &Thesaurus) -> Vec<(usize, usize)> {
    let multi = matches!(form, Form::Multi(_));
    if missing.is_empty() || (!multi && missing.len() > 1) {
        return Vec::new();
    }
    let question_topics = r.q.of(th, &[Kind::Topic]).len();
    let allowed = |c: usize| match th.concept(c).kind {
        Kind::Qualifier => true,
        Kind::Fact => multi,
        Kind::Topic => multi && question_topics == 0,
        _ => false,
    };
    let found: Vec<(usize, usize)> = missing
        .iter()
        .filter(|&&c| allowed(c))
        .filter_map(|&c| said_by_option(r, form, c).map(|o| (c, o)))
        .collect();
    if found.len() == missing.len() {
        found
    } else {
        Vec::new()
    }
}

/// How the known question `r` relates to the customer's question `a`.
pub fn relate(a: &Analysis, r: &Read, form: &Form, th: &Thesaurus) -> Option<Related> {
    let (our_subjects, their_subjects) = (
        set(a, th, &[Kind::Subject]),
        set(&r.q, th, &[Kind::Subject]),
    );
    if core(&our_subjects, a, th, &their_subjects) != core(&their_subjects, &r.q, th, &our_subjects)
    {
        return None;
    }
    let theirs_full = set(&r.q, th, &PARTS);
    let mut ours_full = set(a, th, &PARTS);
    let mut facts = set(a, th, &[Kind::Fact]);
    let missing: Vec<usize> = ours_full
        .iter()
        .chain(&facts)
        .copied()
        .filter(|c| !theirs_full.contains(c))
        .collect();
    let by_option = by_options(&missing, r, form, th);
    for (c, _) in &by_option {
        ours_full.remove(c);
        facts.remove(c);
    }
    // The same facts; a question that asks for a written answer ("In which
    // country is data kept?") may get one that names more (the places).
    let their_facts = set(&r.q, th, &[Kind::Fact]);
    if facts != their_facts && !(a.open && facts.is_subset(&their_facts) && !facts.is_empty()) {
        return None;
    }
    let ours = core(&ours_full, a, th, &theirs_full);
    let theirs = core(&theirs_full, &r.q, th, &ours_full);
    let topical = |s: &BTreeSet<usize>| {
        s.iter()
            .any(|&c| matches!(th.concept(c).kind, Kind::Topic | Kind::Qualifier))
    };
    let relation = if ours == theirs || (!by_option.is_empty() && ours.is_subset(&theirs)) {
        // An option may answer a narrower question than the known one asks.
        Relation::Same
    } else if ours.is_subset(&theirs)
        && theirs
            .difference(&ours)
            .all(|&c| th.concept(c).kind != Kind::Scope)
    {
        Relation::Stricter
    } else if theirs_full.is_subset(&ours_full) && topical(&theirs) {
        Relation::Part
    } else {
        return None;
    };
    if ours.is_empty() && facts.is_empty() && by_option.is_empty() {
        return None;
    }
    let mut covers: BTreeSet<usize> = ours_full.intersection(&theirs_full).copied().collect();
    if relation != Relation::Part {
        // The same question covers what the customer takes for granted too.
        covers.extend(ours_full.iter().copied().filter(|c| !ours.contains(c)));
    }
    covers.extend(facts);
    covers.extend(by_option.iter().map(|(c, _)| *c));
    Some(Related {
        relation,
        covers,
        by_option,
    })
}
