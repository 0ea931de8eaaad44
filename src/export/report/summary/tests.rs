use super::*;
use crate::report::Settings;
use crate::score::assess;
use crate::test::{answers, questionnaire};

/// `n` must-haves and as many minor questions, each with a long text; one
/// must-have for the insurance broker.
fn many(n: usize) -> String {
    let mut q = String::from(
        "id: t\ntitle: T\nversion: 1.0.0\nsections:\n  - id: s\n    title: Protect\n    questions:\n",
    );
    for i in 0..n {
        let long = "and a long explanation of what exactly is meant here ".repeat(4);
        q.push_str(&format!(
            "      - {{ id: m{i}, text: \"Must-have {i} {long}?\", critical: true, recommendation: {{ title: Fix must-have {i}, text: x, effort: low, ask_provider: \"Can you fix {i}?\" }} }}\n"
        ));
        q.push_str(&format!(
            "      - {{ id: o{i}, text: Other {i}?, recommendation: {{ title: Fix other {i}, text: x, effort: high }} }}\n"
        ));
    }
    q.push_str("      - { id: cover, text: Cover?, critical: true, ask_whom: insurance-broker, recommendation: { title: Get cover, text: x, effort: low } }\n");
    q
}

fn summary_of(q: &str, given: &str) -> String {
    let q = questionnaire(q);
    let a = answers(
        &q,
        &format!(
            "questionnaire: {{ id: t }}\nrespondent: {{ organisation: Acme }}\nanswers:\n{given}"
        ),
    );
    let assessment = assess(&q, &a);
    let r = Report::with_digest(&assessment, String::new(), Settings::default());
    render_markdown(&r)
}

#[test]
fn the_page_is_bounded_however_many_must_haves_and_actions_there_are() {
    let mut given = String::new();
    for i in 0..30 {
        given.push_str(&format!(
            "  m{i}: {}\n",
            if i % 2 == 0 { "no" } else { "unknown" }
        ));
    }
    let md = summary_of(&many(30), &given);
    // 15 not met, 15 not known (answered so), 30 minor and the cover not
    // answered: 16 not known.
    assert!(
        md.contains("**15 must-haves are not met and 16 are not known.**"),
        "{md}"
    );
    assert!(md.contains("- and 11 more, in the full report"), "{md}");
    assert!(md.contains("- and 12 more, in the full report"), "{md}");
    // Five actions in the table, then the count of the rest.
    let rows = md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| #") && !l.starts_with("| -"))
        .count();
    assert_eq!(rows, 5, "{md}");
    assert!(md.contains("and 56 more actions in order"), "{md}");
    // Long questions are cut at a word.
    assert!(md.lines().all(|l| l.chars().count() < 320), "{md}");
    assert!(md.contains('…'));
    assert!(md.lines().count() < 60, "{}", md.lines().count());
}

#[test]
fn each_action_says_who_can_do_it_and_each_person_what_to_ask() {
    let md = summary_of(
        &many(2),
        "  m0: no\n  m1: yes\n  o0: no\n  o1: no\n  cover: unknown\n",
    );
    // A fix with a question for the IT provider is theirs; "I don't know" is
    // found out from whoever can tell.
    assert!(
        md.contains("| Fix must-have 0 | Your IT provider | Do now | Low |"),
        "{md}"
    );
    assert!(
        md.contains("| Find out: Cover? | Your insurance broker | Do now | Low |"),
        "{md}"
    );
    assert!(
        md.contains("- **Your insurance broker** (1 question, about a must-have). First: Cover?"),
        "{md}"
    );
    assert!(
        md.contains("**1 must-have is not met and 1 is not known.**"),
        "{md}"
    );
}

#[test]
fn a_business_with_nothing_to_fix_is_told_so() {
    let md = summary_of(&many(1), "  m0: yes\n  o0: yes\n  cover: yes\n");
    assert!(md.contains("Every must-have is in place"), "{md}");
    assert!(md.contains("Nothing to fix"), "{md}");
    assert!(md.contains("there is nothing to ask anyone else"), "{md}");
}
