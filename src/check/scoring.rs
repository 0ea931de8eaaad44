//! Rating bands: strictly descending, ending at 0, with caps that name them
//! (the important cap at or above the critical one).

use std::collections::HashMap;

use super::text;
use crate::diagnostic::Collector;
use crate::diagnostic::kinds::Questionnaire as Problem;
use crate::model::{Band, Scoring};
use crate::source::Span;
use crate::text::suggest::{did_you_mean, quoted_list};
use crate::yaml::Spanned;

/// Checks the `scoring` of a questionnaire or profile.
pub fn scoring(c: &mut Collector, scoring: &Scoring) {
    let bands = &scoring.bands;
    if bands.is_empty() {
        c.error(bands.span, Problem::NoBands);
        return;
    }
    let mut labels: HashMap<&str, Span> = HashMap::new();
    for (i, band) in bands.iter().enumerate() {
        let min = band.min.value;
        if !(0.0..=100.0).contains(&min) {
            c.error(band.min.span, Problem::BandOutOfRange { min });
        } else if i > 0 && min >= bands[i - 1].min.value {
            c.error(
                band.min.span,
                Problem::BandsNotDown {
                    min,
                    above: bands[i - 1].min.value,
                },
            );
        }
        text(c, "the band's label", &band.label, band.label.span);
        if let Some(first) = labels.insert(&band.label, band.label.span) {
            c.error(
                band.label.span,
                Problem::DuplicateBand {
                    label: band.label.value.clone(),
                    line: first.start.line,
                },
            );
        }
    }
    if let Some(last) = bands.last()
        && last.min.value != 0.0
    {
        c.error(last.min.span, Problem::LastBandNotZero);
    }
    caps(c, scoring);
}

/// Each cap names a band, and the important cap is at or above the critical one.
fn caps(c: &mut Collector, scoring: &Scoring) {
    let bands = &scoring.bands;
    for (key, cap) in [
        ("critical_cap", &scoring.critical_cap),
        ("important_cap", &scoring.important_cap),
    ] {
        if let Some(cap) = cap {
            band_named(c, bands, key, cap);
        }
    }
    let place = |label: &str| bands.iter().position(|b| b.label.as_str() == label);
    if let Some(cap) = &scoring.important_cap
        && let (Some(important), Some(critical)) =
            (place(scoring.important_label()), place(scoring.cap_label()))
        && important > critical
    {
        c.error(
            cap.span,
            Problem::CapsReversed {
                important: scoring.important_label().to_string(),
                critical: scoring.cap_label().to_string(),
            },
        )
        .help = Some("name a band for `important_cap` at or above `critical_cap`".into());
    }
}

/// A cap (`critical_cap` or `important_cap`) names one of the bands.
fn band_named(c: &mut Collector, bands: &[Band], key: &str, cap: &Spanned<String>) {
    if bands.iter().any(|b| b.label.as_str() == cap.as_str()) {
        return;
    }
    let labels: Vec<&str> = bands.iter().map(|b| b.label.as_str()).collect();
    c.error(
        cap.span,
        Problem::UnknownBand {
            key: key.to_string(),
            band: cap.value.clone(),
        },
    )
    .help = did_you_mean(cap, labels.iter().copied())
        .or_else(|| Some(format!("the bands are {}", quoted_list(&labels))));
}
