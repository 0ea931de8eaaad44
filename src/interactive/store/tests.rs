use super::*;
use crate::interactive::prompt::{Script, Step};
use crate::model::YesNo;
use crate::model::answers::{Answers, Value};
use crate::test::{CONDITIONAL, questionnaire};

fn yes() -> Value {
    Value::YesNo(YesNo::Yes)
}

fn file(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_file_changed_on_disk_is_loaded_again_with_the_new_answers_added() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    let q = questionnaire(CONDITIONAL);
    let mut store = Store::open(&path, &q, "t").unwrap();
    let mut s = Session::new(&q, Answers::default());
    let mut p = Script::new([Step::Pick("Load it again")]);
    s.answer("staff", Value::Number(3.0)).unwrap();
    store.save(&mut s, &mut p).unwrap();
    // Someone edits the file by hand meanwhile: a note and another answer.
    let edited = file(&path).replace(
        "staff: 3",
        "staff:\n    answer: 3\n    note: by hand\n  devices: [laptops]",
    );
    std::fs::write(&path, &edited).unwrap();
    s.next();
    s.answer("cloud", yes()).unwrap();
    store.save(&mut s, &mut p).unwrap();
    assert!(p.is_done());
    assert!(
        p.screen.contains("was changed outside this session"),
        "{}",
        p.screen
    );
    let saved = crate::answers::load(&path, &q).unwrap().value;
    assert_eq!(saved.get("staff").unwrap().note.as_deref(), Some("by hand"));
    assert_eq!(
        saved.value("devices"),
        &Value::Multi(vec!["laptops".into()])
    );
    assert_eq!(saved.value("cloud"), &yes(), "the new answer is added");
    assert_eq!(s.answers().value("devices"), saved.value("devices"));
}

#[test]
fn or_the_session_is_kept_and_the_changed_file_backed_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    let q = questionnaire(CONDITIONAL);
    let mut store = Store::open(&path, &q, "t").unwrap();
    let mut s = Session::new(&q, Answers::default());
    let mut p = Script::new([Step::Pick("Keep this session's answers")]);
    s.answer("staff", Value::Number(3.0)).unwrap();
    store.save(&mut s, &mut p).unwrap();
    let edited = file(&path).replace("staff: 3", "staff: 7");
    std::fs::write(&path, &edited).unwrap();
    s.next();
    s.answer("cloud", yes()).unwrap();
    store.save(&mut s, &mut p).unwrap();
    assert_eq!(file(&dir.path().join("a.yaml.bak")), edited);
    assert!(file(&path).contains("staff: 3\n"));
    assert!(
        p.screen.contains("The changed file is kept as"),
        "{}",
        p.screen
    );
}

/// Unix only: the folder is removed under the session, which Windows does not
/// allow while the session's lock file in it is open.
#[cfg(unix)]
#[test]
fn a_save_that_fails_can_go_to_another_file_with_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let path = sub.join("a.yaml");
    let other = dir.path().join("b.yaml");
    let q = questionnaire(CONDITIONAL);
    let mut store = Store::open(&path, &q, "t").unwrap();
    let mut s = Session::new(&q, Answers::default());
    store.save(&mut s, &mut Script::default()).unwrap();
    // The folder goes away (a drive unplugged), and a file takes its name.
    std::fs::remove_dir_all(&sub).unwrap();
    std::fs::write(&sub, "").unwrap();
    s.respondent_mut().name = Some("Sam".into());
    let mut p = Script::new([Step::Pick("Save them in another file"), Step::Type("")]);
    // An empty name is refused; the script then runs out, as Ctrl-C would.
    let err = store.save(&mut s, &mut p).unwrap_err();
    assert!(crate::interactive::interrupt::is_interrupt(&err), "{err:#}");
    assert!(p.screen.contains("could not be saved"), "{}", p.screen);
    let mut p = Script::new([
        Step::Pick("Save them in another file"),
        Step::Type(Box::leak(other.display().to_string().into_boxed_str())),
    ]);
    store.save(&mut s, &mut p).unwrap();
    assert!(file(&other).contains("name: Sam"), "{}", file(&other));
    assert_eq!(store.path(), other);
    assert!(store.carry_on().contains("b.yaml"));
}

#[test]
fn stopping_after_a_failed_save_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::create_dir(&path).unwrap();
    let q = questionnaire(CONDITIONAL);
    let mut store = Store::open(&path, &q, "t").unwrap();
    let mut s = Session::new(&q, Answers::default());
    let mut p = Script::new([Step::Pick("Stop here")]);
    let err = store.save(&mut s, &mut p).unwrap_err();
    assert!(format!("{err:#}").contains("it is a folder"), "{err:#}");
}

#[test]
fn the_version_is_brought_up_to_date_only_once_nothing_is_left_to_ask_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    let q = questionnaire(CONDITIONAL);
    let mut store = Store::open(&path, &q, "t").unwrap();
    let mut old = Answers::default();
    old.questionnaire.id = crate::yaml::Spanned::new("t".into());
    old.questionnaire.version = Some(crate::yaml::Spanned::new("0.9.0".into()));
    old.answers
        .insert("cloud".into(), crate::model::answers::Answer::new(yes()));
    let mut s = Session::new(&q, old);
    s.recheck(["cloud".to_owned()]);
    store.save(&mut s, &mut Script::default()).unwrap();
    assert!(file(&path).contains("version: 0.9.0"), "{}", file(&path));
    assert!(file(&path).contains("cloud: yes"), "kept until asked again");
    assert!(!file(&path).contains("digest"));
    s.answer("cloud", yes()).unwrap();
    store.save(&mut s, &mut Script::default()).unwrap();
    assert!(file(&path).contains("version: 1.0.0"), "{}", file(&path));
    assert!(file(&path).contains("digest: sha256:"));
}
