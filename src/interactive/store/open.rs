//! How a session starts when the answers file may already exist: carry on,
//! start again (the old file kept as a numbered backup), or quit.

use anyhow::Result;

use super::Store;
use super::backup::{move_to_backup, next_backup};
use super::migrate::{self, Stale};
use crate::diagnostic::{self, Code, Diagnostic};
use crate::error::{Usage, refuse, reported};
use crate::interactive::prompt::{Entry, Menu, Picked, Prompter};
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::text::count::plural;
use crate::text::shell;

/// The answers to start from, and those to ask again.
pub struct Started {
    pub answers: Answers,
    pub stale: Vec<Stale>,
    /// The version the answers were given to, when it is not this one.
    pub old_version: Option<String>,
    /// Whether the answers were given to another version or form of the
    /// questionnaire.
    pub other_version: bool,
    /// Whether the file has comments of its own that a save would drop.
    pub own_comments: bool,
}

impl Started {
    fn afresh() -> Self {
        Started {
            answers: Answers::default(),
            stale: Vec::new(),
            old_version: None,
            other_version: false,
            own_comments: false,
        }
    }
}

/// The problems of a file to carry on from, as `assess` should word them:
/// the walk tells about hidden answers and other versions itself, and takes
/// no `-q`.
fn for_assess(diags: Vec<Diagnostic>, store: &Store) -> Vec<Diagnostic> {
    let file = shell::path(&store.path);
    diags
        .into_iter()
        // The walk says these in its own words.
        .filter(|d| {
            !matches!(
                d.code,
                Code::HiddenAnswer | Code::VersionDiffers | Code::DigestDiffers | Code::SetAside
            )
        })
        .map(|mut d| {
            if d.code == Code::WrongQuestionnaire {
                d.help = Some(format!(
                    "to carry on with these answers, give their questionnaire: `assure assess QUESTIONNAIRE --answers {file} --resume`; to answer `{}`, choose another file with `--answers`",
                    store.current.id.value
                ));
            }
            d
        })
        .collect()
}

fn started(
    loaded: crate::diagnostic::Loaded<migrate::Resumed>,
    q: &Questionnaire,
    digest: &str,
) -> Started {
    let given = &loaded.value.answers.questionnaire;
    let old_version = given
        .version
        .as_ref()
        .filter(|v| v.as_str() != q.version.as_str())
        .map(|v| v.value.clone());
    Started {
        other_version: !migrate::is_current(given, q, digest),
        answers: loaded.value.answers,
        stale: loaded.value.stale,
        own_comments: loaded.value.own_comments,
        old_version,
    }
}

impl Store {
    /// Decides how to start: the answers to carry on from (empty when starting
    /// afresh), or `None` to quit. With `resume`, the file must exist and load.
    pub fn start(
        &self,
        resume: bool,
        q: &Questionnaire,
        p: &mut dyn Prompter,
    ) -> Result<Option<Started>> {
        let shown = shell::path(&self.path);
        if !self.path.exists() {
            if resume {
                return Err(refuse(Usage::NothingToResume { file: shown }));
            }
            return Ok(Some(Started::afresh()));
        }
        let loaded = migrate::load(&self.path, q).map_err(|d| for_assess(d, self));
        if resume {
            let loaded = loaded.map_err(reported)?;
            diagnostic::emit(&for_assess(loaded.warnings.clone(), self));
            return Ok(Some(started(loaded, q, self.digest())));
        }
        let mut items = Vec::new();
        match &loaded {
            Ok(l) => {
                diagnostic::emit(&for_assess(l.warnings.clone(), self));
                let n = l
                    .value
                    .answers
                    .answers
                    .values()
                    .filter(|a| a.value.is_answered())
                    .count();
                let answers = plural(n, "answer", "answers");
                p.say(&format!("\n{shown} already holds {n} saved {answers}."))?;
                items.push(Entry::keyed('c', "Carry on from where I stopped"));
            }
            Err(diags) => {
                diagnostic::emit(diags);
                p.say(&format!(
                    "\n{shown} already exists, but it cannot be used as it is (see above)."
                ))?;
            }
        }
        let backup = shell::path(&next_backup(&self.path));
        items.push(Entry::keyed(
            's',
            format!("Start again (the old file is kept as {backup})"),
        ));
        items.push(Entry::keyed('q', "Quit and change nothing"));
        let menu = Menu {
            prompt: "What would you like to do?".into(),
            default: 0,
            keys: Vec::new(),
            items,
        };
        let picked = match p.choose(&menu)? {
            Picked::Item(i) => i,
            Picked::Key(_) => menu.items.len() - 1,
        };
        match (picked, loaded) {
            (0, Ok(l)) => Ok(Some(started(l, q, self.digest()))),
            (i, _) if i + 1 == menu.items.len() => Ok(None),
            _ => {
                move_to_backup(&self.path)?;
                Ok(Some(Started::afresh()))
            }
        }
    }
}
