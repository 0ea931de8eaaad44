//! A tailoring profile (docs/formats.md, "Profile"): a questionnaire trimmed
//! from another.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::questionnaire::{Id, Recommendation, Scoring};
use crate::yaml::Spanned;

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Profile {
    pub id: Id,
    pub title: Spanned<String>,
    pub version: Spanned<String>,
    /// Markdown shown before the first question; the base's if left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// A bundled or configured id, or a path relative to this file.
    pub base: Spanned<String>,
    /// The union of these is kept; leave `select` out to keep everything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub select: Option<Spanned<Select>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude: Option<Exclude>,
    /// Why each excluded question, section or tag was left out.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub reasons: IndexMap<Spanned<String>, String>,
    /// Changes to kept questions, by question id.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub overrides: IndexMap<Spanned<String>, Override>,
    /// Replaces the base's scoring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoring: Option<Scoring>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Select {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Spanned<String>>,
    /// Questions with any of these tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Spanned<String>>,
    /// `true`: every critical question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<Spanned<bool>>,
    /// `true`: every important question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub important: Option<Spanned<bool>>,
    /// Framework id -> reference prefixes: `{ nist-csf-2.0: [GV.SC, PR.AA-03] }`.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub maps: IndexMap<Spanned<String>, Vec<Spanned<String>>>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Exclude {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Spanned<String>>,
}

/// What a profile may change in a kept question.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Override {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Spanned<u32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<Spanned<bool>>,
    /// `true` makes the question important (and not critical).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub important: Option<Spanned<bool>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_na: Option<Spanned<bool>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<Recommendation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask_whom: Option<Spanned<String>>,
}
