use super::*;
use crate::answers::AnswersFile;
use crate::compare::{Side, compare};
use crate::digest;
use crate::source::Source;
use crate::test;

const Q: &str = r#"
id: base
title: Base check
version: 2.0.0
sections:
  - id: access
    title: Access
    questions:
      - { id: mfa, text: Do staff use a second step?, critical: true, recommendation: { title: x, text: y, effort: low } }
      - { id: admin, text: Admin second step?, recommendation: { title: x, text: y, effort: low } }
      - { id: scan, text: Scans?, recommendation: { title: x, text: y, effort: low } }
"#;

fn read(
    q: &crate::model::Questionnaire,
    text: &str,
) -> (
    crate::model::answers::Answers,
    Vec<crate::answers::Leftover>,
) {
    let file = AnswersFile::from_source(Source::new("f.yaml", text)).unwrap();
    let (loaded, left) = file.check_earlier(q, &digest::digest(q)).unwrap();
    (loaded.value, left)
}

fn both(old: &str, new: &str, f: impl Fn(&Comparison<'_>)) {
    let q = test::questionnaire(Q);
    let (o, n) = (read(&q, old), read(&q, new));
    let c = compare(
        &q,
        &Side {
            file: "2025.yaml".into(),
            answers: &o.0,
            leftovers: &o.1,
        },
        &Side {
            file: "2026.yaml".into(),
            answers: &n.0,
            leftovers: &n.1,
        },
    );
    f(&c);
}

/// The comparison in the format at `i` of [`FORMATS`].
fn text(i: usize, c: &Comparison<'_>) -> String {
    String::from_utf8(FORMATS[i].exporter.export(c).unwrap()).unwrap()
}

#[test]
fn the_first_screen_says_whether_things_got_better() {
    both(
        "questionnaire: { id: base, version: 2.0.0 }\nrespondent: { organisation: Acme, date: 2025-11-10 }\nanswers: { mfa: no, admin: unknown, scan: yes }\n",
        "questionnaire: { id: base, version: 2.0.0 }\nrespondent: { organisation: Acme, date: 2026-11-10 }\nanswers: { mfa: yes, admin: { answer: yes, by: it-provider }, scan: no }\n",
        |c| {
            let md = markdown::render(c);
            let first: String = md.lines().take(14).collect::<Vec<_>>().join("\n");
            assert!(first.starts_with("# What changed: Acme\n"), "{md}");
            assert!(first.contains("**Better.** The overall score went up from 33.3% to 66.7%. 1 fewer must-have is missing than before. The rating went from **At risk** to **Developing**."), "{md}");
            assert!(
                first.contains("| | Then (2025-11-10) | Now (2026-11-10) | Change |"),
                "{md}"
            );
            assert!(
                first.contains("| Overall score | 33.3% | 66.7% | +33.3 points |"),
                "{md}"
            );
            assert!(
                first.contains("| Must-haves not met | 1 | 0 | 1 fewer |"),
                "{md}"
            );
            assert!(
                md.contains("## Fixed\n\n- Do staff use a second step? (`mfa`): was No, now Yes\n"),
                "{md}"
            );
            assert!(
                md.contains("## Got worse\n\n- Scans? (`scan`): was Yes, now No\n"),
                "{md}"
            );
            assert!(md.contains("## Found out\n\n- Admin second step? (`admin`): was I don't know, now Yes (answered by your IT provider)\n"), "{md}");
            assert!(md.contains("Every must-have is in place."));
            assert!(md.contains("Both files answer version 2.0.0 of the questionnaire"));
            let json: serde_json::Value = serde_json::from_str(&text(2, c)).unwrap();
            assert_eq!(json["old"]["overall"], serde_json::json!(100.0 / 3.0));
            assert_eq!(json["overall_change"], serde_json::json!(100.0 / 3.0));
            assert_eq!(json["questions"][0]["change"], "improved");
            assert_eq!(json["questions"][0]["old_status"], "gap");
            assert_eq!(json["questions"][0]["new_answer"], "yes");
            assert_eq!(json["questions"][1]["new_by"], "it-provider");
            assert_eq!(json["closed"], serde_json::json!(["mfa", "admin"]));
            assert_eq!(json["opened"], serde_json::json!(["scan"]));
            assert_eq!(json["resolved_unknowns"], serde_json::json!(["admin"]));
            assert_eq!(json["still_critical"], serde_json::json!([]));
            assert_eq!(
                json["sections"][0]["change"],
                serde_json::json!(100.0 / 3.0)
            );
        },
    );
}

#[test]
fn worse_and_the_must_haves_still_missing() {
    both(
        "questionnaire: { id: base }\nanswers: { mfa: yes, admin: yes, scan: yes }\n",
        "questionnaire: { id: base }\nanswers: { mfa: no, admin: yes }\n",
        |c| {
            let md = markdown::render(c);
            assert!(
                md.contains("# What changed since the last assessment\n"),
                "{md}"
            );
            assert!(
                md.contains(
                    "the answers given in `2025.yaml` compared with those given in `2026.yaml`."
                ),
                "{md}"
            );
            assert!(md.contains("**Worse.** The overall score went down from 100.0% to 33.3%. 1 more must-have is missing than before."), "{md}");
            assert!(md.contains("## Must-haves still missing\n\nUntil these are in place, the rating can be no better than **At risk**.\n\n- Do staff use a second step? (`mfa`): not met\n"), "{md}");
            assert!(
                md.contains("- **Answered before, not now:** `scan`"),
                "{md}"
            );
        },
    );
}

#[test]
fn untrusted_text_stays_inert_in_markdown_and_html() {
    both(
        "questionnaire: { id: base }\nrespondent: { organisation: \"<img src=x onerror=alert(1)> [x](javascript:alert(1))\", date: \"2025-01-01\" }\nanswers: { mfa: no }\n",
        "questionnaire: { id: base }\nrespondent: { organisation: \"<img src=x onerror=alert(1)> [x](javascript:alert(1))\" }\nanswers: { mfa: yes }\n",
        |c| {
            let md = markdown::render(c);
            assert!(
                !md.replace("\\<", "").contains("<img") && md.contains("\\[x\\](javascript"),
                "{md}"
            );
            let html = text(1, c);
            assert!(
                !html.contains("<img") && !html.contains("href=\"javascript"),
                "{html}"
            );
            assert!(html.contains("&lt;img"), "{html}");
        },
    );
}
