use super::*;
use crate::load::config::Config;

fn dest(
    output: Option<&str>,
    config: Config,
    answers: &str,
) -> Vec<(ReportFormat, Option<PathBuf>)> {
    let catalog = Catalog::new(&config);
    let args = AssessArgs {
        questionnaire: "sme-baseline".into(),
        answers: None,
        resume: false,
        from: Vec::new(),
        output: output.map(PathBuf::from),
    };
    destination(&catalog, &args, Path::new(answers))
}

fn both(md: &str, html: &str) -> Vec<(ReportFormat, Option<PathBuf>)> {
    vec![
        (ReportFormat::Markdown, Some(PathBuf::from(md))),
        (ReportFormat::Html, Some(PathBuf::from(html))),
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
    config.report.format = Some(ReportFormat::Json);
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
        [(ReportFormat::Html, Some(PathBuf::from("out/r.html")))]
    );
    assert_eq!(
        dest(Some("r.json"), Config::default(), "a.yaml"),
        [(ReportFormat::Json, Some(PathBuf::from("r.json")))]
    );
    assert_eq!(
        dest(Some("-"), Config::default(), "a.yaml"),
        [(ReportFormat::Markdown, None)]
    );
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    assert_eq!(
        dest(Some(&d), Config::default(), "a.yaml"),
        both(&format!("{d}/a-report.md"), &format!("{d}/a-report.html"))
    );
}
