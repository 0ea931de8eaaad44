use super::*;
use crate::exchange::matcher::words::split;

fn span(text: &str) -> Option<Span> {
    find(&split(text)).first().map(|f| f.span)
}

fn held(asked: &str, given: &str) -> Held {
    hold(&span(asked).unwrap(), &span(given).unwrap())
}

#[test]
fn times_are_read_with_their_kind() {
    let inf = f64::INFINITY;
    let cases: &[(&str, Measure, f64, f64)] = &[
        (
            "applied within 14 days of release",
            Measure::Delay,
            0.0,
            14.0,
        ),
        ("Within a month everywhere", Measure::Delay, 0.0, 30.4),
        (
            "Longer than a month, or no set time",
            Measure::Delay,
            30.4,
            inf,
        ),
        ("within 48 hours", Measure::Delay, 0.0, 2.0),
        ("On their last day, or before", Measure::Delay, 0.0, 1.0),
        ("within one working week", Measure::Delay, 0.0, 7.0),
        ("within 5 working days", Measure::Delay, 0.0, 7.0),
        ("at least quarterly", Measure::Recurrence, 0.0, 91.25),
        ("at least once a year", Measure::Recurrence, 0.0, 365.0),
        ("twice a year", Measure::Recurrence, 0.0, 182.5),
        ("Every day, or more often", Measure::Recurrence, 0.0, 1.0),
        ("Every month, or less often", Measure::Recurrence, 30.4, inf),
        (
            "at least every three months",
            Measure::Recurrence,
            0.0,
            91.25,
        ),
        (
            "tested in the last 12 months",
            Measure::Recurrence,
            0.0,
            365.0,
        ),
        ("One to two years ago", Measure::Recurrence, 0.0, 730.0),
        ("kept for at least 90 days", Measure::Retention, 90.0, inf),
        (
            "retained for a minimum of 12 months",
            Measure::Retention,
            365.0,
            inf,
        ),
    ];
    for (text, measure, lo, hi) in cases {
        let s = span(text).unwrap_or_else(|| panic!("no time in {text:?}"));
        let near = |a: f64, b: f64| a == b || (a - b).abs() < 1.0;
        assert!(
            s.measure == *measure && near(s.lo, *lo) && near(s.hi, *hi),
            "{text}: {s:?}"
        );
    }
    for text in [
        "24 hours a day",
        "TLS 1.2",
        "version 2.3",
        "in 2023",
        "24x7",
        "two-factor",
    ] {
        assert_eq!(span(text), None, "{text}");
    }
}

#[test]
fn a_time_asked_is_held_against_the_time_given() {
    assert_eq!(
        held("within 14 days", "Within 14 days everywhere"),
        Held::Met
    );
    assert_eq!(
        held("within 30 days", "Within a month everywhere"),
        Held::Met
    );
    assert_eq!(held("within 30 days", "Longer than a month"), Held::NotMet);
    assert_eq!(
        held("at least daily", "Every day, or more often"),
        Held::Met
    );
    assert_eq!(held("every week", "Every day, or more often"), Held::Met);
    assert_eq!(
        held("at least daily", "Every month, or less often"),
        Held::NotMet
    );
    assert_eq!(
        held("in the last 12 months", "In the last 12 months"),
        Held::Met
    );
    assert_eq!(
        held("within the past six months", "In the last 12 months"),
        Held::Unclear
    );
    assert_eq!(
        held("kept for at least 30 days", "kept for at least 90 days"),
        Held::Met
    );
    assert_eq!(
        held(
            "logs retained for a minimum of 12 months",
            "kept for at least 90 days"
        ),
        Held::Unclear
    );
    let no = negated(&span("kept for at least 90 days").unwrap());
    assert_eq!(
        hold(&span("retained for 12 months").unwrap(), &no),
        Held::NotMet
    );
    let no = negated(&span("at least every three months").unwrap());
    assert_eq!(
        hold(&span("at least quarterly").unwrap(), &no),
        Held::NotMet
    );
    assert_eq!(
        hold(&span("at least annually").unwrap(), &no),
        Held::Unclear
    );
    assert_eq!(
        held("within 13 days", "Within 14 days everywhere"),
        Held::Unclear
    );
    assert_eq!(held("within 24 hours", "Within a week"), Held::Unclear);
    // Retention is never held against a delay.
    assert_eq!(held("kept for 90 days", "within 90 days"), Held::Unclear);
}
