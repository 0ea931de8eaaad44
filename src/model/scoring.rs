//! How a questionnaire rates: the bands, and the caps that hold a rating down
//! while a critical or an important question is not met.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::yaml::Spanned;

/// Rating bands and the cap applied when a critical question is not met.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Scoring {
    /// Highest first; an overall score at or above `min` gets `label`.
    #[serde(default = "default_bands")]
    pub bands: Spanned<Vec<Band>>,
    /// The band given whenever a critical question is not met. Defaults to the
    /// lowest band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical_cap: Option<Spanned<String>>,
    /// The highest band given while an important question is a gap, unknown or
    /// unanswered. Defaults to the second-lowest band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub important_cap: Option<Spanned<String>>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Band {
    pub min: Spanned<f64>,
    pub label: Spanned<String>,
}

fn default_bands() -> Spanned<Vec<Band>> {
    let band = |min: f64, label: &str| Band {
        min: Spanned::new(min),
        label: Spanned::new(label.to_owned()),
    };
    Spanned::new(vec![
        band(80.0, "Strong"),
        band(50.0, "Developing"),
        band(0.0, "At risk"),
    ])
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            bands: default_bands(),
            critical_cap: None,
            important_cap: None,
        }
    }
}

impl Scoring {
    /// The label of the capping band: `critical_cap`, else the lowest band.
    pub fn cap_label(&self) -> &str {
        match &self.critical_cap {
            Some(cap) => cap,
            None => self.bands.last().map_or("", |b| b.label.as_str()),
        }
    }

    /// The label of the band that holds the rating while an important question
    /// is not met: `important_cap`, else the second-lowest band (the only band
    /// when there is one), or the critical cap when that is higher.
    pub fn important_label(&self) -> &str {
        if let Some(cap) = &self.important_cap {
            return cap;
        }
        let n = self.bands.len();
        let critical = self.cap_label();
        let second = n.saturating_sub(2);
        let index = self
            .bands
            .iter()
            .position(|b| b.label.as_str() == critical)
            .map_or(second, |c| c.min(second));
        self.bands.get(index).map_or("", |b| b.label.as_str())
    }
}
