use super::*;
use crate::diagnostic::kinds::{Answering, File, Shape};
use crate::source::Pos;

fn span(line: u32, col: u32, end_col: u32) -> Span {
    Span {
        start: Pos { line, col },
        end: Pos { line, col: end_col },
    }
}

#[test]
fn renders_like_a_compiler() {
    let src = Source::new("q.yaml", "id: x\nsections:\n  - wieght: 3\n");
    let d = Diagnostic::error(Shape::UnknownKey {
        key: "wieght".into(),
    })
    .at(&src, span(3, 5, 11))
    .help("did you mean `weight`?");
    let text = d.render(false);
    assert_eq!(
        text,
        "error[unknown-key]: unknown key `wieght`\n --> q.yaml:3:5\n  |\n3 |   - wieght: 3\n  |     ^^^^^^\n  |\n  = help: did you mean `weight`?"
    );
}

#[test]
fn long_lines_are_cut_around_the_problem() {
    let line = format!("title: {}BAD{}", "a".repeat(5000), "b".repeat(5000));
    let src = Source::new("q.yaml", line);
    let d = Diagnostic::error(Answering::NotText {
        question: "bad".into(),
    })
    .at(&src, span(1, 5008, 5011));
    let text = d.render(false);
    assert!(text.lines().all(|l| l.chars().count() < 200), "{text}");
    assert!(text.contains("BAD"));
}

#[test]
fn a_problem_without_a_position_still_names_the_file() {
    let name = "x.yaml".to_owned();
    let d = Diagnostic::error(File::NotFound { name }).file_name("x.yaml");
    assert!(
        d.render(false)
            .starts_with("error[file-not-found]: cannot find the file `x.yaml`")
    );
}
