use super::*;
use crate::load::config::Config;

#[test]
fn the_command_line_is_shown_as_it_could_be_typed() {
    let mut a = args(["report", "my answers.yaml", "-o"]);
    a.push(path_arg(Path::new("./acme-report.html")));
    assert_eq!(
        command_line(&a),
        "assure report 'my answers.yaml' -o acme-report.html"
    );
}

#[test]
fn a_file_whose_name_starts_with_a_dash_is_not_read_as_an_option() {
    let mut a = args(["report"]);
    a.push(path_arg(Path::new("-acme.yaml")));
    a.push(path_arg(Path::new("./--help")));
    assert_eq!(command_line(&a), "assure report ./-acme.yaml ./--help");
    let argv = std::iter::once(OsString::from("assure")).chain(a);
    let cli = <crate::cli::Cli as clap::Parser>::try_parse_from(argv);
    assert!(cli.is_ok(), "{cli:?}");
}

#[test]
fn the_carry_on_line_counts_the_unfinished_files() {
    assert!(entries(0)[1].ends_with("(nothing unfinished here)"));
    assert!(entries(1)[1].ends_with("(1 file here)"));
    assert!(entries(3)[1].ends_with("(3 files here)"));
    // Each fits a 60-column terminal whole.
    assert!(entries(100).iter().all(|e| e.chars().count() <= 56));
    assert_eq!(entries(0).len(), ENTRIES.len());
}

#[test]
fn every_bundled_questionnaire_is_offered_by_id_and_title() {
    let config = Config::default();
    let catalog = Catalog::new(&config);
    let offered = answer::choices(&catalog);
    assert_eq!(offered.len(), catalog.known().len());
    let baseline = offered.iter().find(|(id, _)| id == "sme-baseline");
    let (_, line) = baseline.expect("the baseline is offered");
    assert!(line.starts_with("sme-baseline · "), "{line}");
    assert!(line.contains(" questions, up to "), "{line}");
}

#[test]
fn answers_files_are_found_with_how_far_they_got_and_other_files_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("acme-answers.yaml"),
        "questionnaire: {id: sme-baseline}\nanswers: {}\n",
    )
    .unwrap();
    std::fs::write(d.join("notes.yaml"), "just: notes\n").unwrap();
    std::fs::write(d.join("broken.yaml"), "questionnaire: [\n").unwrap();
    std::fs::write(
        d.join("other.yaml"),
        "questionnaire: {id: ../../etc/passwd}\nanswers: {}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("big.yaml"),
        vec![b'#'; (found::MAX_BYTES + 1) as usize],
    )
    .unwrap();
    let config = Config::default();
    let catalog = Catalog::new(&config);
    let found = answers_files(&catalog, d);
    assert_eq!(found.len(), 1, "{found:?}");
    let a = &found[0];
    assert_eq!(a.questionnaire, "sme-baseline");
    assert_eq!(a.answered, 0);
    assert!(a.asked > 10 && a.unfinished());
    assert_eq!(found::shown(&a.path, d), "acme-answers.yaml");
}

#[test]
fn customer_sheets_are_offered_but_not_the_answered_copies() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for name in [
        "northwind.xlsx",
        "northwind-answered.xlsx",
        "their.CSV",
        "a.yaml",
    ] {
        std::fs::write(d.join(name), "x").unwrap();
    }
    std::fs::create_dir(d.join("folder.xlsx")).unwrap();
    let names: Vec<String> = spreadsheets(d).iter().map(|p| found::shown(p, d)).collect();
    assert_eq!(names, ["northwind.xlsx", "their.CSV"]);
}
