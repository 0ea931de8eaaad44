//! What a person sees and presses (issue 15): a pointer in every list, notes
//! on demand, text laid out to the terminal's width and again on resize, the
//! same keys under every question, follow-up questions hidden with a word,
//! and how few keys a whole walk takes.

use super::pty::{
    KEYS_END, Pty, Seen, Term, saved_answers_with, spawn, spawn_in, strip_escapes, workdir, yaml,
};

const DOWN: &str = "\u{1b}[B";

fn at(cols: u16, colour: bool) -> Term {
    Term {
        cols,
        rows: 50,
        colour,
    }
}

/// Walks to the first multi-select question (device-types), answering "No"
/// (and 3 people) before it; returns what its screen shows.
fn to_device_types(p: &mut Pty) -> String {
    p.respondent();
    loop {
        let (shown, _) = p.next_question();
        if shown.contains("Which of these does your business use for work?") {
            return shown;
        }
        if shown.contains("How many people work") {
            p.type_line("3");
        } else {
            let keys = no_keys(&super::pty::seen(&shown));
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            p.press(&keys);
        }
        p.exp("✔ Saved: ");
    }
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn multi_select_lists_show_a_pointer_with_and_without_colour() {
    for colour in [false, true] {
        let dir = workdir();
        let mut p = spawn_in(
            dir.path(),
            &["sme-baseline", "--answers", "a.yaml"],
            at(100, colour),
            &[],
        );
        let shown = to_device_types(&mut p);
        assert!(
            shown.contains("❯ [ ] 1  Laptops\n  [ ] 2  Desktop computers"),
            "{shown}"
        );
        // Each key draws the list again: the pointer moves, then a box ticks.
        p.press(&[DOWN]);
        p.exp(KEYS_END);
        p.press(&[" "]);
        let redrawn = strip_escapes(&p.exp(KEYS_END));
        assert!(
            redrawn.contains("❯ [x] 2  Desktop computers"),
            "colour {colour}: {redrawn}"
        );
        assert!(redrawn.contains("  [ ] 1  Laptops"), "{redrawn}");
        p.press(&["3", "\r"]);
        p.exp("✔ Saved: Desktop computers; Smartphones or tablets");
        p.quit();
        let a = saved_answers_with(dir.path(), "a.yaml", false);
        assert_eq!(a["device-types"], yaml("[desktops, phones]"));
    }
}

#[test]
fn notes_are_asked_for_with_a_key_not_after_every_answer() {
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    p.respondent();
    p.answer_line("Type your answer", "4");
    p.exp("✔ Saved: 4 people");
    // Straight on to the next question: no note asked.
    let next = strip_escapes(&p.exp(KEYS_END));
    assert!(
        !next.contains("note ›") && !next.contains("Add a note?"),
        "{next}"
    );
    assert!(next.contains("a add a note"), "{next}");
    p.press(&["a"]);
    p.answer_line("Your note", "Fixit Ltd, since 2019");
    p.exp("✔ Note saved.");
    let again = strip_escapes(&p.exp(KEYS_END));
    assert!(again.contains("a change the note"), "{again}");
    p.press(&["y"]);
    p.exp("✔ Saved: Yes");
    p.quit();
    let a = saved_answers_with(dir.path(), "a.yaml", false);
    assert_eq!(
        a["uses-it-provider"],
        yaml("{answer: yes, note: 'Fixit Ltd, since 2019'}")
    );
}

/// The lines a screen shows, escapes stripped.
fn lines(s: &str) -> Vec<String> {
    strip_escapes(s).lines().map(str::to_owned).collect()
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn text_is_wrapped_to_the_terminal_width_never_cut_and_again_on_resize() {
    let name = "client-files-acme-bakery-2026-sme-baseline-answers.yaml";
    for (cols, colour) in [(60, false), (60, true), (120, false), (120, true)] {
        let dir = workdir();
        let mut p = spawn_in(
            dir.path(),
            &["sme-baseline", "--answers", name],
            at(cols, colour),
            &[],
        );
        let intro = p.exp("First, a few details");
        // The path stands whole on a line of its own.
        let full = dir.path().canonicalize().unwrap().join(name);
        let path_line = format!("    {}", full.display());
        assert!(lines(&intro).contains(&path_line), "{cols}: {intro}");
        p.respondent();
        p.answer_line("Type your answer", "3");
        let shown = strip_escapes(&p.exp(KEYS_END));
        let q = "Do you pay an outside company to look after your computers, email or network?";
        let text: Vec<&str> = shown
            .lines()
            .skip_while(|l| !l.starts_with("Do you pay"))
            .take_while(|l| !l.is_empty())
            .collect();
        assert_eq!(text.join(" "), q, "{cols}: {shown}");
        for l in shown.lines() {
            assert!(
                l.chars().count() < usize::from(cols),
                "{cols}: {l:?} is too long"
            );
            assert!(!l.contains('…'), "{cols}: cut: {l:?}");
        }
        if cols == 60 {
            assert_eq!(text.len(), 2, "wrapped at 60 columns: {shown}");
        } else {
            assert_eq!(text.len(), 1, "one line at 120 columns: {shown}");
        }
        // A choice with long labels: wrapped under themselves, never cut.
        p.press(&["n"]);
        p.exp("✔ Saved: No");
        p.exp(KEYS_END);
        p.press(&["y"]);
        let policy = strip_escapes(&p.exp(KEYS_END));
        assert!(!policy.contains('…'), "{policy}");
        p.press(&["n"]);
        let risk = strip_escapes(&p.exp(KEYS_END));
        assert!(!risk.contains('…'), "{risk}");
        p.press(&["n"]);
        let suppliers = strip_escapes(&p.exp(KEYS_END));
        let label = "Yes, for every supplier that holds our data or can log in";
        let items = super::pty::items(&suppliers);
        assert!(
            items.iter().any(|i| i.label == label),
            "{cols}: {items:?}\n{suppliers}"
        );
        // Resized: the screen is laid out again at the new width.
        let (wide, narrow) = (120, 60);
        let to = if cols == 60 { wide } else { narrow };
        p.resize(to, 50);
        p.exp("\u{1b}[2J");
        let redrawn = strip_escapes(&p.exp(KEYS_END));
        let long = redrawn
            .lines()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0);
        if to == wide {
            assert!(long > 60, "laid out wider after the resize: {redrawn}");
        } else {
            assert!(long < 60, "laid out narrower after the resize: {redrawn}");
        }
        assert!(redrawn.contains("Before a new supplier"), "{redrawn}");
        p.press(&["q"]);
        p.eof();
    }
}

#[test]
fn every_question_has_the_same_keys_in_the_same_order_and_no_line_to_pick_by_mistake() {
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    let intro = p.exp("First, a few details");
    assert_eq!(
        intro
            .matches("Under every question: e explains it, a adds a note, b goes back")
            .count(),
        1,
        "the keys are explained once: {intro}"
    );
    p.respondent();
    p.answer_line("Type your answer", "3");
    let keys = "e explain · a add a note · b back · s skip · q save and quit";
    let mut screens = Vec::new();
    for _ in 0..8 {
        let (mut shown, typed) = p.next_question();
        if typed {
            p.press(&["\u{1b}"]);
            shown = strip_escapes(&p.exp(KEYS_END));
        }
        let last = shown
            .trim_end()
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned();
        assert!(
            keys.starts_with(last.trim_end_matches(" q").trim()),
            "{shown}"
        );
        assert!(!shown.contains("──"), "{shown}");
        // Yes to the first, then "I don't know" to typed ones, else "No".
        let key = if screens.is_empty() {
            "y".to_owned()
        } else if typed {
            "?".to_owned()
        } else {
            no_keys(&super::pty::seen(&shown)).concat()
        };
        screens.push(shown);
        p.press(&[&key]);
        p.exp("✔ Saved: ");
    }
    // Yes/no questions: y, n, ? in that order, whatever the question.
    let yes_no: Vec<&String> = screens
        .iter()
        .filter(|s| {
            super::pty::items(s)
                .first()
                .is_some_and(|i| i.key == Some('y') && i.label == "Yes")
        })
        .collect();
    assert!(yes_no.len() >= 3, "{screens:?}");
    for s in yes_no {
        let items = super::pty::items(s);
        let keys: Vec<Option<char>> = items.iter().map(|i| i.key).collect();
        assert_eq!(&keys[..3], [Some('y'), Some('n'), Some('?')], "{s}");
    }
    p.quit();
    let a = saved_answers_with(dir.path(), "a.yaml", false);
    assert_eq!(a["uses-it-provider"], yaml("yes"));
    assert_eq!(a["it-provider-name"], yaml("unknown"), "? is I don't know");
}

#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn changing_an_answer_says_which_follow_ups_it_hides_and_keeps_their_answers() {
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    p.respondent();
    p.answer_line("Type your answer", "3");
    p.exp(KEYS_END);
    p.press(&["y"]);
    p.answer_line("Type your answer", "Fixit Ltd");
    p.exp("✔ Saved: Fixit Ltd");
    p.exp(KEYS_END);
    p.press(&["b"]);
    p.exp("›");
    p.press(&["\u{1b}"]);
    p.exp(KEYS_END);
    p.press(&["b"]);
    p.exp("Your answer so far: Yes");
    p.exp(KEYS_END);
    p.press(&["n"]);
    let said = strip_escapes(&p.exp(KEYS_END));
    assert!(
        said.contains("This answer hides 1 follow-up question you had answered:\n  • What is the name of your IT provider?\nTheir answers stay in the file but do not count."),
        "{said}"
    );
    p.press(&["q"]);
    p.eof();
    let a = saved_answers_with(dir.path(), "a.yaml", true);
    assert_eq!(a["uses-it-provider"], yaml("no"));
    assert_eq!(a["it-provider-name"], yaml("Fixit Ltd"), "kept in the file");
    let report = crate::support::assure(["report", "a.yaml", "--format", "json", "-o", "-"])
        .current_dir(dir.path())
        .run();
    let json: serde_json::Value = serde_json::from_str(&report.stdout).unwrap();
    let counted = json["questions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["id"] == "it-provider-name");
    assert!(!counted, "a hidden answer does not count");

    // Changed back: the follow-up comes back with its answer.
    let mut p = spawn(
        dir.path(),
        &["sme-baseline", "--answers", "a.yaml", "--resume"],
    );
    p.respondent_or_not();
    p.exp(KEYS_END);
    p.press(&["b"]);
    p.exp("Your answer so far: No");
    p.exp(KEYS_END);
    p.press(&["y"]);
    let said = strip_escapes(&p.exp("›"));
    assert!(
        said.contains(
            "This answer brings back 1 follow-up question, with the answers you gave before:"
        ),
        "{said}"
    );
    assert!(said.contains("Your answer so far: Fixit Ltd"), "{said}");
    p.ctrl_c();
    p.eof();
}

impl Pty {
    /// On a resumed walk the respondent details are not asked again.
    fn respondent_or_not(&mut self) {
        self.exp("Welcome back");
    }
}

/// The steps listed on the closing screen ("  1. Do this (do now, low
/// effort)", wrapped lines joined), without their numbers.
fn listed_steps(closing: &str) -> Vec<String> {
    let mut steps: Vec<String> = Vec::new();
    for line in closing
        .lines()
        .skip_while(|l| !l.starts_with("What to do first"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
    {
        match line.trim_start().split_once(". ") {
            Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) => steps.push(rest.to_owned()),
            _ => {
                if let Some(last) = steps.last_mut() {
                    last.push(' ');
                    last.push_str(line.trim());
                }
            }
        }
    }
    steps
}

/// The keys for answering one question "No", from what the screen shows.
fn no_keys(s: &Seen) -> Vec<String> {
    match s.kind.as_str() {
        "number" => vec!["1".into(), "\r".into()],
        "text" => vec!["\u{1b}".into(), "?".into()],
        "multi" => {
            let items = super::pty::items(&s.screen);
            match items.iter().find(|i| i.label.starts_with("None")) {
                Some(none) => vec![none.key.map(String::from).unwrap_or_default(), "\r".into()],
                None => vec!["?".into()],
            }
        }
        "choice" => {
            let items = super::pty::items(&s.screen);
            let pick = items
                .iter()
                .filter(|i| i.key.is_some_and(|k| k.is_ascii_digit()))
                .find(|i| i.label.starts_with("No") || i.label.starts_with("Never"))
                .or_else(|| {
                    items
                        .iter()
                        .rfind(|i| i.key.is_some_and(|k| k.is_ascii_digit()))
                })
                .unwrap();
            vec![pick.key.map(String::from).unwrap_or_default()]
        }
        _ => vec!["n".into()],
    }
}

/// The whole bundled questionnaire answered "No" throughout, every key counted:
/// the respondent details, each question, and writing the report.
#[test]
#[ignore = "slow tier: cargo test --locked -- --ignored"]
fn a_whole_walk_answering_no_takes_at_most_two_keys_a_question() {
    let dir = workdir();
    let mut p = spawn(dir.path(), &["sme-baseline", "--answers", "a.yaml"]);
    p.respondent();
    let started = std::time::Instant::now();
    let mut questions = 0;
    loop {
        let (_, found) =
            p.p.exp_regex(r"to go|Here is a summary of your answers")
                .unwrap();
        if found.starts_with("Here is a summary") {
            break;
        }
        let rest = p.exp_widget();
        let seen = super::pty::seen(&rest);
        let keys = no_keys(&seen);
        if seen.kind == "text" {
            p.press(&[&keys[0]]);
            p.exp(KEYS_END);
            p.press(&[&keys[1]]);
        } else if seen.kind == "number" {
            p.type_line("1");
        } else {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            p.press(&keys);
        }
        p.exp("✔ Saved: ");
        questions += 1;
    }
    p.exp("What next?");
    p.press(&["r"]);
    // Seven steps are listed, then how many more the report has.
    let closing = strip_escapes(&p.exp("The report lists"));
    p.answer_offers("n");
    p.eof();
    let elapsed = started.elapsed();
    // The closing screen lists what to do in the report's order and words.
    let report = std::fs::read_to_string(dir.path().join("a-report.md")).unwrap();
    let first_three: Vec<String> = report
        .lines()
        .skip_while(|l| !l.starts_with("The three things to do first"))
        .filter(|l| l.starts_with(['1', '2', '3']))
        .take(3)
        .map(|l| l.replace("**", ""))
        .collect();
    let listed = listed_steps(&closing);
    assert_eq!(first_three.len(), 3, "{report}");
    for (i, (ours, theirs)) in listed.iter().zip(&first_three).enumerate() {
        assert_eq!(&format!("{}. {ours}", i + 1), theirs, "{closing}");
    }
    let per =
        f64::from(u32::try_from(p.keys).unwrap()) / f64::from(u32::try_from(questions).unwrap());
    eprintln!(
        "a whole walk answering No: {} keys for {questions} questions, {per:.2} a question ({elapsed:?} in a debug build)",
        p.keys
    );
    assert!(questions >= 60, "{questions}");
    assert!(per <= 2.0, "{per:.2} keys a question");
    let a = saved_answers_with(dir.path(), "a.yaml", false);
    assert_eq!(a.len(), questions);
    assert!(dir.path().join("a-report.md").exists());
    assert!(dir.path().join("a-report.html").exists());
}

#[test]
fn the_date_is_the_local_date() {
    // UTC+14 and UTC-12: at any moment, one of them is on another day than UTC.
    for tz in ["XXX-14", "YYY+12"] {
        let dir = workdir();
        let mut p = spawn_in(
            dir.path(),
            &["sme-baseline", "--answers", "a.yaml"],
            Term::default(),
            &[("TZ", tz)],
        );
        p.respondent();
        p.quit();
        let text = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
        let zone = jiff::tz::TimeZone::posix(tz).unwrap();
        let local = jiff::Timestamp::now().to_zoned(zone).date().to_string();
        assert!(text.contains(&format!("date: {local}\n")), "{tz}: {text}");
    }
}
