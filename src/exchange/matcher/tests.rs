//! The matcher as a table of cases: known questions written as the bundled
//! questionnaires write them, customers' questions in customers' words, and
//! the outcome each must get.

mod cases;

use super::thesaurus::{SOURCE, Thesaurus};
use super::*;
use cases::CASES;

fn yes_no(key: &str, text: &str, negative: Option<bool>, given: Given) -> Known {
    Known {
        key: key.into(),
        text: text.into(),
        form: Form::YesNo { negative },
        given,
    }
}

fn choice(key: &str, text: &str, options: &[(&str, &str, f64)], given: &str) -> Known {
    let opts = options
        .iter()
        .map(|(v, l, s)| Opt {
            value: (*v).into(),
            label: (*l).into(),
            score: Some(*s),
        })
        .collect();
    Known {
        key: key.into(),
        text: text.into(),
        form: Form::Choice(opts),
        given: Given::Choice(given.into()),
    }
}

const PATCH: &[(&str, &str, f64)] = &[
    ("within-14-days", "Within 14 days everywhere", 1.0),
    (
        "within-month",
        "Within a month everywhere, servers and network devices included",
        0.5,
    ),
    ("slower", "Longer than a month, or no set time", 0.0),
];

const BACKUP_FREQUENCY: &[(&str, &str, f64)] = &[
    ("daily", "Every day, or more often", 1.0),
    ("weekly", "Every week", 0.5),
    ("monthly", "Every month, or less often", 0.2),
    ("never", "We don't have backups", 0.0),
];

const BACKUP_OFFLINE: &[(&str, &str, f64)] = &[
    (
        "offline-or-locked",
        "Yes, an offline copy or a locked (immutable) copy",
        1.0,
    ),
    (
        "separate-login",
        "A cloud copy with its own login, but it could still be deleted",
        0.5,
    ),
    (
        "connected",
        "Only copies on our own network, or a drive that stays plugged in",
        0.0,
    ),
];

const ALERTS: &[(&str, &str, f64)] = &[
    (
        "round-the-clock",
        "A security service that watches day and night, and can act at once",
        1.0,
    ),
    (
        "working-days",
        "Our IT provider or a named person, every working day",
        0.5,
    ),
    ("nobody", "Nobody, or we don't know where alerts go", 0.0),
];

const RESTORE: &[(&str, &str, f64)] = &[
    ("last-year", "In the last 12 months", 1.0),
    ("one-to-two-years", "One to two years ago", 0.3),
    ("never", "Never", 0.0),
];

/// The supplier's yes/no answers: (key, question, expects "no", the strong
/// supplier's answer); the weak supplier answers the other way.
const YES_NO: &[(&str, &str, bool, bool)] = &[
    (
        "q/mfa-email",
        "Do all staff need a second step, not just a password, to sign in to email?",
        false,
        true,
    ),
    (
        "q/mfa-other",
        "Is the second sign-in step turned on for every other online service that offers it?",
        false,
        true,
    ),
    (
        "q/mfa-admin",
        "Do all admin accounts need a second step to sign in, including your IT provider's?",
        false,
        true,
    ),
    (
        "q/rdp-exposed",
        "Can anyone reach remote desktop on your computers or servers straight from the internet?",
        true,
        false,
    ),
    (
        "q/screen-lock",
        "Do all work devices lock by themselves, and stop anyone who keeps guessing the PIN or password?",
        false,
        true,
    ),
    (
        "q/logs-kept",
        "Are records of sign-ins and admin changes switched on and kept for at least 90 days?",
        false,
        true,
    ),
    (
        "q/incident-plan",
        "Do you have a written plan for what to do if you are hacked?",
        false,
        true,
    ),
];

/// The supplier's choices: (key, question, options, the strong supplier's
/// answer, the weak one's).
type Choice = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, f64)],
    &'static str,
    &'static str,
);
const CHOICES: &[Choice] = &[
    (
        "q/patch-critical",
        "How soon do you install the most serious security updates?",
        PATCH,
        "within-14-days",
        "slower",
    ),
    (
        "q/backup-frequency",
        "How often are your business files and systems backed up?",
        BACKUP_FREQUENCY,
        "daily",
        "weekly",
    ),
    (
        "q/backup-offline",
        "Is at least one backup copy kept offline, or locked so that nobody can change or delete it?",
        BACKUP_OFFLINE,
        "offline-or-locked",
        "connected",
    ),
    (
        "q/alerts-owner",
        "Who looks at security alerts, and how fast?",
        ALERTS,
        "round-the-clock",
        "working-days",
    ),
    (
        "q/restore-test",
        "When did you last check that you can get your data back from a backup?",
        RESTORE,
        "last-year",
        "never",
    ),
    (
        "msp/certification",
        "Has an outside auditor checked your provider's own security?",
        CERTIFICATION,
        "audited",
        "none",
    ),
];

const CERTIFICATION: &[(&str, &str, f64)] = &[
    (
        "audited",
        "Yes, one checked by an auditor, such as ISO 27001 or Cyber Essentials Plus",
        1.0,
    ),
    ("none", "No certificate", 0.0),
];

/// A supplier who has said these things (`strong` picks the good answers).
fn supplier(strong: bool) -> Vec<Known> {
    let mut out: Vec<Known> = YES_NO
        .iter()
        .map(|(key, text, negative, good)| {
            let yes = *good == strong;
            yes_no(
                key,
                text,
                Some(*negative),
                if yes { Given::Yes } else { Given::No },
            )
        })
        .collect();
    out.push(yes_no(
        "q/mfa-remote",
        "Does every way into your network from outside need a second sign-in step?",
        Some(false),
        Given::Unknown,
    ));
    out.push(yes_no(
        "q/disk-encryption",
        "Are all work laptops encrypted, so a lost or stolen one can't be read?",
        Some(false),
        Given::Na,
    ));
    out.extend(CHOICES.iter().map(|(key, text, options, good, bad)| {
        choice(key, text, options, if strong { good } else { bad })
    }));
    out.push(Known {
        key: "q/it-provider-name".into(),
        text: "What is the name of your IT provider?".into(),
        form: Form::Text,
        given: Given::Text("Beacon IT".into()),
    });
    out
}

fn outcome(strong: bool, text: &str) -> Outcome {
    let th = Thesaurus::bundled();
    Matcher::new(supplier(strong), th).answer(&Asked { text, ignore: &[] }, 0.75)
}

/// The verdict written, or "-" with the kind of outcome.
fn short(o: &Outcome) -> String {
    match o {
        Outcome::Answered(m) => match &m.verdict {
            Verdict::Yes => "Yes".into(),
            Verdict::No => "No".into(),
            Verdict::Partly => "Partly".into(),
            Verdict::NotApplicable => "N/A".into(),
            Verdict::Text(t) => format!("text:{t}"),
        },
        Outcome::Uncertain(_) => "-uncertain".into(),
        Outcome::DontKnow { .. } => "-dont-know".into(),
        Outcome::Unsettled { .. } => "-unsettled".into(),
        Outcome::NeverStated(_) => "-never-stated".into(),
        Outcome::NoMatch => "-no-match".into(),
    }
}

#[test]
fn the_thesaurus_reads_without_a_problem() {
    if let Err(problems) = Thesaurus::parse(SOURCE) {
        panic!("data/answer/thesaurus.toml:\n{}", problems.join("\n"));
    }
    let th = Thesaurus::bundled();
    assert!(th.concepts.len() > 50);
    assert!(
        th.concepts.iter().all(|c| !c.means.is_empty()),
        "every meaning says what it means"
    );
}

#[test]
fn a_thesaurus_with_a_phrase_of_two_meanings_is_refused_with_both_named() {
    let text = "[a]\nkind = \"topic\"\nmeans = \"x\"\nwords = [\"backups\"]\n[b]\nkind = \"topic\"\nmeans = \"y\"\nwords = [\"backup\", \"the\"]\nimplies = [\"c\"]\n";
    let problems = Thesaurus::parse(text).err().unwrap();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("[b] \"backup\" is also a phrase of [a]")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("made only of small words")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("implies [c]")),
        "{problems:?}"
    );
}

#[test]
fn customers_questions_get_the_answer_a_careful_person_would_write() {
    let cases = CASES;
    let mut wrong = Vec::new();
    for (text, strong, weak) in cases {
        for (is_strong, want) in [(true, strong), (false, weak)] {
            let got = outcome(is_strong, text);
            if short(&got) != *want {
                wrong.push(format!(
                    "{text} ({}): want {want}, got {got:?}",
                    if is_strong { "strong" } else { "weak" }
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_answer_has_a_confidence_and_a_reason_a_person_can_check() {
    let Outcome::Answered(m) = outcome(false, "Is Remote Desktop (RDP) blocked from the internet?")
    else {
        panic!("not answered")
    };
    assert_eq!(m.verdict, Verdict::No);
    assert!(m.confidence > 0.75 && m.confidence <= 1.0, "{m:?}");
    assert!(m.reason.contains("“remote desktop"), "{}", m.reason);
    assert!(m.reason.contains("asked the opposite way"), "{}", m.reason);
    let Outcome::Answered(m) = outcome(
        true,
        "Are critical security patches applied within 14 days of release?",
    ) else {
        panic!("not answered")
    };
    assert!(
        m.reason.contains("answered “Within 14 days everywhere”"),
        "{}",
        m.reason
    );
    assert!(m.reason.contains("“within 14 days”: met"), "{}", m.reason);
}

#[test]
fn words_no_meaning_explains_lower_the_confidence_below_the_threshold() {
    let th = Thesaurus::bundled();
    let m = Matcher::new(supplier(true), th);
    let plain = m.answer(
        &Asked {
            text: "Do staff use MFA for email?",
            ignore: &[],
        },
        0.75,
    );
    let odd = m.answer(
        &Asked {
            text: "Do staff use MFA for email on quantum flux capacitors?",
            ignore: &[],
        },
        0.75,
    );
    assert!(matches!(plain, Outcome::Answered(_)), "{plain:?}");
    assert!(matches!(odd, Outcome::Uncertain(_)), "{odd:?}");
    // The customer's own name is set aside when the caller says so.
    let ignore = vec!["northwind".to_owned()];
    let named = m.answer(
        &Asked {
            text: "Do Northwind staff use MFA for email?",
            ignore: &ignore,
        },
        0.75,
    );
    assert!(matches!(named, Outcome::Answered(_)), "{named:?}");
}

#[test]
fn answers_that_disagree_are_left_for_a_person() {
    let th = Thesaurus::bundled();
    let mut known = supplier(true);
    known.push(yes_no(
        "other/mfa-email",
        "Do all staff need a second step to sign in to email?",
        Some(false),
        Given::No,
    ));
    let m = Matcher::new(known, th);
    let got = m.answer(
        &Asked {
            text: "Is MFA enforced for email?",
            ignore: &[],
        },
        0.75,
    );
    assert!(
        matches!(&got, Outcome::Unsettled { why, .. } if why.contains("disagree")),
        "{got:?}"
    );
}

#[test]
fn a_long_question_is_read_only_as_far_as_its_first_words() {
    let th = Thesaurus::bundled();
    let long = "mfa email ".repeat(100_000);
    let a = analysis::analyse(&long, th, &[]);
    assert!(a.stems.len() <= words::MAX_WORDS, "{}", a.stems.len());
    let m = Matcher::new(supplier(true), th);
    assert!(matches!(
        m.answer(
            &Asked {
                text: &long,
                ignore: &[]
            },
            0.75
        ),
        Outcome::Answered(_) | Outcome::Uncertain(_)
    ));
}
