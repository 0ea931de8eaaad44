use super::*;

fn asked<'a>(answers: &'a [PathBuf], output: Option<&'a Path>) -> Asked<'a> {
    Asked {
        answers,
        output,
        format: None,
        config_dir: None,
        config_format: None,
        no_index: false,
    }
}

#[test]
fn one_file_goes_to_stdout_a_file_or_a_folder_named_after_it() {
    let one = [PathBuf::from("clients/acme.yaml")];
    let places = |out: Option<&str>| {
        let a = asked(&one, out.map(Path::new));
        destinations(&a, format(&a).unwrap()).unwrap()
    };
    assert_eq!(places(None), (vec![Dest::Stdout], None));
    assert_eq!(places(Some("-")), (vec![Dest::Stdout], None));
    assert_eq!(
        places(Some("r.html")),
        (vec![Dest::File("r.html".into())], None)
    );
    let folder = format!("out{}", std::path::MAIN_SEPARATOR);
    assert_eq!(
        places(Some(&folder)).0,
        vec![Dest::File(Path::new(&folder).join("acme.md"))]
    );
}

#[test]
fn several_files_need_a_folder_and_names_that_do_not_clash() {
    let two = [PathBuf::from("a/x.yaml"), PathBuf::from("b/y.yaml")];
    let run = |out: Option<&str>| {
        let a = asked(&two, out.map(Path::new));
        destinations(&a, format(&a).unwrap())
    };
    assert_eq!(run(None).unwrap_err(), PlaceError::SeveralNowhere);
    assert_eq!(run(Some("-")).unwrap_err(), PlaceError::SeveralToStdout);
    let (dests, dir) = run(Some("reports")).unwrap();
    assert_eq!(dir, Some(PathBuf::from("reports")));
    assert_eq!(dests[1], Dest::File("reports/y.md".into()));
    let clash = [PathBuf::from("a/x.yaml"), PathBuf::from("b/x.yaml")];
    let a = asked(&clash, Some(Path::new("reports")));
    let e = destinations(&a, format(&a).unwrap()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "`b/x.yaml` would be reported to `reports/x.md`, where another report or the index goes; rename it (or leave the index out with `--no-index`)"
    );
    let index = [PathBuf::from("a/index.yaml"), PathBuf::from("b/y.yaml")];
    let a = asked(&index, Some(Path::new("reports")));
    assert!(matches!(
        destinations(&a, format(&a).unwrap()),
        Err(PlaceError::Clash { answers, report })
            if answers == Path::new("a/index.yaml") && report == Path::new("reports/index.md")
    ));
}

#[test]
fn files_made_from_answers_are_named_after_them_less_answers() {
    assert_eq!(
        stem(Path::new("dir/sme-baseline-answers.yaml")),
        "sme-baseline"
    );
    assert_eq!(stem(Path::new("acme.xlsx")), "acme");
}
