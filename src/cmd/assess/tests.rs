use super::*;
use crate::load::config::Config;

fn dest(output: Option<&str>, config: Config, answers: &str) -> (ReportFormat, Option<PathBuf>) {
    let catalog = Catalog::new(&config);
    let args = AssessArgs {
        questionnaire: "sme-baseline".into(),
        answers: None,
        resume: false,
        output: output.map(PathBuf::from),
    };
    destination(&catalog, &args, Path::new(answers))
}

#[test]
fn the_report_goes_where_and_in_the_format_asked() {
    let md = ReportFormat::Markdown;
    assert_eq!(
        dest(None, Config::default(), "sme-baseline-answers.yaml"),
        (md, Some(PathBuf::from("sme-baseline-report.md")))
    );
    assert_eq!(
        dest(None, Config::default(), "clients/acme.yaml"),
        (md, Some(PathBuf::from("clients/acme-report.md")))
    );
    assert_eq!(
        dest(Some("out/r.html"), Config::default(), "a.yaml"),
        (ReportFormat::Html, Some(PathBuf::from("out/r.html")))
    );
    assert_eq!(dest(Some("-"), Config::default(), "a.yaml"), (md, None));
    let mut config = Config::default();
    config.report.format = Some(ReportFormat::Json);
    config.report.output_dir = Some("reports".into());
    config.dir = PathBuf::from("conf");
    assert_eq!(
        dest(None, config, "a.yaml"),
        (
            ReportFormat::Json,
            Some(PathBuf::from("conf/reports/a-report.json"))
        )
    );
}
