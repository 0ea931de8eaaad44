use super::*;

#[test]
fn a_windows_named_pipe_is_known_by_its_path() {
    for pipe in [
        r"\\.\pipe\secret",
        r"\\?\PIPE\secret",
        "//./pipe/secret",
        r"\\server\pipe\secret",
        r"\\?\UNC\server\pipe\secret",
    ] {
        assert!(is_windows_pipe(pipe), "{pipe}");
    }
    for file in [
        r"C:\pipe\answers.yaml",
        r"\\server\share\pipe",
        r"\\?\C:\pipe\answers.yaml",
        "pipe",
    ] {
        assert!(!is_windows_pipe(file), "{file}");
    }
}

#[test]
fn windows_devices_are_known_by_their_reserved_names() {
    for device in [
        "NUL",
        "nul",
        "con.txt",
        r"C:\reports\aux.md",
        "COM1",
        "lpt9.html",
        "CONOUT$",
        "NUL ",
        r"\\.\COM12",
        r"\\.\pipe\report",
        "c:nul",
    ] {
        assert!(is_windows_device(device), "{device}");
    }
    for file in [
        "null.md",
        "console.md",
        "COM10",
        "COMA",
        r"C:\nul\report.md",
        "report.nul",
        "my-con.md",
        r"\\?\C:\reports\a.md",
    ] {
        assert!(!is_windows_device(file), "{file}");
    }
}

#[test]
fn a_file_is_the_same_through_another_name_and_not_once_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.yaml");
    std::fs::write(&a, "x").unwrap();
    let before = identity_of(&a).expect("a file has an identity");
    let link = dir.path().join("link.yaml");
    std::fs::hard_link(&a, &link).unwrap();
    assert_eq!(identity_of(&link), Some(before));
    assert_eq!(identity(&File::open(&a).unwrap()), Some(before));
    let b = dir.path().join("b.yaml");
    std::fs::write(&b, "y").unwrap();
    std::fs::rename(&b, &a).unwrap();
    assert_ne!(identity_of(&a), Some(before));
    assert_eq!(identity_of(&dir.path().join("none.yaml")), None);
}
