//! What the supplier has said: an answered question as the matcher sees it,
//! and how it reads (its question and each option, times included).

use super::analysis::{Analysis, analyse};
use super::thesaurus::Thesaurus;
use super::threshold::{Measure, Span};

/// An option of a choice.
#[derive(Clone, Debug, PartialEq)]
pub struct Opt {
    pub value: String,
    pub label: String,
    /// What the option is worth (1 = fully met), where the question is scored.
    pub score: Option<f64>,
}

/// The kind of answer a question takes.
#[derive(Clone, Debug, PartialEq)]
pub enum Form {
    /// `negative`: the question asks whether something bad is so (a scored
    /// yes/no question that expects "no"); `None` when it is not scored.
    YesNo {
        negative: Option<bool>,
    },
    Choice(Vec<Opt>),
    Multi(Vec<Opt>),
    Number,
    Text,
}

/// The answer given.
#[derive(Clone, Debug, PartialEq)]
pub enum Given {
    Yes,
    No,
    Choice(String),
    Multi(Vec<String>),
    Number(f64),
    Text(String),
    /// "I don't know"
    Unknown,
    /// "Not applicable"
    Na,
}

/// An answered question.
#[derive(Clone, Debug, PartialEq)]
pub struct Known {
    /// `QUESTIONNAIRE/QUESTION`, as `same_as` writes it.
    pub key: String,
    pub text: String,
    pub form: Form,
    pub given: Given,
}

/// An option as read.
pub struct OptRead {
    pub a: Analysis,
    /// The times its label gives, made into a range that the other options'
    /// ranges border ("Within a week" after "On their last day" is 1 to 7).
    pub span: Option<Span>,
    /// The label starts with "Yes" or "No" (or is "N/A").
    pub lead: Option<Lead>,
}

/// A known question as read.
pub struct Read {
    pub q: Analysis,
    pub options: Vec<OptRead>,
    /// Whether the question asks the bad way round.
    pub negative: bool,
    /// The question asks which or what ("What second step do most people
    /// use?"): its options' scores say how good, not whether.
    pub open: bool,
}

/// What an option's label says first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    Yes,
    No,
    NotApplicable,
}

fn lead(label: &str) -> Option<Lead> {
    let lower = label.trim().to_ascii_lowercase();
    if matches!(lower.as_str(), "n/a" | "na" | "not applicable") {
        return Some(Lead::NotApplicable);
    }
    let first = lower
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    match first {
        "yes" | "y" => Some(Lead::Yes),
        "no" | "n" => Some(Lead::No),
        _ => None,
    }
}

/// One range for all the times of a label.
fn label_span(a: &Analysis, label: &str) -> Option<Span> {
    let mut spans = a.times.iter().map(|t| t.span);
    let first = spans.next();
    let mut s = first.or_else(|| {
        let l = label.to_ascii_lowercase();
        l.split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "never")
            .then_some(Span {
                measure: Measure::Recurrence,
                lo: f64::INFINITY,
                hi: f64::INFINITY,
            })
    })?;
    for t in spans {
        s.lo = s.lo.min(t.lo);
        s.hi = s.hi.max(t.hi);
    }
    Some(s)
}

/// The options' ranges bordering each other: options are sorted by how far
/// their range reaches, and each starts where the one before ends. An option
/// without a time and a lower score than every option with one (such as "It
/// varies, or there is no set process") lies beyond them all.
fn partition(options: &mut [OptRead], opts: &[Opt]) {
    let mut timed: Vec<usize> = (0..options.len())
        .filter(|&i| options[i].span.is_some())
        .collect();
    if timed.len() < 2 {
        return;
    }
    let hi = |i: usize, o: &[OptRead]| o[i].span.map_or(0.0, |s| s.hi);
    timed.sort_by(|&a, &b| hi(a, options).total_cmp(&hi(b, options)));
    let mut before = 0.0f64;
    let mut last = 0.0f64;
    for &i in &timed {
        if let Some(s) = options[i].span.as_mut() {
            if s.hi > last {
                before = last;
                last = s.hi;
            }
            if s.lo == 0.0 && s.hi.is_finite() {
                s.lo = before;
            }
        }
    }
    let measure = options[timed[0]].span.map_or(Measure::Delay, |s| s.measure);
    let reach = timed
        .iter()
        .filter_map(|&i| options[i].span)
        .filter(|s| s.hi.is_finite())
        .map(|s| s.hi)
        .fold(0.0f64, f64::max);
    // The least score among options with a bounded range.
    let least = timed
        .iter()
        .filter(|&&i| options[i].span.is_some_and(|s| s.hi.is_finite()))
        .filter_map(|&i| opts[i].score)
        .fold(f64::INFINITY, f64::min);
    for (i, o) in options.iter_mut().enumerate() {
        if o.span.is_none() && opts[i].score.is_some_and(|s| s < least) {
            o.span = Some(Span {
                measure,
                lo: reach,
                hi: f64::INFINITY,
            });
        }
    }
}

impl Read {
    pub fn new(k: &Known, th: &Thesaurus) -> Read {
        let q = analyse(&k.text, th, &[]);
        let opts: &[Opt] = match &k.form {
            Form::Choice(o) | Form::Multi(o) => o,
            _ => &[],
        };
        // A question of how long something is kept has options that say
        // how long: ranges of retention.
        let text = k.text.to_lowercase();
        let keeps = text.contains("how long")
            && ["kept", "retained", "stored", "keep"]
                .iter()
                .any(|w| text.contains(w));
        let mut options: Vec<OptRead> = opts
            .iter()
            .map(|o| {
                let a = analyse(&o.label, th, &[]);
                let span = if keeps {
                    super::threshold::retention(&super::words::split(&o.label))
                } else {
                    label_span(&a, &o.label)
                };
                OptRead {
                    a,
                    span,
                    lead: lead(&o.label),
                }
            })
            .collect();
        if matches!(k.form, Form::Choice(_)) && !keeps {
            partition(&mut options, opts);
        }
        let negative = match k.form {
            Form::YesNo { negative: Some(n) } => n,
            _ => q.negative,
        };
        let open = q.open;
        Read {
            q,
            options,
            negative,
            open,
        }
    }
}
