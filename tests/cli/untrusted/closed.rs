//! The help and the version go to stdout like any other output: a closed or
//! full stdout is a failure there too (issue 20, item 15).

/// `assure ARGS REDIRECT` through a shell: exit status and stderr.
fn through_shell(args: &str, redirect: &str) -> (Option<i32>, String) {
    let o = std::process::Command::new("sh")
        .args(["-c", &format!("exec \"$0\" {args} {redirect}")])
        .arg(env!("CARGO_BIN_EXE_assure"))
        .output()
        .unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn help_and_version_fail_on_a_closed_stdout() {
    for args in [
        "--help",
        "--version",
        "help",
        "help report",
        "report --help",
        "-h",
    ] {
        let (code, stderr) = through_shell(args, ">&-");
        assert_eq!(code, Some(1), "{args}: {stderr}");
        assert!(
            stderr.contains("standard output: it is closed"),
            "{args}: {stderr}"
        );
        let (code, stderr) = through_shell(args, ">/dev/full");
        assert_eq!(code, Some(1), "{args} >/dev/full: {stderr}");
        assert!(stderr.contains("No space left"), "{args}: {stderr}");
        let (code, _) = through_shell(args, ">/dev/null");
        assert_eq!(code, Some(0), "{args} >/dev/null");
    }
    // A usage error still goes to stderr, with exit 2.
    let (code, stderr) = through_shell("--no-such-flag", ">&-");
    assert_eq!(code, Some(2));
    assert!(stderr.contains("--no-such-flag"), "{stderr}");
}
