//! Rating bands: strictly descending, ending at 0, with caps that name them
//! (the important cap at or above the critical one).

use std::collections::HashMap;

use super::text;
use crate::diagnostic::{Code, Collector};
use crate::model::{Band, Scoring};
use crate::source::Span;
use crate::text::suggest::{did_you_mean, quoted_list};
use crate::yaml::Spanned;

/// Checks the `scoring` of a questionnaire or profile.
pub fn scoring(c: &mut Collector, scoring: &Scoring) {
    let bands = &scoring.bands;
    if bands.is_empty() {
        c.error(
            Code::InvalidBands,
            bands.span,
            "`bands` needs at least one band",
        );
        return;
    }
    let mut labels: HashMap<&str, Span> = HashMap::new();
    for (i, band) in bands.iter().enumerate() {
        let min = band.min.value;
        if !(0.0..=100.0).contains(&min) {
            c.error(
                Code::InvalidBands,
                band.min.span,
                format!("a band's `min` is a percentage from 0 to 100, not {min}"),
            );
        } else if i > 0 && min >= bands[i - 1].min.value {
            c.error(
                Code::InvalidBands,
                band.min.span,
                format!(
                    "bands go from the highest `min` to the lowest, but {min} is not below {}",
                    bands[i - 1].min.value
                ),
            );
        }
        text(c, "the band's label", &band.label, band.label.span);
        if let Some(first) = labels.insert(&band.label, band.label.span) {
            c.error(
                Code::DuplicateId,
                band.label.span,
                format!(
                    "the band label `{}` is already used on line {}",
                    band.label.value, first.start.line
                ),
            );
        }
    }
    if let Some(last) = bands.last()
        && last.min.value != 0.0
    {
        c.error(
            Code::InvalidBands,
            last.min.span,
            "the last band must have `min: 0`, so that every score gets a rating",
        );
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
            Code::InvalidBands,
            cap.span,
            format!(
                "`important_cap` ({}) is below `critical_cap` ({}): a gap in an important question would rate lower than one in a critical question",
                scoring.important_label(),
                scoring.cap_label()
            ),
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
        Code::UnknownBand,
        cap.span,
        format!(
            "`{key}` names `{}`, which is not one of the bands",
            cap.value
        ),
    )
    .help = did_you_mean(cap, labels.iter().copied())
        .or_else(|| Some(format!("the bands are {}", quoted_list(&labels))));
}
