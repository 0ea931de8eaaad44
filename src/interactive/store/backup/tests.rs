use std::time::{Duration, SystemTime};

use super::*;

#[test]
fn backups_are_numbered_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.yaml");
    for i in 0..3 {
        std::fs::write(&a, format!("version {i}")).unwrap();
        let kept = move_to_backup(&a).unwrap();
        assert!(!a.exists());
        assert_eq!(
            std::fs::read_to_string(&kept).unwrap(),
            format!("version {i}")
        );
    }
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    assert_eq!(read("a.yaml.bak"), "version 0");
    assert_eq!(read("a.yaml.bak.1"), "version 1");
    assert_eq!(read("a.yaml.bak.2"), "version 2");
    std::fs::write(&a, "now").unwrap();
    assert_eq!(copy_to_backup(&a).unwrap(), dir.path().join("a.yaml.bak.3"));
    assert_eq!(read("a.yaml"), "now", "a copy leaves the file in place");
    assert_eq!(next_backup(&a), dir.path().join("a.yaml.bak.4"));
}

#[test]
fn only_our_temporary_names_are_ours() {
    assert!(is_our_temp(".assure-a1B2c3.tmp"));
    assert!(!is_our_temp(".assure-a1B2c.tmp"));
    assert!(!is_our_temp("assure-a1B2c3.tmp"));
    assert!(!is_our_temp(".assure-a1B2c3.tmp.keep"));
    assert!(!is_our_temp(".assure-a1/2c3.tmp"));
}

#[test]
fn stale_temporary_files_are_removed_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let old = SystemTime::now() - Duration::from_secs(3600);
    let make = |name: &str, age: Option<SystemTime>| {
        let path = dir.path().join(name);
        let f = std::fs::File::create(&path).unwrap();
        if let Some(t) = age {
            f.set_modified(t).unwrap();
        }
        path
    };
    let stale = make(".assure-abc123.tmp", Some(old));
    let fresh = make(".assure-def456.tmp", None);
    let other = make(".other-abc123.tmp", Some(old));
    let answers = make("a.yaml", Some(old));
    assert_eq!(remove_stale_temps(&answers), 1);
    assert!(!stale.exists());
    assert!(fresh.exists(), "a save may be writing it now");
    assert!(other.exists() && answers.exists());
}
