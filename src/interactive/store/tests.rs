use super::*;

#[test]
fn the_backup_sits_next_to_the_file() {
    assert_eq!(
        backup_path(Path::new("x/a.yaml")),
        Path::new("x/a.yaml.bak")
    );
}
