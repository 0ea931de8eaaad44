//! Times in questions and answers: "within 14 days", "at least quarterly",
//! "in the last 12 months", "kept for at least 90 days", "Every week". A time
//! is read as a range of days of one kind, so that a customer's "applied
//! within 14 days?" can be held against a supplier's "Within a month".

/// What the time measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// How long something takes ("within 14 days"): less is better.
    Delay,
    /// How often, or how long ago ("every week", "in the last year"): less is
    /// better.
    Recurrence,
    /// How long something is kept ("kept for 90 days"): more is better.
    Retention,
}

/// A range of days, `lo` to `hi` (`f64::INFINITY` for "never" or "longer").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub measure: Measure,
    pub lo: f64,
    pub hi: f64,
}

/// A time read from a text, and the words it took (by position).
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub span: Span,
    pub from: usize,
    pub to: usize,
    /// The words as written, for reasons ("within 14 days").
    pub words: String,
}

/// What a customer's time asks, held against what the supplier said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    Met,
    NotMet,
    /// The supplier's range lies on both sides of the customer's time.
    Unclear,
}

/// Days in a month: three months are a quarter, twelve a year.
const MONTH: f64 = 365.0 / 12.0;

fn number(word: &str) -> Option<f64> {
    if let Ok(n) = word.parse::<f64>() {
        return (n.is_finite() && n >= 0.0).then_some(n);
    }
    Some(match word {
        "a" | "an" | "one" | "once" | "single" => 1.0,
        "two" | "twice" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "twelve" => 12.0,
        "fourteen" => 14.0,
        "thirty" => 30.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

fn unit(word: &str) -> Option<f64> {
    Some(match word {
        "hour" | "hours" | "hr" | "hrs" => 1.0 / 24.0,
        "day" | "days" => 1.0,
        "week" | "weeks" => 7.0,
        "fortnight" | "fortnights" => 14.0,
        "month" | "months" => MONTH,
        "quarter" | "quarters" => 365.0 / 4.0,
        "year" | "years" | "annum" => 365.0,
        _ => return None,
    })
}

fn adverb(word: &str) -> Option<f64> {
    Some(match word {
        "hourly" => 1.0 / 24.0,
        "daily" | "nightly" => 1.0,
        "weekly" => 7.0,
        "fortnightly" => 14.0,
        "monthly" => MONTH,
        "quarterly" => 365.0 / 4.0,
        "biannually" | "semiannually" => 182.0,
        "annually" | "yearly" => 365.0,
        _ => return None,
    })
}

/// The kind of time the words around positions `at..end` (and the sentence)
/// give, and whether it is a lower bound ("longer than a month").
fn measure(words: &[String], at: usize, end: usize) -> (Measure, bool) {
    let before = &words[at.saturating_sub(4)..at];
    let has = |w: &str| before.iter().any(|b| b == w) || words[at] == w;
    let after: Vec<&str> = words[end..(end + 3).min(words.len())]
        .iter()
        .map(String::as_str)
        .collect();
    let near = &words[at.saturating_sub(6)..at];
    let keeps =
        near.iter().any(|w| {
            matches!(
                w.as_str(),
                "retained" | "retain" | "retention" | "kept" | "keep" | "stored" | "store"
            )
        }) && (has("for") || has("minimum") || has("least") || has("retained") || has("kept"));
    let longer = has("longer")
        || has("more")
        || has("over")
        || has("beyond")
        || (has("less") && has("often"))
        || after.starts_with(&["or", "less"])
        || after.starts_with(&["or", "longer"]);
    if keeps {
        return (Measure::Retention, true);
    }
    let recurs = [
        "every", "each", "per", "last", "past", "once", "twice", "previous",
    ];
    if recurs.iter().any(|w| has(w)) || after.first() == Some(&"ago") {
        return (Measure::Recurrence, longer);
    }
    if has("within") || has("under") || has("inside") || has("later") {
        return (Measure::Delay, longer);
    }
    (Measure::Delay, longer)
}

/// Every time in `words` (lower case, as [`super::words::split`] gives them).
pub fn find(words: &[String]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some(f) = at(words, i) {
            i = f.to;
            out.push(f);
        } else {
            i += 1;
        }
    }
    out
}

const LEADS: [&str; 12] = [
    "within", "every", "each", "last", "past", "least", "longer", "more", "over", "minimum",
    "once", "in",
];

fn found(
    words: &[String],
    from: usize,
    to: usize,
    (measure, longer): (Measure, bool),
    days: f64,
) -> Found {
    let (lo, hi) = if longer {
        (days, f64::INFINITY)
    } else {
        (0.0, days)
    };
    let lead = (from.saturating_sub(3)..from)
        .find(|&p| LEADS.contains(&words[p].as_str()))
        .unwrap_or(from);
    Found {
        span: Span { measure, lo, hi },
        from: lead,
        to,
        words: words[lead..to].join(" "),
    }
}

/// Words before "a" that make it a number: "within a month", not "24 hours
/// a day".
const A_CUES: [&str; 11] = [
    "within", "than", "every", "per", "last", "past", "in", "for", "of", "over", "under",
];

/// A time said without a number: "daily", "on their last day", "every week".
fn without_number(words: &[String], i: usize) -> Option<Option<Found>> {
    let w = words[i].as_str();
    let next = |k: usize| words.get(i + k).map_or("", String::as_str);
    if let Some(days) = adverb(w) {
        return Some(Some(found(
            words,
            i,
            i + 1,
            (Measure::Recurrence, false),
            days,
        )));
    }
    if matches!(w, "same" | "last") && next(1) == "day" {
        return Some(Some(found(words, i, i + 2, (Measure::Delay, false), 1.0)));
    }
    if w == "last" && next(1) == "working" && next(2) == "day" {
        return Some(Some(found(words, i, i + 3, (Measure::Delay, false), 1.0)));
    }
    if matches!(w, "every" | "each" | "per") {
        let (skip, days) = if next(1) == "working" {
            (2, Some(1.0))
        } else {
            (1, unit(next(1)))
        };
        let Some(days) = days else { return Some(None) };
        let m = measure(words, i, i + 1 + skip);
        return Some(Some(found(
            words,
            i,
            i + 1 + skip,
            (Measure::Recurrence, m.1),
            days,
        )));
    }
    None
}

/// The time starting at word `i`, if one does.
fn at(words: &[String], i: usize) -> Option<Found> {
    if let Some(f) = without_number(words, i) {
        return f;
    }
    let w = words[i].as_str();
    let n = number(w)?;
    let cue = i.checked_sub(1).map_or("", |p| words[p].as_str());
    if matches!(w, "a" | "an") && !A_CUES.contains(&cue) {
        return None;
    }
    let word = |k: usize| words.get(k).map_or("", String::as_str);
    let (mut j, mut scale) = (i + 1, 1.0);
    if matches!(word(j), "working" | "business" | "calendar") {
        if matches!(word(j + 1), "days" | "day") {
            scale = 1.4;
        }
        j += 1;
    }
    if matches!(w, "once" | "twice") && matches!(word(j), "a" | "per" | "every") {
        j += 1;
    }
    let u = unit(words.get(j)?)?;
    // "24 hours a day" says how long each day, not a time to hold against.
    if matches!(word(j + 1), "a" | "per") && word(j + 2) == "day" {
        return None;
    }
    let days = if matches!(w, "once" | "twice") {
        u / n
    } else {
        n * u * scale
    };
    let end = if word(j + 1) == "ago" { j + 2 } else { j + 1 };
    let m = measure(words, i, j + 1);
    Some(found(words, i, end, m, days))
}

/// A customer's time held against a supplier's range. A little slack allows
/// for rounding: "within 31 days" is a month.
pub fn hold(asked: &Span, given: &Span) -> Held {
    const SLACK: f64 = 1.04;
    let retention = asked.measure == Measure::Retention;
    if retention != (given.measure == Measure::Retention) {
        return Held::Unclear;
    }
    if retention {
        let t = asked.lo;
        if given.lo * SLACK >= t {
            Held::Met
        } else if given.hi <= t {
            Held::NotMet
        } else {
            Held::Unclear
        }
    } else {
        // A customer asking "more than a month?" asks the bad way round.
        if asked.hi.is_infinite() {
            return Held::Unclear;
        }
        let t = asked.hi;
        if given.hi <= t * SLACK {
            Held::Met
        } else if given.lo >= t {
            Held::NotMet
        } else {
            Held::Unclear
        }
    }
}

/// The range an answer of "no" gives to a yes/no question that asks `span`:
/// the other side of it.
pub fn negated(span: &Span) -> Span {
    if span.hi.is_infinite() {
        Span {
            measure: span.measure,
            lo: 0.0,
            hi: span.lo,
        }
    } else {
        Span {
            measure: span.measure,
            lo: span.hi,
            hi: f64::INFINITY,
        }
    }
}

#[cfg(test)]
mod tests;

/// The range of an option of a question that asks how long something is kept
/// ("At least 90 days, but less than 12 months"): from its "at least" (or
/// "N or more") to its "less than".
pub fn retention(words: &[String]) -> Option<Span> {
    let found = find(words);
    if found.is_empty() {
        return None;
    }
    let mut lo = 0.0f64;
    let mut hi = f64::INFINITY;
    for f in &found {
        let before = &words[f.from.saturating_sub(2)..(f.from + 2).min(words.len())];
        let days = if f.span.hi.is_finite() {
            f.span.hi
        } else {
            f.span.lo
        };
        if before
            .iter()
            .any(|w| w == "less" || w == "under" || w == "fewer")
        {
            hi = hi.min(days);
        } else {
            lo = lo.max(days);
        }
    }
    Some(Span {
        measure: Measure::Retention,
        lo,
        hi,
    })
}
