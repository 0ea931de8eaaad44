use super::*;

#[test]
fn a_free_name_is_the_first_that_names_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_eq!(free_name(d, "letter", "html"), d.join("letter.html"));
    std::fs::write(d.join("letter.html"), "").unwrap();
    std::fs::write(d.join("letter-2.html"), "").unwrap();
    assert_eq!(free_name(d, "letter", "html"), d.join("letter-3.html"));
    let a = d.join("a.yaml");
    assert_eq!(next_backup(&a), d.join("a.yaml.bak"));
    std::fs::write(d.join("a.yaml.bak"), "").unwrap();
    assert_eq!(next_backup(&a), d.join("a.yaml.bak.1"));
}

#[cfg(unix)]
#[test]
fn a_link_that_points_nowhere_is_a_name_taken() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::os::unix::fs::symlink(d.join("nowhere"), d.join("x.yaml")).unwrap();
    assert_eq!(free_name(d, "x", "yaml"), d.join("x-2.yaml"));
}
