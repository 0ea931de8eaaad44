//! The supplier's answers files (`answer --from`), read against their
//! questionnaires: bundled or configured ones by id, and a customer's
//! questionnaire that an earlier `assure answer` wrote beside its answers
//! file (found by id among the questionnaires in that folder, never opened by
//! a path the file names). Newest files first, so that they win ties. And the
//! answers file `answer` writes for the customer's questionnaire draft.

use std::path::{Path, PathBuf};

use super::AnswersFile;
use crate::diagnostic::Diagnostic;
use crate::digest;
use crate::exchange::answer::known::known;
use crate::exchange::answer::plan::{Fate, Fill};
use crate::exchange::answer::sources::{Origin, Supplier};
use crate::load::Catalog;
use crate::load::bundled::top_level_id;
use crate::model::QuestionType;
use crate::model::Questionnaire;
use crate::model::answers::{Answers, Value};

/// The most questionnaires looked at beside an answers file.
const MAX_BESIDE: usize = 200;

/// The questionnaire with id `id` in the folder of `path`, if there is one.
fn beside(catalog: &Catalog<'_>, path: &Path, id: &str) -> Option<Questionnaire> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    entries.sort();
    for p in entries.into_iter().take(MAX_BESIDE) {
        let Ok(src) = crate::load::read::read(&p) else {
            continue;
        };
        if top_level_id(&src.text) == Some(id)
            && let Ok(q) = catalog.load(&src)
        {
            return Some(q.value);
        }
    }
    None
}

fn shown(q: &Questionnaire, id: &str, v: &Value) -> String {
    let label = |value: &str| {
        q.questions()
            .find(|x| x.id.value == id)
            .and_then(|x| x.option(value).map(|o| o.label.value.clone()))
            .unwrap_or_else(|| value.to_owned())
    };
    match v {
        Value::YesNo(y) => if y.as_str() == "yes" { "Yes" } else { "No" }.into(),
        Value::Choice(c) => label(c),
        Value::Multi(m) => m.iter().map(|c| label(c)).collect::<Vec<_>>().join(", "),
        Value::Number(n) => crate::text::number::number(*n),
        Value::Text(t) => t.clone(),
        Value::Unknown => "I don't know".into(),
        Value::Na => "Not applicable".into(),
        Value::Unanswered => String::new(),
    }
}

/// One file's answers, read.
fn one(
    catalog: &Catalog<'_>,
    path: &Path,
) -> Result<(Questionnaire, Answers, Vec<Diagnostic>), Vec<Diagnostic>> {
    let file = AnswersFile::open(path)?;
    let q = match catalog.open_id(&file.questionnaire) {
        Ok(q) => q.value,
        Err(diags) => match beside(catalog, path, &file.questionnaire) {
            Some(q) => q,
            None => return Err(super::questionnaire_failed(catalog, &file, diags)),
        },
    };
    let (read, _) = file.check_earlier(&q, &digest::digest(&q))?;
    Ok((q, read.value, read.warnings))
}

/// Reads every file of `paths`; every problem of every file, or all of them.
pub fn read(catalog: &Catalog<'_>, paths: &[PathBuf]) -> Result<Supplier, Vec<Diagnostic>> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        match one(catalog, p) {
            Ok(x) => files.push((p, x)),
            Err(d) => problems.extend(d),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // Newest first; files without a date last, in the order given.
    files.sort_by(|a, b| b.1.1.respondent.date.cmp(&a.1.1.respondent.date));
    let mut s = Supplier::default();
    // A question answered in several files of one questionnaire: the newest
    // answer stands, as when answers are carried (`prefill`).
    let mut seen = std::collections::HashSet::new();
    for (path, (q, answers, warnings)) in files {
        s.warnings.extend(warnings);
        if s.organisation.is_none() {
            s.organisation.clone_from(&answers.respondent.organisation);
        }
        let name = super::earlier::file_name(path);
        for (k, id) in known(&q, &answers) {
            if !seen.insert(k.key.clone()) {
                continue;
            }
            let a = answers.get(&id);
            s.origins.push(Origin {
                file: name.clone(),
                questionnaire: q.id.value.clone(),
                question: id.clone(),
                text: k.text.clone(),
                answer: shown(&q, &id, answers.value(&id)),
                date: answers.respondent.date.clone(),
                by: a.and_then(|a| a.by.clone()),
                note: a.and_then(|a| a.note.clone()),
                evidence: a.map(|a| a.evidence.clone()).unwrap_or_default(),
            });
            s.known.push(k);
        }
    }
    Ok(s)
}

/// An answers file for the draft `q` holding what was filled, each answer
/// saying where it came from.
pub fn draft_answers(
    q: &crate::model::Questionnaire,
    fills: &[Fill],
    origins: &[Origin],
    organisation: Option<String>,
) -> String {
    use crate::exchange::matcher::Verdict;
    use crate::model::YesNo;
    use crate::model::answers::{
        Answer, Answers, CarriedFrom, QuestionnaireRef, Respondent, Value,
    };
    use crate::yaml::Spanned;
    let ids = crate::exchange::answer::draft::ids(fills);
    let by_id: std::collections::HashMap<&str, &crate::model::Question> =
        q.questions().map(|x| (x.id.value.as_str(), x)).collect();
    let mut a = Answers {
        questionnaire: QuestionnaireRef {
            id: Spanned::new(q.id.value.clone()),
            version: Some(Spanned::new(q.version.value.clone())),
            digest: Some(Spanned::new(crate::digest::digest(q))),
            fingerprints: Default::default(),
        },
        // The answers were given when the newest of their files was.
        respondent: Respondent {
            organisation,
            date: origins
                .iter()
                .filter_map(|o| o.date.clone())
                .max()
                .or_else(|| Some(crate::date::today())),
            ..Respondent::default()
        },
        answers: Default::default(),
        set_aside: Vec::new(),
        header: String::new(),
    };
    for (f, id) in fills.iter().zip(&ids) {
        let Fate::Answered { m, word, comment } = &f.fate else {
            continue;
        };
        let Some(question) = by_id.get(id.as_str()) else {
            continue;
        };
        let value = match (question.kind(), &m.verdict) {
            (QuestionType::YesNo, Verdict::Yes) => Value::YesNo(YesNo::Yes),
            (QuestionType::YesNo, Verdict::No) => Value::YesNo(YesNo::No),
            (QuestionType::Choice, _) => {
                match question.options().iter().find(|o| &o.label.value == word) {
                    Some(o) => Value::Choice(o.value.value.clone()),
                    None => continue,
                }
            }
            (QuestionType::Text, Verdict::Text(t)) => Value::Text(t.clone()),
            _ => continue,
        };
        let first = &origins[m.sources[0]];
        let mut answer = Answer::new(value);
        let notes: Vec<String> = m
            .sources
            .iter()
            .filter_map(|&s| origins[s].note.clone())
            .collect();
        answer.note = (!notes.is_empty()).then(|| notes.join(" "));
        let _ = comment;
        answer.evidence = m
            .sources
            .iter()
            .flat_map(|&s| origins[s].evidence.clone())
            .collect();
        answer.by.clone_from(&first.by);
        answer.from = Some(CarriedFrom {
            file: first.file.clone(),
            date: first.date.clone(),
        });
        a.answers.insert(id.clone(), answer);
    }
    super::write(q, &a)
}
