//! What a person sees of a report: the result first (in the Markdown's first 25
//! lines), a chart whose bars are the section scores, a cover and contents for
//! print, and each "find out" question said once.

use crate::support::{assure, root};

const BAKERY: &str = "examples/answers/harbour-bakery.yaml";
const CONFIG: &str = "examples/assure.toml";

fn report(answers: &str, format: &str) -> String {
    let o = assure([
        "--config", CONFIG, "report", answers, "--format", format, "-o", "-", "--quiet",
    ])
    .run();
    o.stdout
}

#[test]
fn the_first_25_lines_hold_the_rating_the_missing_must_haves_and_the_first_actions() {
    let md = report(BAKERY, "markdown");
    let json: serde_json::Value = serde_json::from_str(&report(BAKERY, "json")).unwrap();
    let top: String = md.lines().take(25).collect::<Vec<_>>().join("\n");
    let rating = json["score"]["rating"].as_str().unwrap();
    assert!(top.contains(&format!("is rated **{rating}**")), "{top}");
    assert!(top.contains("The three things to do first:"), "{top}");
    for action in json["actions"].as_array().unwrap().iter().take(3) {
        let title = action["title"].as_str().unwrap();
        assert!(
            top.contains(title),
            "`{title}` is not in the first 25 lines:\n{top}"
        );
    }
    let questions = json["questions"].as_array().unwrap();
    for id in json["score"]["capped_by"].as_array().unwrap() {
        let q = questions.iter().find(|q| q["id"] == *id).unwrap();
        let text = q["answer_text"].as_str().unwrap();
        assert!(!text.is_empty());
        // The must-have in words, without its id.
        assert!(
            !top.contains(id.as_str().unwrap()),
            "an id in the summary: {id}"
        );
    }
    // Not met and not known, counted apart: the bakery has both.
    let (mut not_met, mut not_known) = (0, 0);
    for id in json["score"]["capped_by"].as_array().unwrap() {
        let q = questions.iter().find(|q| q["id"] == *id).unwrap();
        match q["status"].as_str().unwrap() {
            "unknown" | "unanswered" => not_known += 1,
            _ => not_met += 1,
        }
    }
    assert!(not_met > 0 && not_known > 0);
    assert!(
        top.contains(&format!(
            "**{not_met} must-haves are not met and {not_known} are not known.**"
        )),
        "{top}"
    );
    assert!(top.contains("Not met:") && top.contains("Not known (find out):"));
}

/// The widths of the bars of one chart of the HTML report, in order, with the
/// text of the row's tooltip.
fn bars(html: &str, chart: &str) -> Vec<(String, Option<String>)> {
    let start = html
        .find(&format!("aria-labelledby=\"{chart}-title\""))
        .unwrap();
    let svg = &html[start..start + html[start..].find("</svg>").unwrap()];
    svg.split("<g class=\"row")
        .skip(1)
        .map(|row| {
            let title = row
                .split("<title>")
                .nth(1)
                .unwrap()
                .split("</title>")
                .next()
                .unwrap();
            let width = row.split("<rect class=\"bar ").nth(1).map(|r| {
                r.split("width=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .to_owned()
            });
            (title.to_owned(), width)
        })
        .collect()
}

#[test]
fn the_bars_of_the_section_chart_are_the_section_scores() {
    for answers in [BAKERY, "examples/answers/brightline-engineering.yaml"] {
        let html = report(answers, "html");
        let json: serde_json::Value = serde_json::from_str(&report(answers, "json")).unwrap();
        let mut want: Vec<Option<f64>> = json["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                if s["asked"] == 0 {
                    None
                } else {
                    s["score"].as_f64()
                }
            })
            .collect();
        want.push(json["score"]["overall"].as_f64());
        let got = bars(&html, "chart-sections");
        assert_eq!(
            got.len(),
            want.len(),
            "one bar per section and the overall score"
        );
        for ((title, width), score) in got.iter().zip(&want) {
            assert_eq!(
                width.as_deref(),
                score.map(|s| format!("{s:.1}%")).as_deref(),
                "{answers}: {title}"
            );
            if let Some(s) = score {
                assert!(title.contains(&format!("{s:.1}%")), "{title}");
            }
        }
    }
}

#[test]
fn the_csf_chart_appears_where_the_questionnaire_maps_to_csf() {
    let html = report(BAKERY, "html");
    let functions: Vec<String> = bars(&html, "chart-csf")
        .into_iter()
        .map(|(title, _)| title.split(':').next().unwrap().to_owned())
        .collect();
    assert_eq!(
        functions,
        [
            "Govern (GV)",
            "Identify (ID)",
            "Protect (PR)",
            "Detect (DE)",
            "Respond (RS)",
            "Recover (RC)"
        ]
    );
    // Labelled as functions and explained, so that no bar reads as a section.
    assert!(html.contains("Scores by NIST CSF 2.0 function"));
    assert!(html.contains("These are not the scores by section of the summary"));
    assert!(html.contains("<tspan class=\"note\" dx=\"8\">noticing an attack early"));
    // Without a map to CSF 2.0, no such chart.
    let dir = tempfile::tempdir().unwrap();
    let q = std::fs::read_to_string(root().join("tests/fixtures/valid/report/questionnaire.yaml"))
        .unwrap()
        .replace("nist-csf-2.0: [PR.AA-03], ", "")
        .replace("nist-csf-2.0: [PR.DS-11], ", "")
        .replace("maps: { nist-csf-2.0: [PR.PS-04] }", "")
        .replace("maps: { nist-csf-2.0: [DE.AE-02] }", "")
        .replace("  nist-csf-2.0: NIST CSF 2.0\n", "");
    let path = dir.path().join("q.yaml");
    std::fs::write(&path, q).unwrap();
    let o = assure([
        "report",
        "tests/fixtures/valid/report/answers.yaml",
        "-q",
        path.to_str().unwrap(),
        "--format",
        "html",
        "--quiet",
    ])
    .run();
    assert!(o.stdout.contains("chart-sections") && !o.stdout.contains("chart-csf"));
}

#[test]
fn the_html_report_has_a_cover_contents_and_a_page_per_part_in_print() {
    let html = report(BAKERY, "html");
    let cover =
        &html[html.find("<header class=\"cover\">").unwrap()..html.find("</header>").unwrap()];
    for part in [
        "Harbour Bakery &amp; Café",
        "2026-11-10",
        "Prepared by Example Security Consulting",
        "<nav class=\"toc\"",
    ] {
        assert!(cover.contains(part), "{part} not on the cover");
    }
    for id in [
        "summary",
        "actions",
        "ask",
        "answers",
        "frameworks",
        "method",
        "about",
    ] {
        assert!(
            html.contains(&format!("<section id=\"{id}\">"))
                || html.contains(&format!("<section id=\"{id}\" class=\"same-page\">")),
            "{id}"
        );
        assert!(
            cover.contains(&format!("href=\"#{id}\"")),
            "{id} not in the contents"
        );
    }
    for rule in [
        "break-after: page",
        "break-before: page",
        "break-inside: avoid",
        "display: table-header-group",
    ] {
        assert!(html.contains(rule), "print rule `{rule}`");
    }
    assert!(
        html.contains("<span class=\"badge poor\">At risk</span>"),
        "the rating as a badge"
    );
    assert!(!html.contains("<script"));
}

#[test]
fn each_find_out_item_says_its_question_once() {
    let md = report(BAKERY, "markdown");
    let plan = &md[md.find("## Action plan").unwrap()..md.find("## Questions to ask").unwrap()];
    let items: Vec<&str> = plan.split("\n#### ").skip(1).collect();
    let mut find_outs = 0;
    for item in items {
        let Some((heading, body)) = item.split_once('\n') else {
            continue;
        };
        let Some(question) = heading
            .split_once("Find out")
            .map(|(_, q)| q.split_once(": ").unwrap().1)
        else {
            continue;
        };
        find_outs += 1;
        assert!(
            !body.contains(question),
            "the question is said again:\n{item}"
        );
    }
    assert!(find_outs >= 2, "{find_outs}");
}

#[test]
fn the_first_actions_are_in_full_and_the_rest_one_line_each_with_one_timing() {
    let md = report(BAKERY, "markdown");
    let json: serde_json::Value = serde_json::from_str(&report(BAKERY, "json")).unwrap();
    let actions = json["actions"].as_array().unwrap();
    assert!(actions.len() > 20, "a struggling shop has many actions");
    let plan = &md[md.find("## Action plan").unwrap()..md.find("## Questions to ask").unwrap()];
    assert_eq!(plan.matches("\n#### ").count(), 5, "five in full");
    let table = &plan[plan.find("### Then, one line each").unwrap()..];
    for (i, action) in actions.iter().enumerate().skip(5) {
        let title = action["title"].as_str().unwrap();
        let row = format!("| {} | {} |", i + 1, title);
        assert!(table.contains(&row), "no row for {title}");
    }
    // No framework ids in the owner's text: the action plan has none.
    for id in ["PR.AA-03", "ism-1504", "A.8.5", "6.3;"] {
        assert!(!plan.contains(id), "{id} in the action plan");
    }
    // One timing per action: the group, never "this week" as well.
    assert!(!md.contains("this week"), "two timings");
}
