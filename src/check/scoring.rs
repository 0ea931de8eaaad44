//! Rating bands: strictly descending, ending at 0, with a cap that names one of
//! them.

use std::collections::HashMap;

use super::text;
use crate::diagnostic::{Code, Collector};
use crate::model::Scoring;
use crate::source::Span;
use crate::text::suggest::{did_you_mean, quoted_list};

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
    if let Some(cap) = &scoring.critical_cap
        && !bands.iter().any(|b| b.label.as_str() == cap.as_str())
    {
        let labels: Vec<&str> = bands.iter().map(|b| b.label.as_str()).collect();
        c.error(
            Code::UnknownBand,
            cap.span,
            format!(
                "`critical_cap` names `{}`, which is not one of the bands",
                cap.value
            ),
        )
        .help = did_you_mean(cap, labels.iter().copied())
            .or_else(|| Some(format!("the bands are {}", quoted_list(&labels))));
    }
}
