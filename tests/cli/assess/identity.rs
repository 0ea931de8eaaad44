//! The lock is the file's, not the name's (issue 20, item 9): a symlink or a
//! hard link to an answers file that `assess` has open finds it taken, and so
//! do `merge` and `prefill -o`, which would write over it.

use super::pty::{KEYS_END, saved_answers, spawn, workdir};
use crate::support::assure;

#[test]
fn another_name_for_an_open_answers_file_finds_it_taken() {
    let dir = workdir();
    let mut first = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    first.respondent();
    first.answer_line("Type your answer", "3");
    first.exp(KEYS_END);
    std::os::unix::fs::symlink("a.yaml", dir.path().join("link.yaml")).unwrap();
    std::fs::hard_link(dir.path().join("a.yaml"), dir.path().join("hard.yaml")).unwrap();
    for name in ["link.yaml", "hard.yaml"] {
        let mut second = spawn(dir.path(), &["sme-baseline", "--answers", name]);
        let said = second.eof();
        assert!(
            said.contains("is open in another `assure assess`"),
            "{name}: {said}"
        );
        assert_eq!(second.exit_code(), 2, "{name}");
    }
    std::fs::copy(dir.path().join("hard.yaml"), dir.path().join("copy.yaml")).unwrap();
    for args in [
        [
            "prefill",
            "sme-baseline",
            "--from",
            "copy.yaml",
            "-o",
            "link.yaml",
        ],
        ["merge", "copy.yaml", "copy.yaml", "-o", "a.yaml", ""],
    ] {
        let args: Vec<&str> = args.into_iter().filter(|a| !a.is_empty()).collect();
        assure(&args)
            .current_dir(dir.path())
            .status(2)
            .run()
            .stderr_has("is open in another `assure assess`");
    }
    // The first one carries on undisturbed, and its file is whole.
    first.press(&["y"]);
    first.exp("✔ Saved: Yes");
    first.quit();
    assert_eq!(saved_answers(dir.path(), "a.yaml").len(), 2);
    assert_eq!(saved_answers(dir.path(), "link.yaml").len(), 2);
}
