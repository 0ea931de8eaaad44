use super::*;

#[test]
fn replaces_a_file_whole_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/report.md");
    write_atomic(&path, b"first").unwrap();
    write_atomic(&path, b"second").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "second");
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("report.md")]);
}

/// A FIFO of our own stands for a device: written to, never renamed over. (The
/// real `/dev/null` is left alone: a regression run as root would replace it.)
#[cfg(unix)]
#[test]
fn special_files_are_written_to_not_replaced() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: mkfifo(3) with a NUL-terminated path and a mode.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut got = String::new();
            std::fs::File::open(&fifo)
                .unwrap()
                .read_to_string(&mut got)
                .unwrap();
            got
        })
    };
    write_atomic(&fifo, b"through the pipe").unwrap();
    assert_eq!(reader.join().unwrap(), "through the pipe");
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(&kind),
        "the FIFO must stay a FIFO"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file is left");
}

#[cfg(unix)]
#[test]
fn a_symlink_stays_and_its_target_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("real.md");
    let link = dir.path().join("link.md");
    std::fs::write(&target, "old").unwrap();
    std::os::unix::fs::symlink(&target, &link).unwrap();
    write_atomic(&link, b"new").unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
}

#[test]
fn unsynced_writes_replace_whole_files_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new/folder/report.md");
    write_atomic_unsynced(&path, b"first").unwrap();
    write_atomic_unsynced(&path, b"second").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "second");
    assert_eq!(
        std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
        1
    );
}

#[cfg(unix)]
#[test]
fn new_files_are_readable_and_replaced_files_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.md");
    write_atomic(&path, b"x").unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o644);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    write_atomic(&path, b"y").unwrap();
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn backups_are_numbered_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, "one").unwrap();
    assert_eq!(keep_backup(&path).unwrap(), dir.path().join("a.yaml.bak"));
    std::fs::write(&path, "two").unwrap();
    assert_eq!(keep_backup(&path).unwrap(), dir.path().join("a.yaml.bak.1"));
    std::fs::write(&path, "three").unwrap();
    assert_eq!(names::next_backup(&path), dir.path().join("a.yaml.bak.2"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml.bak")).unwrap(),
        "one"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.yaml.bak.1")).unwrap(),
        "two"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "three");
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_stays_and_its_target_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink("made.md", &link).unwrap();
    write_atomic(&link, b"new").unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("made.md")).unwrap(),
        "new"
    );
}

/// Windows' counterpart of a device: `NUL` is written to, and no file of that
/// name is made beside it.
#[cfg(windows)]
#[test]
fn nul_is_written_to_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    write_atomic(&dir.path().join("nul.md"), b"report").unwrap();
    write_atomic(std::path::Path::new("NUL"), b"report").unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// Windows will not rename over a read-only file: that is said, and the file
/// stays as it was.
#[cfg(windows)]
#[test]
fn a_read_only_file_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.md");
    std::fs::write(&path, "old").unwrap();
    let mut p = std::fs::metadata(&path).unwrap().permissions();
    p.set_readonly(true);
    std::fs::set_permissions(&path, p).unwrap();
    let err = write_atomic(&path, b"new").unwrap_err();
    assert!(format!("{err:#}").ends_with("it is read-only"), "{err:#}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
}
