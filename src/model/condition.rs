//! `when` conditions as written (docs/formats.md, "Conditions"). Evaluation
//! lives in `crate::condition`; checking them against the questionnaire in
//! `crate::condition::check`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::number::number;
use crate::yaml::Spanned;

/// A condition on earlier answers.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(try_from = "ConditionRaw", into = "ConditionRaw")]
pub enum Condition {
    /// One test on one question.
    Test {
        question: Spanned<String>,
        test: Test,
    },
    All(Vec<Spanned<Condition>>),
    Any(Vec<Spanned<Condition>>),
    Not(Box<Spanned<Condition>>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Test {
    /// yes_no, choice, number or text: the answer is exactly this.
    Equals(Spanned<String>),
    /// yes_no or choice: the answer is one of these.
    In(Vec<Spanned<String>>),
    /// multi: this option is among the answers.
    Includes(Spanned<String>),
    /// number: the answer is within these bounds (either may be left out).
    Range {
        at_least: Option<Spanned<f64>>,
        at_most: Option<Spanned<f64>>,
    },
    /// Any type: the question has (or has not) been answered.
    Answered(bool),
}

impl Condition {
    /// Every question this condition refers to, with where it is written.
    pub fn questions(&self) -> Vec<&Spanned<String>> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a Spanned<String>>) {
        match self {
            Condition::Test { question, .. } => out.push(question),
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.collect(out)),
            Condition::Not(c) => c.collect(out),
        }
    }
}

/// A condition is written as a [`ConditionRaw`].
impl JsonSchema for Condition {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Condition".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ConditionRaw::json_schema(generator)
    }
}

/// The condition exactly as written: every key optional, checked by `TryFrom`.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ConditionRaw {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<Spanned<String>>,
    #[serde(rename = "in", default, skip_serializing_if = "Option::is_none")]
    pub in_: Option<Vec<Spanned<String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub includes: Option<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<Spanned<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<Spanned<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<Vec<Spanned<Condition>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any: Option<Vec<Spanned<Condition>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Spanned<Condition>>>,
}

const TESTS: &str = "`equals`, `in`, `includes`, `at_least`/`at_most` or `answered`";

/// A `when` that is not one condition: each message once; serde reports it
/// at the condition.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConditionError {
    #[error("`all`, `any` and `not` each stand alone in a condition; nest them to combine")]
    NotAlone,
    #[error("`{0}` needs at least one condition")]
    Empty(&'static str),
    #[error("a condition needs `question` and one test ({TESTS}), or `all`, `any` or `not`")]
    NoQuestion,
    #[error("this condition has no test; add one of {TESTS}")]
    NoTest,
    #[error("`in` needs at least one value")]
    EmptyIn,
    #[error("this condition has more than one test (`{0}` and `{1}`); combine tests with `all`")]
    TwoTests(&'static str, &'static str),
}

impl TryFrom<ConditionRaw> for Condition {
    type Error = ConditionError;

    fn try_from(raw: ConditionRaw) -> Result<Self, ConditionError> {
        let mut combinators = Vec::new();
        if let Some(all) = raw.all {
            combinators.push(("all", Condition::All(all)));
        }
        if let Some(any) = raw.any {
            combinators.push(("any", Condition::Any(any)));
        }
        if let Some(not) = raw.not {
            combinators.push(("not", Condition::Not(not)));
        }
        let mut tests = Vec::new();
        if let Some(v) = raw.equals {
            tests.push(("equals", Test::Equals(v)));
        }
        if let Some(v) = raw.in_ {
            tests.push(("in", Test::In(v)));
        }
        if let Some(v) = raw.includes {
            tests.push(("includes", Test::Includes(v)));
        }
        if raw.at_least.is_some() || raw.at_most.is_some() {
            tests.push((
                "at_least",
                Test::Range {
                    at_least: raw.at_least,
                    at_most: raw.at_most,
                },
            ));
        }
        if let Some(v) = raw.answered {
            tests.push(("answered", Test::Answered(v)));
        }
        if !combinators.is_empty() {
            if combinators.len() > 1 || !tests.is_empty() || raw.question.is_some() {
                return Err(ConditionError::NotAlone);
            }
            let (name, c) = combinators.remove(0);
            if let Condition::All(list) | Condition::Any(list) = &c
                && list.is_empty()
            {
                return Err(ConditionError::Empty(name));
            }
            return Ok(c);
        }
        let Some(question) = raw.question else {
            return Err(ConditionError::NoQuestion);
        };
        match tests.len() {
            0 => Err(ConditionError::NoTest),
            1 => {
                let (_, test) = tests.remove(0);
                if let Test::In(values) = &test
                    && values.is_empty()
                {
                    return Err(ConditionError::EmptyIn);
                }
                Ok(Condition::Test { question, test })
            }
            _ => Err(ConditionError::TwoTests(tests[0].0, tests[1].0)),
        }
    }
}

impl From<Condition> for ConditionRaw {
    fn from(c: Condition) -> Self {
        let mut raw = ConditionRaw::default();
        match c {
            Condition::All(v) => raw.all = Some(v),
            Condition::Any(v) => raw.any = Some(v),
            Condition::Not(v) => raw.not = Some(v),
            Condition::Test { question, test } => {
                raw.question = Some(question);
                match test {
                    Test::Equals(v) => raw.equals = Some(v),
                    Test::In(v) => raw.in_ = Some(v),
                    Test::Includes(v) => raw.includes = Some(v),
                    Test::Range { at_least, at_most } => {
                        raw.at_least = at_least;
                        raw.at_most = at_most;
                    }
                    Test::Answered(v) => raw.answered = Some(v),
                }
            }
        }
        raw
    }
}

/// A short reading of the condition, such as `uses-cloud = yes`.
impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let join = |f: &mut std::fmt::Formatter<'_>, list: &[Spanned<Condition>], word: &str| {
            for (i, c) in list.iter().enumerate() {
                if i > 0 {
                    write!(f, " {word} ")?;
                }
                match c.value {
                    Condition::Test { .. } => write!(f, "{}", c.value)?,
                    _ => write!(f, "({})", c.value)?,
                }
            }
            Ok(())
        };
        match self {
            Condition::All(list) => join(f, list, "and"),
            Condition::Any(list) => join(f, list, "or"),
            Condition::Not(c) => write!(f, "not ({})", c.value),
            Condition::Test { question, test } => match test {
                Test::Equals(v) => write!(f, "{} = {}", question.value, v.value),
                Test::In(values) => {
                    let values: Vec<&str> = values.iter().map(|v| v.as_str()).collect();
                    write!(f, "{} is one of {}", question.value, values.join(", "))
                }
                Test::Includes(v) => write!(f, "{} includes {}", question.value, v.value),
                Test::Range { at_least, at_most } => match (at_least, at_most) {
                    (Some(lo), Some(hi)) => {
                        write!(
                            f,
                            "{} ≤ {} ≤ {}",
                            number(lo.value),
                            question.value,
                            number(hi.value)
                        )
                    }
                    (Some(lo), None) => write!(f, "{} ≥ {}", question.value, number(lo.value)),
                    (None, Some(hi)) => write!(f, "{} ≤ {}", question.value, number(hi.value)),
                    (None, None) => write!(f, "{}", question.value),
                },
                Test::Answered(true) => write!(f, "{} is answered", question.value),
                Test::Answered(false) => write!(f, "{} is not answered", question.value),
            },
        }
    }
}
