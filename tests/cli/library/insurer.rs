//! An insurer's condition of cover keeps a firm out of the top band. For every
//! such control a questionnaire asks, an answers file that is the best answer on
//! every question except that control (where it is the worst) must not reach the
//! top band; the same file with that control met must (so the test can fail).
//! The answers are made here through the library, so the test follows the
//! questionnaires as they change.

use assure::model::answers::{Answer, Answers, Value};
use assure::model::{Question, QuestionType, Questionnaire, YesNo};
use assure::score;
use assure::yaml::Spanned;

use super::bundled;

/// The controls insurers treat as a condition of cover, and the questions that
/// ask them, in any bundled questionnaire.
const CONDITIONS: &[(&str, &[&str])] = &[
    ("MFA on email", &["mfa-email"]),
    ("MFA on remote access", &["mfa-remote", "remote-tools-mfa"]),
    ("MFA on admin accounts", &["mfa-admin", "remote-tools-mfa"]),
    ("endpoint protection", &["malware-protection"]),
    ("offline or immutable backups", &["backup-offline"]),
    ("a tested restore", &["restore-test", "restore-tests"]),
    (
        "patching of critical updates",
        &["patch-critical", "patch-speed"],
    ),
    (
        "no end-of-life systems on the internet",
        &["eol-internet-facing"],
    ),
    ("no exposed remote desktop", &["rdp-exposed"]),
];

/// The best answer: the expected yes or no, the highest-scoring option, every
/// option of a multi (which also shows every question that depends on one).
pub(super) fn best(q: &Question) -> Value {
    let options = q.options();
    match q.kind() {
        QuestionType::YesNo => Value::YesNo(q.expected_answer()),
        QuestionType::Choice => options
            .iter()
            .max_by(|a, b| a.score().total_cmp(&b.score()))
            .map_or(Value::Unanswered, |o| Value::Choice(o.value.value.clone())),
        QuestionType::Multi => Value::Multi(
            options
                .iter()
                .filter(|o| !o.exclusive.value)
                .map(|o| o.value.value.clone())
                .collect(),
        ),
        QuestionType::Number => Value::Number(q.min.as_ref().map_or(1.0, |m| m.value)),
        QuestionType::Text => Value::Text("Example Ltd".into()),
    }
}

/// The worst real answer to a scored question.
pub(super) fn worst(q: &Question) -> Value {
    match q.kind() {
        QuestionType::YesNo => Value::YesNo(match q.expected_answer() {
            YesNo::Yes => YesNo::No,
            YesNo::No => YesNo::Yes,
        }),
        QuestionType::Multi => Value::Multi(Vec::new()),
        _ => q
            .options()
            .iter()
            .min_by(|a, b| a.score().total_cmp(&b.score()))
            .map_or(Value::Unanswered, |o| Value::Choice(o.value.value.clone())),
    }
}

/// Best everywhere, except `worst_on`, which gets its worst answer.
pub(super) fn answers(q: &Questionnaire, worst_on: Option<&str>) -> Answers {
    let mut a = Answers::default();
    a.questionnaire.id = Spanned::new(q.id.value.clone());
    for question in q.questions() {
        let value = if Some(question.id.as_str()) == worst_on {
            worst(question)
        } else {
            best(question)
        };
        a.answers
            .insert(question.id.value.clone(), Answer::new(value));
    }
    a
}

#[test]
fn no_insurer_must_have_missing_reaches_the_top_band() {
    let all = bundled();
    let mut problems = Vec::new();
    let mut checked = Vec::new();
    for q in &all {
        let top = q.scoring().bands[0].label.value.clone();
        let perfect = answers(q, None);
        let result = score::assess(q, &perfect);
        if result.rating.as_deref() != Some(top.as_str()) {
            problems.push(format!(
                "{}: the perfect answers rate {:?}, not {top}",
                q.id.value, result.rating
            ));
            continue;
        }
        for (control, ids) in CONDITIONS {
            let Some(id) = ids.iter().find(|id| q.question(id).is_some()) else {
                continue;
            };
            let one_off = answers(q, Some(id));
            let result = score::assess(q, &one_off);
            let asked = result
                .questions
                .iter()
                .any(|r| r.question.id.as_str() == *id && r.status == score::Status::Gap);
            let rating = result.rating.unwrap_or_default();
            let overall = result.overall.unwrap_or_default();
            println!(
                "{}: {control}: worst answer on {id} -> {rating} at {overall:.1}",
                q.id.value
            );
            if !asked {
                problems.push(format!("{}: {id} is not asked, or not a gap", q.id.value));
            } else if rating == top {
                problems.push(format!(
                    "{}: {control}: the worst answer on {id} still rates {top} at {overall:.1}",
                    q.id.value
                ));
            }
            checked.push((q.id.value.clone(), *control));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The full questionnaires ask every condition; the IT provider review asks
    // the ones a provider controls.
    let count = |id: &str| checked.iter().filter(|(q, _)| q == id).count();
    assert_eq!(count("sme-baseline"), CONDITIONS.len());
    assert_eq!(count("insurance-readiness"), CONDITIONS.len());
    assert!(count("msp-review") >= 5, "{checked:?}");
}
