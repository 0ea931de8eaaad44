//! Profiles, trim, template and schema: what an enterprise security team uses to
//! build a short questionnaire from a bigger one.

use std::fs;

use crate::support::assure;

const DIR: &str = "tests/fixtures/valid/profiles";

/// The question ids a questionnaire or profile resolves to, in order.
fn resolved(q: &str) -> (Vec<String>, serde_yaml::Value, String) {
    let o = assure(["show", q, "--format", "yaml"]).run();
    let v: serde_yaml::Value = serde_yaml::from_str(&o.stdout).unwrap();
    let ids = v["sections"]
        .as_sequence()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_sequence().unwrap().iter())
        .map(|q| q["id"].as_str().unwrap().to_owned())
        .collect();
    (ids, v, o.stderr.clone())
}

#[track_caller]
fn keeps(profile: &str, want: &[&str]) -> (serde_yaml::Value, String) {
    let (ids, v, stderr) = resolved(&format!("{DIR}/{profile}"));
    assert_eq!(ids, want, "{profile}");
    (v, stderr)
}

#[test]
fn each_selector_on_its_own() {
    keeps("sections.yaml", &["mfa-email", "mfa-admin", "filtering"]);
    keeps("tags.yaml", &["mfa-email", "filtering"]);
    // Prefixes: PR.AA matches PR.AA-03 and PR.AA-05; "11" matches CIS 11.5.
    keeps(
        "maps.yaml",
        &["policy", "mfa-email", "mfa-admin", "restore-test"],
    );
    keeps(
        "critical.yaml",
        &["policy", "mfa-email", "mfa-admin", "restore-test"],
    );
}

#[test]
fn selectors_are_a_union_in_the_base_order() {
    keeps(
        "union.yaml",
        &[
            "has-provider",
            "provider-contract",
            "policy",
            "mfa-email",
            "filtering",
        ],
    );
}

#[test]
fn exclusions_remove_questions_and_tags() {
    keeps(
        "exclude.yaml",
        &[
            "has-provider",
            "provider-contract",
            "policy",
            "mfa-email",
            "mfa-admin",
            "plan",
        ],
    );
}

#[test]
fn the_closure_keeps_what_conditions_refer_to_and_says_why() {
    keeps("closure.yaml", &["has-provider", "provider-contract"]);
    assure(["validate", &format!("{DIR}/closure.yaml")])
        .stderr_has("note[kept-for-condition]: `has-provider` is kept because the condition of `provider-contract` refers to it")
        .run();
    // A section's condition counts too: `plan` is in a section asked only after `policy`.
    keeps("questions.yaml", &["policy", "plan"]);
    assure(["validate", &format!("{DIR}/questions.yaml")])
        .stderr_has("the condition of the section `recover`")
        .run();
    // Notes are for authors: commands that only use the profile keep quiet.
    let (_, stderr) = keeps("closure.yaml", &["has-provider", "provider-contract"]);
    assert!(!stderr.contains("note["), "{stderr}");
}

#[test]
fn overrides_change_kept_questions() {
    let (v, _) = keeps("overrides.yaml", &["mfa-email", "mfa-admin", "filtering"]);
    let filtering = &v["sections"][0]["questions"][2];
    assert_eq!(filtering["weight"], 4);
    assert_eq!(filtering["critical"], true);
    assert_eq!(
        filtering["text"],
        "Are links and attachments in email checked before staff open them?"
    );
}

#[test]
fn important_is_selected_and_an_override_sets_one_flag_or_the_other() {
    // `plan` is important in the base, and its section's condition keeps `policy`.
    let (v, stderr) = keeps(
        "important.yaml",
        &["policy", "mfa-admin", "filtering", "plan"],
    );
    assert!(!stderr.contains("error"), "{stderr}");
    let question = |i: usize, j: usize| &v["sections"][i]["questions"][j];
    // An important override on a critical question makes it important only,
    // and a critical override the other way round.
    assert_eq!(question(1, 0)["id"], "mfa-admin");
    assert_eq!(question(1, 0)["important"], true);
    assert!(question(1, 0)["critical"].is_null());
    assert_eq!(question(1, 1)["critical"], true);
    assert!(question(1, 1)["important"].is_null());
    assert_eq!(question(2, 0)["important"], true);
}

#[test]
fn a_profile_can_trim_another_and_records_where_it_came_from() {
    let (v, _) = keeps(
        "chain.yaml",
        &["has-provider", "provider-contract", "policy"],
    );
    assert_eq!(v["derived_from"]["id"], "p-union");
    assert_eq!(v["id"], "p-chain");
    let (v, _) = keeps(
        "union.yaml",
        &[
            "has-provider",
            "provider-contract",
            "policy",
            "mfa-email",
            "filtering",
        ],
    );
    assert_eq!(v["derived_from"]["id"], "base");
    assert_eq!(v["derived_from"]["version"], "2.1.0");
    assert!(
        v["derived_from"]["digest"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );
}

#[test]
fn a_profile_may_replace_the_scoring() {
    let (v, _) = keeps(
        "scoring.yaml",
        &["policy", "mfa-email", "mfa-admin", "restore-test"],
    );
    assert_eq!(v["scoring"]["bands"][0]["label"], "Approved");
}

#[test]
fn cycles_are_refused() {
    assure(["validate", "tests/fixtures/invalid/profile/cycle-a.yaml"])
        .status(2)
        .stderr_has("profiles are built on each other in a circle: cycle-a.yaml → cycle-b.yaml → cycle-a.yaml")
        .run();
}

#[test]
fn a_broken_profile_has_every_problem_in_one_run() {
    // A negative weight used to end the checking: one problem a run.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.yaml");
    let profile = "id: p\ntitle: P\nversion: 1.0.0\nbase: sme-baseline\nselect:\n  questions: [security-owner, written-policy, nope-one]\n  sections: [nosection]\nexclude:\n  questions: [nope-two]\nreasons:\n  nope-three: because\noverrides:\n  security-owner: { weight: -3, critical: maybe }\n  nope-four: { weight: 2 }\n  written-policy: { weight: lots }\n";
    fs::write(&path, profile).unwrap();
    let o = assure(["validate", path.to_str().unwrap()]).status(2).run();
    for problem in [
        "the base has no question `nope-one`",
        "the base has no section `nosection`",
        "the base has no question `nope-two`",
        "`reasons` explains `nope-three`, which is not excluded",
        "expected a whole number (0 or more), found the number -3",
        "expected `true` or `false`, found the text \"maybe\"",
        "the base has no question `nope-four`",
        "expected a whole number (0 or more), found the text \"lots\"",
    ] {
        o.stderr_has(problem);
    }
    assert_eq!(o.stderr.matches("error[").count(), 8, "{}", o.stderr);
}

#[test]
fn trim_is_deterministic_idempotent_and_valid() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.yaml");
    let two = dir.path().join("two.yaml");
    let again = dir.path().join("again.yaml");
    let profile = format!("{DIR}/overrides.yaml");
    assure(["trim", &profile, "-o", one.to_str().unwrap()]).run();
    assure(["trim", &profile, "-o", two.to_str().unwrap()]).run();
    let first = fs::read(&one).unwrap();
    assert_eq!(
        first,
        fs::read(&two).unwrap(),
        "trimming twice gives the same bytes"
    );
    assure(["trim", one.to_str().unwrap(), "-o", again.to_str().unwrap()]).run();
    assert_eq!(
        first,
        fs::read(&again).unwrap(),
        "trimming the output changes nothing"
    );
    let text = String::from_utf8(first).unwrap();
    assert!(text.starts_with("# With overrides (p-overrides 1.0.0): a standalone questionnaire\n# trimmed from base 2.1.0 (sha256:"), "{text}");
    assure(["validate", one.to_str().unwrap()])
        .stdout_has("trimmed from `base`")
        .run();
}

#[test]
fn a_template_validates_and_reports_as_unanswered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    assure(["template", "sme-baseline", "-o", path.to_str().unwrap()]).run();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("  mfa-email:\n"), "{text}");
    assure(["validate", path.to_str().unwrap()])
        .stdout_has("answers file `sme-baseline`")
        .run();
    let filled = text.replace("  mfa-email:\n", "  mfa-email: no\n");
    fs::write(&path, filled).unwrap();
    let o = assure(["report", path.to_str().unwrap(), "--format", "json"]).run();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["score"]["capped_by"][0], "mfa-email");
}

#[test]
fn a_template_takes_the_organisation_from_the_config() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("assure.toml"),
        "organisation = \"Acme Ltd\"\n",
    )
    .unwrap();
    assure(["template", "sme-baseline"])
        .current_dir(dir.path())
        .stdout_has("  organisation: Acme Ltd\n")
        .run();
}

#[test]
fn schemas_are_json_schema_2020_12() {
    for kind in ["questionnaire", "profile", "answers"] {
        let o = assure(["schema", kind]).run();
        let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
        assert_eq!(
            v["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{kind}"
        );
    }
    let o = assure(["schema", "answers", "-q", "sme-baseline"]).run();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert!(v["properties"]["answers"]["properties"]["mfa-email"].is_object());
    assure(["schema", "questionnaire", "-q", "sme-baseline"])
        .status(2)
        .stderr_has("error: `-q` goes with `assure schema answers` only")
        .run();
}

#[test]
fn the_printable_form_numbers_questions_and_has_boxes() {
    let o = assure(["show", "sme-baseline", "--format", "markdown"]).run();
    o.stdout_has("# Small Business Security Baseline\n")
        .stdout_has("- [ ] I don't know\n");
    assert!(o.stdout.contains("### 1. "));
    let o = assure(["show", "sme-baseline", "--format", "html"]).run();
    o.stdout_has("<!DOCTYPE html>")
        .stdout_has("type=\"checkbox\"");
}

/// Unicode line and paragraph separators and NEL in any text are read as the
/// line breaks they mean, so a trimmed file reads back the same and trimming it
/// again changes nothing.
#[test]
fn line_separators_are_stable_under_trim() {
    let dir = tempfile::tempdir().unwrap();
    let base = fs::read_to_string(crate::support::root().join(format!("{DIR}/_base.yaml")))
        .unwrap()
        .replacen(
            "title: ",
            "title: Line\u{2028}one\u{2029}two\u{85}three ",
            1,
        );
    fs::write(dir.path().join("_base.yaml"), base).unwrap();
    fs::write(
        dir.path().join("p.yaml"),
        "id: p\ntitle: \"P\\u2028x\"\nversion: 1.0.0\nbase: _base.yaml\n",
    )
    .unwrap();
    let one = dir.path().join("one.yaml");
    let two = dir.path().join("two.yaml");
    let p = dir.path().join("p.yaml");
    assure(["trim", p.to_str().unwrap(), "-o", one.to_str().unwrap()]).run();
    assure(["trim", one.to_str().unwrap(), "-o", two.to_str().unwrap()]).run();
    let first = fs::read_to_string(&one).unwrap();
    assert_eq!(first, fs::read_to_string(&two).unwrap());
    assert!(
        !first.contains(['\u{2028}', '\u{2029}', '\u{85}']),
        "{first}"
    );
}

/// A long chain of profiles is not a circle: twenty profiles on profiles load;
/// past 32 the chain is refused as too deep, in its own words.
#[test]
fn a_long_chain_of_profiles_is_not_a_circle() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        crate::support::root().join(format!("{DIR}/_base.yaml")),
        dir.path().join("p0.yaml"),
    )
    .unwrap();
    for i in 1..=40 {
        fs::write(
            dir.path().join(format!("p{i}.yaml")),
            format!(
                "id: p{i}\ntitle: P{i}\nversion: 1.0.0\nbase: p{}.yaml\n",
                i - 1
            ),
        )
        .unwrap();
    }
    let p20 = dir.path().join("p20.yaml");
    assure(["validate", p20.to_str().unwrap()]).run();
    let p40 = dir.path().join("p40.yaml");
    assure(["validate", p40.to_str().unwrap()])
        .status(2)
        .run()
        .stderr_has("profiles are built on each other more than 32 deep here")
        .stderr_lacks("circle");
}
