use super::*;
use crate::load::config::Config;

fn dest(
    output: Option<&str>,
    config: Config,
    answers: &str,
) -> Vec<(&'static str, Option<PathBuf>)> {
    let catalog = Catalog::new(&config);
    let args = AssessArgs {
        questionnaire: "sme-baseline".into(),
        answers: None,
        resume: false,
        from: Vec::new(),
        output: output.map(PathBuf::from),
    };
    let places = destination(&catalog, &args, Path::new(answers)).unwrap();
    places.into_iter().map(|(c, p)| (c.name, p)).collect()
}

fn both(md: &str, html: &str) -> Vec<(&'static str, Option<PathBuf>)> {
    vec![
        ("markdown", Some(PathBuf::from(md))),
        ("html", Some(PathBuf::from(html))),
    ]
}

#[test]
fn without_o_the_markdown_report_and_the_same_as_html() {
    assert_eq!(
        dest(None, Config::default(), "sme-baseline-answers.yaml"),
        both("sme-baseline-report.md", "sme-baseline-report.html")
    );
    assert_eq!(
        dest(None, Config::default(), "clients/acme.yaml"),
        both("clients/acme-report.md", "clients/acme-report.html")
    );
    let mut config = Config::default();
    config.report.format = Some(toml::Spanned::new(0..0, "json".into()));
    config.report.output_dir = Some("reports".into());
    config.dir = PathBuf::from("conf");
    assert_eq!(
        dest(None, config, "a.yaml"),
        both("conf/reports/a-report.md", "conf/reports/a-report.html")
    );
}

#[test]
fn o_chooses_one_file_and_its_format() {
    assert_eq!(
        dest(Some("out/r.html"), Config::default(), "a.yaml"),
        [("html", Some(PathBuf::from("out/r.html")))]
    );
    assert_eq!(
        dest(Some("r.json"), Config::default(), "a.yaml"),
        [("json", Some(PathBuf::from("r.json")))]
    );
    assert_eq!(
        dest(Some("-"), Config::default(), "a.yaml"),
        [("markdown", None)]
    );
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    assert_eq!(
        dest(Some(&d), Config::default(), "a.yaml"),
        both(&format!("{d}/a-report.md"), &format!("{d}/a-report.html"))
    );
}

#[test]
fn o_named_for_no_report_format_is_refused() {
    let config = Config::default();
    let catalog = Catalog::new(&config);
    let args = AssessArgs {
        questionnaire: "sme-baseline".into(),
        answers: None,
        resume: false,
        from: Vec::new(),
        output: Some(PathBuf::from("r.pdf")),
    };
    let e = destination(&catalog, &args, Path::new("a.yaml")).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("cannot write `r.pdf`: `assure assess` does not write .pdf files"),
        "{e}"
    );
}

#[test]
fn the_newest_earlier_file_gives_who_answered_but_never_the_date() {
    use crate::model::answers::Respondent;
    let carried = super::from::Carried {
        taken: 1,
        not_carried: 0,
        respondent: Some(Respondent {
            organisation: Some("Harbour Bakery".into()),
            name: Some("Maria".into()),
            role: Some(" ".into()),
            email: None,
            date: Some("2025-11-10".into()),
        }),
        files: String::new(),
    };
    let defaults = Respondent {
        organisation: Some("From the config".into()),
        role: Some("Owner".into()),
        ..Respondent::default()
    };
    let r = super::from::respondent(&carried, defaults);
    assert_eq!(r.organisation.as_deref(), Some("Harbour Bakery"));
    assert_eq!(r.name.as_deref(), Some("Maria"));
    assert_eq!(
        r.role.as_deref(),
        Some("Owner"),
        "a blank detail keeps the default"
    );
    assert_eq!(r.email, None);
    assert_eq!(r.date, None);
}
