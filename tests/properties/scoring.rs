//! Scoring (formats.md §4) on generated questionnaires and answers.
//!
//! Conditions make "one answer changes, nothing else does" subtle: a changed answer
//! can show or hide later questions, which changes the totals for reasons that have
//! nothing to do with the changed question. So (b) and (c) state their claim for
//! the case where the change leaves every question's visibility as it was (always
//! so when no condition refers to the changed question), and `prop_assume!`
//! discards the other cases; the generator puts a `when` on about a third of the
//! questions, so most cases qualify. (c) additionally holds for every question
//! asked both before and after, whatever the visibility.

use assure::condition;
use assure::model::answers::{Answer, Answers, Value};
use assure::model::{Questionnaire, YesNo};
use assure::score::{self, Assessment};
use proptest::prelude::*;
use proptest::sample::Index;

use crate::generate::{self, Spec, answers, answers_raw, fully_met, spec};

const EPS: f64 = 1e-9;

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(128)
}

/// Where the rating sits among the bands (0 = best); `None` without a rating.
fn rank(q: &Questionnaire, a: &Assessment<'_>) -> Option<usize> {
    let rating = a.rating.as_deref()?;
    q.scoring()
        .bands
        .iter()
        .position(|b| b.label.as_str() == rating)
}

fn with(answers: &Answers, id: &str, value: Value) -> Answers {
    let mut changed = answers.clone();
    changed.answers.insert(id.to_owned(), Answer::new(value));
    changed
}

/// The question chosen by `pick` among those `keep` allows, with its id.
fn choose(spec: &Spec, pick: &Index, keep: impl Fn(&generate::QSpec) -> bool) -> Option<usize> {
    let candidates: Vec<usize> = spec
        .questions()
        .enumerate()
        .filter(|(_, q)| keep(q))
        .map(|(i, _)| i)
        .collect();
    (!candidates.is_empty()).then(|| candidates[pick.index(candidates.len())])
}

proptest! {
    #![proptest_config(config())]

    /// (a) Every section score and the overall score are percentages, present
    /// exactly when something asked carries weight; completeness is a fraction.
    #[test]
    fn scores_are_percentages(spec in spec(), raw in answers_raw()) {
        let q = generate::load(&spec);
        let a = answers(&spec, &raw);
        let result = score::assess(&q, &a);
        let in_range = |s: f64| (0.0..=100.0).contains(&s);
        let weighted = |r: &&score::QuestionResult<'_>| r.counts() && r.weight() > 0;
        prop_assert_eq!(result.overall.is_some(), result.questions.iter().any(|r| weighted(&r)));
        prop_assert!(result.overall.is_none_or(in_range), "{:?}", result.overall);
        for (s, section) in result.sections.iter().enumerate() {
            prop_assert!(section.score.is_none_or(in_range), "{:?}", section.score);
            let here = result.questions.iter().filter(|r| r.section == s).any(|r| weighted(&r));
            prop_assert_eq!(section.score.is_some(), here);
        }
        for r in &result.questions {
            prop_assert!(r.fraction.is_none_or(|f| (0.0..=1.0).contains(&f)));
        }
        prop_assert!(result.completeness.is_none_or(|c| (0.0..=1.0).contains(&c)));
        prop_assert_eq!(result.completeness.is_some(), !result.questions.is_empty());
        for action in &result.actions {
            prop_assert!(action.impact >= 0.0);
        }
    }

    /// (b) Turning one answer into a fully met one never lowers the overall score,
    /// the question's section score or the rating, and leaves other sections alone.
    #[test]
    fn meeting_a_question_never_lowers_a_score(
        spec in spec(), raw in answers_raw(), pick in any::<Index>()
    ) {
        let picked = choose(&spec, &pick, |q| fully_met(q).is_some());
        prop_assume!(picked.is_some(), "no question can be fully met");
        let x = picked.unwrap();
        let met = fully_met(spec.questions().nth(x).unwrap()).unwrap();
        let q = generate::load(&spec);
        let before_answers = answers(&spec, &raw);
        let after_answers = with(&before_answers, &format!("q{x}"), met);
        prop_assume!(
            condition::visibility(&q, &before_answers) == condition::visibility(&q, &after_answers)
        );
        let before = score::assess(&q, &before_answers);
        let after = score::assess(&q, &after_answers);
        let not_lower = |b: Option<f64>, a: Option<f64>| match (b, a) {
            (Some(b), Some(a)) => a >= b - EPS,
            (Some(_), None) => false,
            (None, _) => true,
        };
        prop_assert!(not_lower(before.overall, after.overall), "{:?} -> {:?}", before.overall, after.overall);
        let section = spec.sections.iter().scan(0, |n, s| { *n += s.questions.len(); Some(*n) })
            .position(|end| x < end).unwrap();
        for (s, (b, a)) in before.sections.iter().zip(&after.sections).enumerate() {
            if s == section {
                prop_assert!(not_lower(b.score, a.score), "section {s}: {:?} -> {:?}", b.score, a.score);
            } else {
                prop_assert_eq!(b.score, a.score, "section {}", s);
            }
        }
        if let (Some(b), Some(a)) = (rank(&q, &before), rank(&q, &after)) {
            prop_assert!(a <= b, "rating {:?} -> {:?}", before.rating, after.rating);
        }
    }

    /// (c) Answering one question `na` leaves every other question's fraction as it
    /// was, wherever that question is asked both before and after; when visibility
    /// does not change, every other section's score is unchanged too.
    #[test]
    fn na_leaves_other_fractions_alone(
        spec in spec(), raw in answers_raw(), pick in any::<Index>()
    ) {
        let picked = choose(&spec, &pick, |q| q.allow_na);
        prop_assume!(picked.is_some(), "no question allows na");
        let x = picked.unwrap();
        let id = format!("q{x}");
        let q = generate::load(&spec);
        let before_answers = answers(&spec, &raw);
        let after_answers = with(&before_answers, &id, Value::Na);
        let before = score::assess(&q, &before_answers);
        let after = score::assess(&q, &after_answers);
        for b in &before.questions {
            if b.question.id.as_str() == id {
                continue;
            }
            if let Some(a) = after.questions.iter().find(|a| a.question.id == b.question.id) {
                prop_assert_eq!(a.fraction, b.fraction, "{}", b.question.id.value);
                prop_assert_eq!(a.status, b.status);
            }
        }
        let x_result = after.questions.iter().find(|r| r.question.id.as_str() == id);
        prop_assert!(x_result.is_none_or(|r| r.fraction.is_none() && !r.counts()));
        let referenced = spec.referenced().contains(&x);
        let same = condition::visibility(&q, &before_answers) == condition::visibility(&q, &after_answers);
        prop_assert!(same || referenced, "visibility changed but nothing refers to q{x}");
        if same {
            let section = q.sections.iter().position(|s| s.questions.iter().any(|qq| qq.id.as_str() == id)).unwrap();
            for (s, (b, a)) in before.sections.iter().zip(&after.sections).enumerate() {
                if s != section {
                    prop_assert_eq!(b.score, a.score, "section {}", s);
                }
            }
        }
    }

    /// Writing answers and reading them back gives the same answers.
    #[test]
    fn answers_files_round_trip(spec in spec(), raw in answers_raw()) {
        let q = generate::load(&spec);
        let a = answers(&spec, &raw);
        let text = assure::answers::write(&q, &a);
        let src = assure::source::Source::new("answers.yaml", text.as_str());
        let fail = |d: Vec<assure::diagnostic::Diagnostic>| TestCaseError::fail(format!("{d:?}\n{text}"));
        let doc = assure::load::Document::from_source(src).map_err(fail)?;
        let file = assure::answers::AnswersFile::from_document(doc).map_err(fail)?;
        let back = file.check(&q, &assure::digest::digest(&q)).map_err(fail)?;
        for (id, want) in &a.answers {
            let got = back.value.get(id);
            prop_assert_eq!(got.map(|g| &g.value), Some(&want.value), "{}\n{}", id, text);
            prop_assert_eq!(got.map(|g| &g.note), Some(&want.note), "{}\n{}", id, text);
        }
        prop_assert_eq!(back.value.answers.len(), a.answers.len());
    }
}

/// `yes` on a yes_no question that expects `no` is a gap, not a met.
#[test]
fn expect_no_is_met_by_no() {
    let q = generate::load(&Spec {
        sections: vec![generate::SectionSpec {
            when: None,
            questions: vec![generate::QSpec {
                kind: generate::Kind::YesNo { expect: YesNo::No },
                weight: None,
                critical: false,
                allow_na: false,
                allow_unknown: true,
                tags: vec![],
                maps: vec![],
                when: None,
            }],
        }],
        bands: None,
    });
    let mut a = Answers::default();
    a.answers
        .insert("q0".into(), Answer::new(Value::YesNo(YesNo::No)));
    assert_eq!(score::assess(&q, &a).overall, Some(100.0));
}
