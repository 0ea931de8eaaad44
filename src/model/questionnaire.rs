//! A questionnaire as its authors write it (docs/formats.md, "Questionnaire").
//! Serde types only; the rules that relate fields to one another live in
//! `validate`.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::condition::Condition;
pub use super::scoring::{Band, Scoring};
use crate::text::number::number;
use crate::yaml::{Spanned, recover_vec};

/// A slug: lower-case letters, digits and hyphens, with its position.
pub type Id = Spanned<String>;

fn is_false(b: &Spanned<bool>) -> bool {
    !b.value
}

fn is_true(b: &bool) -> bool {
    *b
}

fn yes() -> bool {
    true
}

/// A questionnaire: sections of questions, how answers are scored, and what to
/// recommend for every gap.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Questionnaire {
    /// Identifier, a slug such as `sme-baseline`.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]{0,63}$"))]
    pub id: Id,
    pub title: Spanned<String>,
    /// A semantic version such as `1.0.0`; printed on every report.
    #[schemars(regex(pattern = r"^\d+\.\d+\.\d+"))]
    pub version: Spanned<String>,
    /// Markdown shown before the first question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Framework ids usable in `maps`, with their display names.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub frameworks: IndexMap<Spanned<String>, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoring: Option<Scoring>,
    /// Where a trimmed questionnaire came from; written by `assure trim`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived_from: Option<Spanned<DerivedFrom>>,
    /// People named by `ask_whom` whom the business may not have, by name:
    /// when to count on them, and who to turn to instead.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub recipients: IndexMap<Spanned<String>, Recipient>,
    #[serde(deserialize_with = "recover_vec")]
    pub sections: Vec<Section>,
}

/// Someone `ask_whom` names whom the answers may show the business does not
/// have, such as an IT provider.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Recipient {
    /// The business has them only while this holds.
    pub when: Spanned<Condition>,
    /// Who to turn to otherwise, as advice names them: "whoever looks after
    /// your computers". No letter is written to them.
    pub instead: Spanned<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DerivedFrom {
    pub id: String,
    pub version: String,
    pub digest: String,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Section {
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]{0,63}$"))]
    pub id: Id,
    pub title: Spanned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The section is asked only when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Spanned<Condition>>,
    #[serde(deserialize_with = "recover_vec")]
    pub questions: Vec<Question>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    #[default]
    YesNo,
    Choice,
    Multi,
    Number,
    Text,
}

impl QuestionType {
    pub fn name(self) -> &'static str {
        match self {
            QuestionType::YesNo => "yes_no",
            QuestionType::Choice => "choice",
            QuestionType::Multi => "multi",
            QuestionType::Number => "number",
            QuestionType::Text => "text",
        }
    }

    /// Number and text questions are for information: never scored.
    pub fn is_scorable(self) -> bool {
        !matches!(self, QuestionType::Number | QuestionType::Text)
    }

    pub fn has_options(self) -> bool {
        matches!(self, QuestionType::Choice | QuestionType::Multi)
    }
}

/// `yes` or `no`; `true` and `false` are read the same way, since YAML 1.1 tools
/// write booleans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum YesNo {
    Yes,
    No,
}

impl YesNo {
    pub fn as_str(self) -> &'static str {
        match self {
            YesNo::Yes => "yes",
            YesNo::No => "no",
        }
    }

    pub fn parse(s: &str) -> Option<YesNo> {
        match s {
            "yes" | "true" => Some(YesNo::Yes),
            "no" | "false" => Some(YesNo::No),
            _ => None,
        }
    }
}

impl JsonSchema for YesNo {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "YesNo".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "`yes` or `no` (`true` and `false` are read the same way)",
            "enum": ["yes", "no", true, false]
        })
    }
}

impl Serialize for YesNo {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for YesNo {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = YesNo;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("`yes` or `no`")
            }
            fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<YesNo, E> {
                Ok(if b { YesNo::Yes } else { YesNo::No })
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<YesNo, E> {
                YesNo::parse(s)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(s), &self))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Question {
    /// Unique across the whole questionnaire: answers files are one flat map.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]{0,63}$"))]
    pub id: Id,
    /// The question, in plain words.
    pub text: Spanned<String>,
    /// Markdown: what the question means, in plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Why it matters, in a sentence or two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "is_yes_no")]
    pub kind: Spanned<QuestionType>,
    /// `yes_no` only: the answer that counts as met (default `yes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Spanned<YesNo>>,
    /// Default 1 for yes_no, choice and multi; 0 (information only) for number and text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Spanned<u32>>,
    /// A gap here caps the rating.
    #[serde(default, skip_serializing_if = "is_false")]
    pub critical: Spanned<bool>,
    /// A gap, an unknown or no answer here holds the rating at `important_cap`
    /// at most. Never together with `critical`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub important: Spanned<bool>,
    /// May the respondent answer "not applicable"?
    #[serde(default, skip_serializing_if = "is_false")]
    pub allow_na: Spanned<bool>,
    /// May the respondent answer "I don't know"? (default true)
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub allow_unknown: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Framework id -> references, such as `nist-csf-2.0: [PR.AA-03]`.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub maps: IndexMap<Spanned<String>, Vec<Spanned<String>>>,
    /// Questions of other questionnaires that ask the same fact, written
    /// `questionnaire-id/question-id`: an answer to any of them answers this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub same_as: Vec<Spanned<String>>,
    /// For `choice` and `multi`: their option value -> ours, where they differ.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub same_as_values: IndexMap<Spanned<String>, Spanned<String>>,
    /// What proof a customer may ask for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// Who can answer when the respondent cannot: `it-provider` (the default),
    /// `insurance-broker`, `accountant`, or a short text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask_whom: Option<Spanned<String>>,
    /// `choice` and `multi` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Spanned<Vec<Choice>>>,
    /// `number` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Spanned<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Spanned<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Spanned<String>>,
    /// The question is asked only when this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Spanned<Condition>>,
    /// Required for every scored question (or on every option that is not fully met).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<Recommendation>,
}

fn is_yes_no(t: &Spanned<QuestionType>) -> bool {
    t.value == QuestionType::YesNo
}

/// Who is asked when `ask_whom` is left out.
pub const DEFAULT_RECIPIENT: &str = "it-provider";

/// Whether two ways of naming who to ask (`ask_whom`, a `recipients` key, a
/// command-line `--to`) name the same person: the same words, in any case.
pub fn same_recipient(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    words(a) == words(b)
}

impl Question {
    /// What a number question takes, in words: " from 1 to 500 (people)".
    pub fn range_words(&self) -> String {
        let range = match (&self.min, &self.max) {
            (Some(lo), Some(hi)) => format!(" from {} to {}", number(lo.value), number(hi.value)),
            (Some(lo), None) => format!(" of at least {}", number(lo.value)),
            (None, Some(hi)) => format!(" of at most {}", number(hi.value)),
            (None, None) => String::new(),
        };
        let unit = self
            .unit
            .as_ref()
            .map_or(String::new(), |u| format!(" ({})", u.value));
        format!("{range}{unit}")
    }

    pub fn kind(&self) -> QuestionType {
        self.kind.value
    }

    /// Who can answer this question when the respondent cannot.
    pub fn recipient(&self) -> &str {
        self.ask_whom
            .as_ref()
            .map_or(DEFAULT_RECIPIENT, |r| r.value.as_str())
    }

    /// The weight, with its default filled in.
    pub fn weight(&self) -> u32 {
        match &self.weight {
            Some(w) => w.value,
            None if self.kind().is_scorable() => 1,
            None => 0,
        }
    }

    pub fn is_scored(&self) -> bool {
        self.weight() > 0
    }

    pub fn is_critical(&self) -> bool {
        self.critical.value
    }

    pub fn is_important(&self) -> bool {
        self.important.value
    }

    pub fn allows_na(&self) -> bool {
        self.allow_na.value
    }

    pub fn expected_answer(&self) -> YesNo {
        self.expect.as_ref().map_or(YesNo::Yes, |e| e.value)
    }

    pub fn options(&self) -> &[Choice] {
        self.options.as_ref().map_or(&[], |o| o.value.as_slice())
    }

    pub fn option(&self, value: &str) -> Option<&Choice> {
        self.options().iter().find(|o| o.value.as_str() == value)
    }
}

/// One option of a `choice` or `multi` question.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Choice {
    /// What is written in answers files; a slug, never `unknown` or `na`.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]{0,63}$"))]
    pub value: Id,
    pub label: Spanned<String>,
    /// 0 to 1 (default 0): how far this answer meets the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 1))]
    pub score: Option<Spanned<f64>>,
    /// `multi` only: choosing this option excludes all others.
    #[serde(default, skip_serializing_if = "is_false")]
    pub exclusive: Spanned<bool>,
    /// Used instead of the question's recommendation when this option is chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<Recommendation>,
    /// The framework references this answer meets, out of the question's
    /// `maps`: when given, exactly these (whatever the option's score); when
    /// left out, all of them if the answer is fully met and none if not.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub meets: IndexMap<Spanned<String>, Vec<Spanned<String>>>,
}

impl Choice {
    pub fn score(&self) -> f64 {
        self.score.as_ref().map_or(0.0, |s| s.value)
    }

    /// Whether this option's `meets` lists `reference` of `framework`.
    pub fn meets(&self, framework: &str, reference: &str) -> bool {
        self.meets
            .get(framework)
            .is_some_and(|refs| refs.iter().any(|r| r.as_str() == reference))
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Recommendation {
    pub title: Spanned<String>,
    /// Markdown, in plain language: what to do and why.
    pub text: Spanned<String>,
    pub effort: Effort,
    /// A question the respondent can put to their IT provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask_provider: Option<String>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    Low,
    Medium,
    High,
}

impl Effort {
    /// Low 1, medium 2, high 3: the divisor of impact when ordering actions.
    pub fn cost(self) -> f64 {
        match self {
            Effort::Low => 1.0,
            Effort::Medium => 2.0,
            Effort::High => 3.0,
        }
    }
}

impl Questionnaire {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id.as_str() == id)
    }

    pub fn scoring(&self) -> std::borrow::Cow<'_, Scoring> {
        match &self.scoring {
            Some(s) => std::borrow::Cow::Borrowed(s),
            None => std::borrow::Cow::Owned(Scoring::default()),
        }
    }

    pub fn framework_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.frameworks.get(id).map_or(id, String::as_str)
    }
}
