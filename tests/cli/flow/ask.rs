//! `assure ask`: only the recipient's open questions, must-haves first; a file
//! that reads back as answers; a letter; who else has questions; untrusted
//! names kept inert.

use std::fs;

use super::{V2, arg, write};
use crate::support::{assure, diagnostics};

const BAKERY: &str = "examples/round-trip/harbour-bakery-answers.yaml";

fn ids(yaml: &str) -> Vec<String> {
    yaml.lines()
        .filter(|l| {
            l.starts_with("  ")
                && !l.starts_with("   ")
                && l.ends_with(':')
                && !l.starts_with("  #")
        })
        .map(|l| l.trim().trim_end_matches(':').to_owned())
        .filter(|id| !["organisation", "name", "date"].contains(&id.as_str()))
        .collect()
}

#[test]
fn the_file_holds_only_the_recipients_open_questions_must_haves_first() {
    let o = assure(["ask", BAKERY]).run();
    assert_eq!(
        ids(&o.stdout),
        [
            "provider-rmm-security",
            "rdp-exposed",
            "eol-internet-facing",
            "disk-encryption",
            "email-filtering",
            "email-authentication",
            "web-filtering"
        ]
    );
    assert!(
        o.stdout.contains("respondent:\n  role: it-provider\n"),
        "{}",
        o.stdout
    );
    assert!(o.stdout.contains("  # 2. Can anyone reach remote desktop on your computers or servers straight\n  # from the internet? (a must-have)\n"), "{}", o.stdout);
    // Each gets the question put to them, as `ask_provider` says it.
    for (to, id, ask) in [
        (
            "insurance-broker",
            "cyber-insurance",
            "# We would also like to know: Do any of our policies include cyber",
        ),
        (
            "Accountant",
            "payment-approval",
            "# We would also like to know: Can you help us set up our online banking",
        ),
    ] {
        let o = assure(["ask", BAKERY, "--to", to]).run();
        assert_eq!(ids(&o.stdout), [id], "{to}");
        assert!(o.stdout.contains(ask), "{to}: {}", o.stdout);
    }
}

#[test]
fn the_file_reads_back_as_answers_to_the_same_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("q.yaml");
    assure(["ask", BAKERY, "-o", &arg(&out)])
        .run()
        .stderr_has(&format!(
            "Wrote 7 questions for your IT provider to {}.",
            arg(&out)
        ));
    assure(["validate", &arg(&out)])
        .stdout_has("answers file `sme-baseline` 3.0.0: 0 of 67 questions asked are answered")
        .run();
}

#[test]
fn the_letter_is_plain_and_asks_the_must_haves_first() {
    let o = assure(["ask", BAKERY, "--format", "markdown"]).run();
    let md = &o.stdout;
    assert!(md.starts_with("# Questions for our IT provider\n\nHello,\n\nWe are checking how well Harbour Bakery & Café is protected"), "{md}");
    let must = md.find("## Most important").unwrap();
    let other = md.find("## Other questions").unwrap();
    assert!(must < md.find("### 1. Does every login to the tools").unwrap());
    assert!(md.find("### 3. Is anything that can be reached").unwrap() < other);
    assert!(other < md.find("### 4. Are all work laptops encrypted").unwrap());
    assert!(
        md.ends_with("Kind regards,\n\nMaria Costa\\\nOwner, Harbour Bakery & Café\n"),
        "{md}"
    );
    assert!(!md.contains("\n\n\n"), "one blank line between blocks");
    let html = assure(["ask", BAKERY, "--format", "html"]).run();
    html.stdout_has("<title>Questions for our IT provider</title>");
}

#[test]
fn a_recipient_nobody_is_named_for_is_a_usage_error_with_a_suggestion() {
    assure(["ask", BAKERY, "--to", "insurance-brokr"])
        .status(2)
        .stderr_has("no question of `sme-baseline` is for `insurance-brokr` (did you mean `insurance-broker`?); it names: it-provider, insurance-broker, accountant")
        .run();
}

#[test]
fn nothing_to_ask_writes_nothing_and_says_who_else_has_questions() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("broker.yaml");
    let answers = write(
        dir.path(),
        "a.yaml",
        "questionnaire: { id: sme-baseline }\nanswers: { cyber-insurance: none, mfa-email: unknown }\n",
    );
    let o = assure([
        "ask",
        &arg(&answers),
        "--to",
        "insurance-broker",
        "-o",
        &arg(&out),
    ])
    .run();
    o.stderr_has(
        "There is nothing to ask your insurance broker: every question for them is answered.",
    )
    .stderr_has("Questions are open for: it-provider (");
    assert!(!out.exists());
}

#[test]
fn a_questionnaire_that_is_not_bundled_comes_with_q() {
    let dir = tempfile::tempdir().unwrap();
    let answers = write(
        dir.path(),
        "a.yaml",
        "questionnaire: { id: flow-check }\nanswers: { mfa: unknown }\n",
    );
    let o = assure(["ask", &arg(&answers)]).status(2).run();
    o.stderr_has("error[unknown-questionnaire]");
    let o = assure(["ask", &arg(&answers), "-q", V2]).run();
    assert_eq!(ids(&o.stdout), ["mfa", "backups", "restore"]);
}

#[test]
fn a_bad_answers_file_is_an_error_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let answers = write(
        dir.path(),
        "a.yaml",
        "questionnaire: { id: sme-baseline }\nanswers:\n  mfa-emial: yes\n",
    );
    let o = assure(["ask", &arg(&answers)]).status(2).run();
    let d = diagnostics(&o.stderr);
    assert!(
        d.contains("error[unknown-question]") && d.contains("a.yaml:3:3"),
        "{d}"
    );
    assert!(d.contains("did you mean `mfa-email`?"), "{d}");
}

#[test]
fn names_from_the_answers_file_stay_inert() {
    let dir = tempfile::tempdir().unwrap();
    let answers = write(
        dir.path(),
        "a.yaml",
        "questionnaire: { id: sme-baseline }\nrespondent: { organisation: \"Evil\\n# injected: yes\\u001b[31m <script>alert(1)</script>\", name: \"[click](javascript:alert(1))\" }\nanswers: { mfa-email: unknown }\n",
    );
    let yaml = assure(["ask", &arg(&answers)]).run();
    assert!(
        !yaml.stdout.contains("\n# injected") && !yaml.stdout.contains('\u{1b}'),
        "{}",
        yaml.stdout
    );
    let back = dir.path().join("back.yaml");
    fs::write(
        &back,
        yaml.stdout.replace("  mfa-email:\n", "  mfa-email: yes\n"),
    )
    .unwrap();
    assure(["validate", &arg(&back)]).run();
    let html = assure(["ask", &arg(&answers), "--format", "html"]).run();
    assert!(
        !html.stdout.contains("<script>") && !html.stdout.contains("href=\"javascript"),
        "{}",
        html.stdout
    );
}
