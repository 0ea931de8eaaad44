//! The help and the version go to stdout like any other output: a closed or
//! full stdout is a failure there too (issue 20, item 15).

use std::fs::File;

use crate::support::assure;

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
        let words: Vec<&str> = args.split(' ').collect();
        assure(&words)
            .stdout_closed()
            .status(1)
            .stderr_has("standard output: it is closed")
            .run();
        assure(&words)
            .stdout_to(File::create("/dev/full").unwrap())
            .status(1)
            .stderr_has("No space left")
            .run();
        assure(&words)
            .stdout_to(File::create("/dev/null").unwrap())
            .run();
    }
    // A usage error still goes to stderr, with exit 2.
    assure(["--no-such-flag"])
        .stdout_closed()
        .status(2)
        .stderr_has("--no-such-flag")
        .run();
}
