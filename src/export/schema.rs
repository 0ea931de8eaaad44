//! JSON Schema (draft 2020-12) of the file formats, so that YAML editors complete
//! and check them. Questionnaires and profiles are described by the same serde
//! types the loader reads, so the schema cannot drift from the loader. Answers
//! files are read by hand (their values depend on each question), so their generic
//! schema is spelt out here; given a questionnaire, it lists every question id and
//! the answers each one takes.

use indexmap::IndexMap;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value as Json, json};

use crate::model::answers::{QuestionnaireRef, Respondent};
use crate::model::{Profile, Question, QuestionType, Questionnaire};

/// The file formats a schema is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Questionnaire,
    Profile,
    Answers,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Questionnaire, Kind::Profile, Kind::Answers];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Questionnaire => "questionnaire",
            Kind::Profile => "profile",
            Kind::Answers => "answers",
        }
    }

    /// What the schema is for, in `--help`.
    pub fn help(self) -> &'static str {
        match self {
            Kind::Questionnaire => "A questionnaire file",
            Kind::Profile => "A profile: a questionnaire trimmed and tailored",
            Kind::Answers => "An answers file (with -q: its questions and answers)",
        }
    }
}

/// An answers file: which questionnaire, who answered, and the answers by id.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "assure answers file")]
#[allow(dead_code)]
struct AnswersFile {
    questionnaire: QuestionnaireRef,
    respondent: Option<Respondent>,
    /// Question id → answer: `yes`/`no`, an option value, a list of option values,
    /// a number or text; `unknown` for "I don't know", `na` for "not applicable";
    /// or the long form with `answer`, `note` and `evidence`.
    answers: Option<IndexMap<String, Answer>>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum Answer {
    Short(Option<AnswerValue>),
    Long(LongForm),
}

#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum AnswerValue {
    Text(String),
    Number(f64),
    Bool(bool),
    List(Vec<String>),
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct LongForm {
    answer: Option<AnswerValue>,
    /// Anything worth knowing about the answer.
    note: Option<String>,
    /// What proves it: file names, links.
    evidence: Option<Evidence>,
    /// Who gave the answer: `it-provider`, `insurance-broker`, `accountant` or a
    /// short text; the respondent when left out.
    by: Option<String>,
    /// Where a carried-over or merged answer came from.
    from: Option<From>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct From {
    /// The answers file it came from.
    file: String,
    /// When that file was answered: YYYY-MM-DD.
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    date: Option<String>,
}

#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum Evidence {
    One(String),
    Many(Vec<String>),
}

fn settings() -> SchemaSettings {
    SchemaSettings::draft2020_12()
}

fn titled(mut schema: Schema, title: &str) -> Schema {
    schema.insert("title".into(), json!(title));
    schema
}

pub fn schema(kind: Kind, q: Option<&Questionnaire>) -> Schema {
    match kind {
        Kind::Questionnaire => titled(
            settings()
                .into_generator()
                .into_root_schema_for::<Questionnaire>(),
            "assure questionnaire",
        ),
        Kind::Profile => titled(
            settings()
                .into_generator()
                .into_root_schema_for::<Profile>(),
            "assure profile",
        ),
        Kind::Answers => {
            let mut schema = settings()
                .into_generator()
                .into_root_schema_for::<AnswersFile>();
            if let Some(q) = q {
                specialise(&mut schema, q);
            }
            schema
        }
    }
}

/// The answers property for one questionnaire: every question id, and its
/// answers. Questions that take the same answers share one definition in
/// `$defs`, so that the schema of a large questionnaire stays small.
fn specialise(schema: &mut Schema, q: &Questionnaire) {
    let mut shapes = Shapes::default();
    let properties: Map<String, Json> = q
        .questions()
        .map(|question| {
            let reference = shapes.reference(question);
            let description = description(question);
            (
                question.id.value.clone(),
                json!({ "description": description, "$ref": reference }),
            )
        })
        .collect();
    schema.insert(
        "title".into(),
        json!(format!(
            "Answers to {} ({} {})",
            q.title, q.id.value, q.version.value
        )),
    );
    if let Some(defs) = schema
        .ensure_object()
        .entry("$defs")
        .or_insert_with(|| json!({}))
        .as_object_mut()
    {
        defs.extend(shapes.defs);
    }
    if let Some(props) = schema.get_mut("properties").and_then(Json::as_object_mut) {
        props.insert(
            "answers".into(),
            json!({
                "type": ["object", "null"],
                "properties": properties,
                "additionalProperties": false
            }),
        );
        if let Some(id) = props
            .get_mut("questionnaire")
            .and_then(|r| r.get_mut("properties"))
            .and_then(|p| p.get_mut("id"))
        {
            *id = json!({ "const": q.id.value });
        }
    }
}

/// The answer schemas made so far, each once, by their JSON text.
#[derive(Default)]
struct Shapes {
    names: std::collections::HashMap<String, String>,
    defs: Map<String, Json>,
}

impl Shapes {
    /// A `$ref` to the schema of what `q` takes, added to `$defs` the first time.
    fn reference(&mut self, q: &Question) -> String {
        let shape = answer_schema(q);
        let key = shape.to_string();
        let next = self.names.len() + 1;
        let name = self
            .names
            .entry(key)
            .or_insert_with(|| format!("answer-{next}"))
            .clone();
        self.defs.entry(name.clone()).or_insert(shape);
        format!("#/$defs/{name}")
    }
}

/// The question and, for choices, what each option value means.
fn description(q: &Question) -> String {
    let mut description = q.text.value.clone();
    if q.kind().has_options() {
        let labels: Vec<String> = q
            .options()
            .iter()
            .map(|o| format!("{}: {}", o.value.value, o.label))
            .collect();
        description = format!("{description}\n\n{}", labels.join("\n"));
    }
    description
}

/// What a question takes: its value in short form, nothing, or the long form.
fn answer_schema(q: &Question) -> Json {
    let mut extra: Vec<Json> = Vec::new();
    if q.allow_unknown {
        extra.push(json!("unknown"));
    }
    if q.allows_na() {
        extra.push(json!("na"));
    }
    let with = |mut values: Vec<Json>| {
        values.extend(extra.iter().cloned());
        json!({ "enum": values })
    };
    let options: Vec<Json> = q.options().iter().map(|o| json!(o.value.value)).collect();
    let value = match q.kind() {
        QuestionType::YesNo => with(vec![json!("yes"), json!("no"), json!(true), json!(false)]),
        QuestionType::Choice => with(options),
        QuestionType::Multi => json!({
            "anyOf": [
                { "type": "array", "items": { "enum": options }, "uniqueItems": true },
                with(options.clone()),
            ]
        }),
        QuestionType::Number => {
            let mut number = Map::new();
            number.insert("type".into(), json!("number"));
            if let Some(min) = &q.min {
                number.insert("minimum".into(), json!(min.value));
            }
            if let Some(max) = &q.max {
                number.insert("maximum".into(), json!(max.value));
            }
            json!({ "anyOf": [Json::Object(number), with(Vec::new())] })
        }
        QuestionType::Text => json!({ "type": "string" }),
    };
    json!({
        "anyOf": [
            value,
            { "type": "null" },
            {
                "type": "object",
                "properties": {
                    "answer": { "anyOf": [value, { "type": "null" }] },
                    "note": { "type": ["string", "null"] },
                    "evidence": { "anyOf": [
                        { "type": "string" },
                        { "type": "array", "items": { "type": "string" } },
                        { "type": "null" }
                    ] },
                    "by": { "type": ["string", "null"] },
                    "from": { "$ref": "#/$defs/From" }
                },
                "additionalProperties": false
            }
        ]
    })
}

#[cfg(test)]
mod tests;
