//! `assure report`: answers files into reports, one or many at a time.

use std::fs;

use crate::golden;
use crate::support::assure;

const Q: &str = "tests/fixtures/valid/report/questionnaire.yaml";
const A: &str = "tests/fixtures/valid/report/answers.yaml";

#[test]
fn snapshots_of_the_three_formats() {
    let mut golden = golden::Folder::new("tests/cli/golden");
    for (format, name) in [
        ("markdown", "report.md"),
        ("html", "report.html"),
        ("json", "report.json"),
    ] {
        let o = assure(["report", A, "-q", Q, "--format", format, "--quiet"]).run();
        golden.check(name, &o.stdout);
    }
    golden.finish();
}

#[test]
fn the_format_follows_the_output_file_and_the_summary_goes_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("acme.html");
    let o = assure(["report", A, "-q", Q, "-o", out.to_str().unwrap()]).run();
    o.stdout_is("");
    o.stderr_has("Acme Ltd").stderr_has("At risk");
    assert!(
        fs::read_to_string(&out)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    let out = dir.path().join("acme.json");
    assure(["report", A, "-q", Q, "-o", out.to_str().unwrap(), "--quiet"])
        .run()
        .stdout_is("");
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(v["questionnaire"]["id"], "snapshot-check");
}

#[test]
fn the_questionnaire_named_in_the_answers_file_is_found() {
    // No -q: the answers name a bundled questionnaire.
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.yaml");
    fs::write(
        &answers,
        "questionnaire: { id: sme-baseline }\nanswers: { mfa-email: yes }\n",
    )
    .unwrap();
    assure(["report", answers.to_str().unwrap(), "--quiet"])
        .stdout_has("# Small Business Security Baseline: report\n")
        .run();
}

#[test]
fn many_files_make_one_report_each_and_a_bad_one_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let good = fs::read_to_string(crate::support::root().join(A)).unwrap();
    let mut args = vec!["report".to_string()];
    for i in 0..6 {
        let path = dir.path().join(format!("client-{i}.yaml"));
        let text = if i == 3 {
            good.replace("answer: weekly", "answer: sometimes")
        } else {
            good.clone()
        };
        fs::write(&path, text).unwrap();
        args.push(path.display().to_string());
    }
    let out = dir.path().join("reports");
    args.extend([
        "-q".into(),
        Q.into(),
        "-o".into(),
        out.display().to_string(),
        "--format".into(),
        "html".into(),
    ]);
    let o = assure(&args).status(2).run();
    o.stderr_has("`sometimes` is not an option of `backup`")
        .stderr_has("1 of 6 answers files could not be reported");
    let mut written: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "client-0.html",
            "client-1.html",
            "client-2.html",
            "client-4.html",
            "client-5.html",
            "index.csv",
            "index.html",
            "index.md"
        ]
    );
}

#[test]
fn several_files_need_a_folder() {
    assure(["report", A, A, "-q", Q])
        .status(2)
        .stderr_has("give `-o FOLDER`")
        .run();
}

#[test]
fn the_config_sets_format_folder_and_who_prepared_it() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("assure.toml"),
        "[report]\nformat = \"json\"\noutput_dir = \"out\"\nprepared_by = \"Example Consulting\"\n",
    )
    .unwrap();
    let answers = crate::support::root().join(A);
    let q = crate::support::root().join(Q);
    assure([
        "report".as_ref(),
        answers.as_os_str(),
        "-q".as_ref(),
        q.as_os_str(),
        "--quiet".as_ref(),
    ])
    .current_dir(dir.path())
    .run();
    let json = fs::read_to_string(dir.path().join("out/answers.json")).unwrap();
    assert!(json.contains("\"rating\": \"At risk\""), "{json}");
    assure([
        "report".as_ref(),
        answers.as_os_str(),
        "-q".as_ref(),
        q.as_os_str(),
        "--format".as_ref(),
        "markdown".as_ref(),
        "-o".as_ref(),
        "-".as_ref(),
    ])
    .current_dir(dir.path())
    .stdout_has("| Prepared by | Example Consulting |")
    .run();
}

#[test]
fn hostile_answers_reach_no_terminal_and_no_html_as_active_content() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("evil.yaml");
    fs::write(
        &answers,
        "questionnaire: { id: snapshot-check }\nrespondent:\n  organisation: \"Evil\\e[2J\\e]0;owned\\a Corp <script>alert(1)</script>\"\nanswers:\n  mfa-email:\n    answer: no\n    note: \"<img src=x onerror=alert(1)> | [x](javascript:alert(1))\\nnext line\"\n",
    )
    .unwrap();
    let out = dir.path().join("evil.html");
    let o = assure([
        "report",
        answers.to_str().unwrap(),
        "-q",
        Q,
        "-o",
        out.to_str().unwrap(),
    ])
    .run();
    assert!(
        !o.stderr.contains('\u{1b}') && !o.stderr.contains('\u{7}'),
        "escape codes on the terminal: {:?}",
        o.stderr
    );
    o.stderr_has("Evil");
    let html = fs::read_to_string(&out).unwrap();
    assert!(
        !html.contains("<script") && !html.contains("<img") && !html.contains("href=\"javascript"),
        "{html}"
    );
}

#[test]
fn questionnaires_named_by_the_files_load_once_each_and_a_broken_one_fails_only_its_files() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::configured_folder(dir.path());
    fs::copy(
        crate::support::root().join(Q),
        dir.path().join("qs/good.yaml"),
    )
    .unwrap();
    fs::write(
        dir.path().join("qs/broken.yaml"),
        "id: broken\ntitle: Broken\nversion: 1.0.0\nsections: []\n",
    )
    .unwrap();
    let good = fs::read_to_string(crate::support::root().join(A)).unwrap();
    let mut args = vec!["report".to_string()];
    for i in 0..5 {
        let name = format!("client-{i}.yaml");
        let text = if i % 2 == 1 {
            "questionnaire: { id: broken, version: 1.0.0 }\nanswers: {}\n".to_string()
        } else {
            good.clone()
        };
        fs::write(dir.path().join(&name), text).unwrap();
        args.push(name);
    }
    args.extend(["-o".into(), "out".into()]);
    let o = assure(&args).current_dir(dir.path()).status(2).run();
    o.stderr_has("cannot use `client-1.yaml`: its questionnaire `broken` has problems")
        .stderr_has("cannot use `client-3.yaml`: its questionnaire `broken` has problems")
        .stderr_has("2 of 5 answers files could not be reported");
    let mut written: Vec<String> = fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "client-0.md",
            "client-2.md",
            "client-4.md",
            "index.csv",
            "index.html",
            "index.md"
        ]
    );
}

/// Six answers files in a folder of their own, the fourth with a wrong answer.
fn batch(dir: &std::path::Path) -> Vec<String> {
    let good = fs::read_to_string(crate::support::root().join(A)).unwrap();
    fs::create_dir(dir.join("in")).unwrap();
    let mut args = vec!["report".to_string()];
    for i in 0..6 {
        let path = dir.join(format!("in/client-{i}.yaml"));
        let text = if i == 3 {
            good.replace("answer: weekly", "answer: sometimes")
        } else {
            good.replace("Acme Ltd", &format!("Client {i} Ltd"))
        };
        fs::write(&path, text).unwrap();
        args.push(path.display().to_string());
    }
    args.extend(["-q".into(), Q.into()]);
    args
}

#[test]
fn a_batch_writes_an_index_with_a_row_per_file_and_a_failed_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = batch(dir.path());
    let out = dir.path().join("out");
    args.extend(["-o".into(), format!("{}/", out.display())]);
    let o = assure(&args).status(2).run();
    let md = fs::read_to_string(out.join("index.md")).unwrap();
    let rows: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| [") || l.starts_with("| client"))
        .collect();
    assert_eq!(rows.len(), 6, "{md}");
    assert!(
        rows[0].starts_with(
            "| [client-0.yaml](client-0.md) | Client 0 Ltd | snapshot-check 1.2.0 | 2026-11-20 |"
        ),
        "{md}"
    );
    assert!(
        rows[3].starts_with("| client-3.yaml | | snapshot-check | | | **FAILED** |"),
        "{md}"
    );
    assert!(
        rows[3].contains("line 15, column 13: \\`sometimes\\` is not an option"),
        "{md}"
    );
    let csv = fs::read_to_string(out.join("index.csv")).unwrap();
    assert_eq!(csv.lines().count(), 7, "{csv}");
    assert!(
        csv.contains("client-3.yaml,,snapshot-check,,,,FAILED,,,,"),
        "{csv}"
    );
    let html = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        html.contains("<a href=\"client-0.md\">client-0.yaml</a>"),
        "{html}"
    );
    // The problem's names as code, not as Markdown's backticks.
    assert!(
        html.contains("<code>sometimes</code> is not an option of <code>backup</code>"),
        "{html}"
    );
    // The summary on stderr: the same columns, names without their folder.
    for part in [
        "Questionnaire",
        "Date answered",
        "Held down by",
        "1 must-have not met",
        "FAILED",
        "| client-3.yaml ",
    ] {
        let part = part.replace('|', "│");
        assert!(o.stderr.contains(&part), "{part} not in:\n{}", o.stderr);
    }
    assert!(!o.stderr.contains("in/client-0.yaml │"), "{}", o.stderr);
}

#[test]
fn no_index_leaves_the_index_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = batch(dir.path());
    let out = dir.path().join("out");
    args.extend(["-o".into(), out.display().to_string(), "--no-index".into()]);
    // The batch's one broken file fails it, and says so; the others are written.
    assure(&args)
        .status(2)
        .stderr_has("error[invalid-answer]")
        .run();
    assert!(out.join("client-0.md").exists());
    assert!(!out.join("index.md").exists() && !out.join("index.csv").exists());
}

#[test]
fn a_report_named_like_the_index_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index.yaml");
    fs::copy(crate::support::root().join(A), &index).unwrap();
    let out = dir.path().join("out");
    let o = assure([
        "report",
        A,
        index.to_str().unwrap(),
        "-q",
        Q,
        "-o",
        out.to_str().unwrap(),
    ])
    .status(2)
    .run();
    o.stderr_has("where another report or the index goes");
    assert!(!out.exists());
}

#[test]
fn quiet_silences_warnings_and_the_table_but_counts_the_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("old.yaml");
    let text = fs::read_to_string(crate::support::root().join(A)).unwrap();
    fs::write(&answers, text.replace("version: 1.2.0", "version: 1.1.0")).unwrap();
    let run = |quiet: bool| {
        let mut args = vec!["report", answers.to_str().unwrap(), "-q", Q, "-o", "-"];
        if quiet {
            args.push("--quiet");
        }
        assure(args).run()
    };
    let loud = run(false);
    loud.stderr_has("warning[version-differs]");
    let quiet = run(true);
    assert_eq!(
        quiet.stderr.trim(),
        "1 warning not shown (--quiet); run without --quiet to see them"
    );
}

/// `-o reports/` names a folder, made if need be, for one file as for many.
#[test]
fn an_output_folder_that_does_not_exist_yet_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let out = format!("{}/new/reports/", dir.path().display());
    assure(["report", A, "-q", Q, "-o", &out, "--quiet"]).run();
    assert!(dir.path().join("new/reports/answers.md").is_file());
}

/// With standard output closed (`>&-`), nothing can be written: exit 1, not 0.
#[cfg(unix)]
#[test]
fn a_closed_standard_output_is_a_failure() {
    assure(["report", A, "-q", Q, "--quiet"])
        .stdout_closed()
        .status(1)
        .stderr_has("could not write to standard output: it is closed")
        .run();
}

#[test]
fn one_file_gets_a_line_not_a_table_and_a_batch_counts_its_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("acme.html");
    let o = assure(["report", A, "-q", Q, "-o", out.to_str().unwrap()]).run();
    o.stderr_has("Wrote acme.html: Acme Ltd: At risk (21.4%); held down by 1 must-have not met.");
    assert!(
        !o.stderr.contains('│'),
        "no table for one file: {}",
        o.stderr
    );
    // Two files with a warning each: counted by kind; each shown with --verbose.
    let text = fs::read_to_string(crate::support::root().join(A)).unwrap();
    let old = text.replace("version: 1.2.0", "version: 1.1.0");
    let (one, two) = (dir.path().join("one.yaml"), dir.path().join("two.yaml"));
    fs::write(&one, &old).unwrap();
    fs::write(&two, &old).unwrap();
    let folder = dir.path().join("out");
    let args = |extra: Option<&'static str>| {
        let mut a = vec![
            "report".to_owned(),
            one.display().to_string(),
            two.display().to_string(),
            "-q".into(),
            Q.into(),
            "-o".into(),
            folder.display().to_string(),
        ];
        a.extend(extra.map(str::to_owned));
        a
    };
    let o = assure(args(None)).run();
    o.stderr_has("2 warnings in 2 files:\n")
        .stderr_has("      2 version-differs  ")
        .stderr_has("Run with --verbose to see each one, with its file and line.");
    assert!(
        !o.stderr.contains("warning[version-differs]"),
        "{}",
        o.stderr
    );
    let o = assure(args(Some("--verbose"))).run();
    assert_eq!(
        o.stderr.matches("warning[version-differs]").count(),
        2,
        "{}",
        o.stderr
    );
    assure(args(Some("--quiet")))
        .run()
        .stderr_has("2 warnings not shown (--quiet)");
}

#[test]
fn an_id_in_other_letters_is_found_and_a_misspelt_file_gets_a_suggestion() {
    assure(["show", "SME-Baseline"])
        .stdout_has("Small Business Security Baseline (sme-baseline ")
        .run();
    assure(["show", "sme-basline"])
        .status(2)
        .stderr_has("did you mean `sme-baseline`?")
        .run();
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("answers.yaml"), "x").unwrap();
    assure(["report", "answer.yaml"])
        .current_dir(dir.path())
        .status(2)
        .stderr_has("cannot find the file `answer.yaml`")
        .stderr_has("did you mean `answers.yaml`?")
        .run();
}
