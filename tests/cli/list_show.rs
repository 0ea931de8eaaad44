//! list, show, and the help of every command.

use crate::support::assure;

#[test]
fn list_shows_the_bundled_questionnaires() {
    let o = assure(["list"]).run();
    for id in ["sme-baseline", "msp-review", "insurance-readiness"] {
        o.stdout_has(id);
    }
    let o = assure(["list", "--format", "json"]).run();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let sme = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "sme-baseline")
        .unwrap();
    assert_eq!(sme["source"], "bundled");
    assert!(sme["questions"].as_u64().unwrap() >= 40);
}

#[test]
fn show_prints_every_section_and_question() {
    let o = assure(["show", "sme-baseline"]).run();
    for section in [
        "Govern", "Identify", "Protect", "Detect", "Respond", "Recover",
    ] {
        o.stdout_has(&format!("{section} ("));
    }
    o.stdout_has("mfa-email");
}

#[test]
fn show_yaml_is_a_questionnaire_that_validates() {
    let o = assure(["show", "sme-baseline", "--format", "yaml"]).run();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.yaml");
    std::fs::write(&path, &o.stdout).unwrap();
    assure(["validate".as_ref(), path.as_os_str()])
        .stdout_has("questionnaire `sme-baseline` 3.0.0")
        .run();
}

#[test]
fn an_unknown_id_gets_a_suggestion() {
    assure(["show", "sme-baselin"])
        .status(2)
        .stderr_has("there is no questionnaire called `sme-baselin`")
        .stderr_has("did you mean `sme-baseline`?")
        .run();
}

#[test]
fn every_command_has_help_with_an_example() {
    let o = assure(["--help"]).run();
    let commands = [
        "list", "show", "validate", "assess", "report", "trim", "template", "schema",
    ];
    for c in commands {
        o.stdout_has(&format!("  {c}"));
        let help = assure([c, "--help"]).run();
        assert!(
            help.stdout.contains("Example"),
            "`{c} --help` has no example:\n{}",
            help.stdout
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    assure(["show"])
        .status(2)
        .stderr_has("error: the following required arguments were not provided:\n  <Q>")
        .run();
    assure(["report", "a.yaml", "--format", "pdf"])
        .status(2)
        .stderr_has("error: invalid value 'pdf' for '--format <FORMAT>'")
        .run();
    assure(["no-such-command"])
        .status(2)
        .stderr_has("error: unrecognized subcommand 'no-such-command'")
        .run();
}
