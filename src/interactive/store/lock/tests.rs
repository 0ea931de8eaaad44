use super::*;

#[test]
fn a_second_lock_on_the_same_file_says_who_holds_it() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.yaml");
    let first = Lock::take(&answers).unwrap();
    let err = Lock::take(&answers).err().unwrap();
    let message = format!("{err:#}");
    assert!(
        message.contains("is open in another `assure assess`"),
        "{message}"
    );
    assert!(
        message.contains(&format!("process {}", std::process::id())),
        "{message}"
    );
    assert!(lock_path(&answers).exists());
    drop(first);
    assert!(!lock_path(&answers).exists(), "removed when released");
    let again = Lock::take(&answers);
    assert!(again.is_ok());
}

#[test]
fn a_lock_file_left_by_a_killed_process_is_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.yaml");
    std::fs::write(lock_path(&answers), "process 1, since long ago\n").unwrap();
    let lock = Lock::take(&answers).unwrap();
    let text = std::fs::read_to_string(lock_path(&answers)).unwrap();
    assert!(
        text.starts_with(&format!("process {}", std::process::id())),
        "{text}"
    );
    drop(lock);
}

#[test]
fn the_holder_text_is_cleaned_before_it_is_shown() {
    let err = in_use(Path::new("a.yaml"), "evil\u{1b}]52;c;AAAA\u{7}\n");
    let message = format!("{err:#}");
    assert!(!message.contains('\u{1b}'), "{message:?}");
    assert!(!message.contains('\u{7}'), "{message:?}");
}

#[test]
fn the_lock_file_sits_beside_the_answers_file_hidden() {
    assert_eq!(
        lock_path(Path::new("x/a.yaml")),
        Path::new("x/.a.yaml.assure-lock")
    );
}
