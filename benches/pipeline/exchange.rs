//! The exchange formats at one size (2,000 questions by default, `--exchange N`):
//! the answers template written as YAML and as an XLSX workbook, and the same
//! answers read back, with every check, from the YAML template filled in with
//! them and from the workbook filled in with them. Both files hold every
//! question, its help and the answers.

use std::collections::HashMap;
use std::time::Duration;

use assure::answers::{self, AnswersFile};
use assure::exchange::workbook::write as workbook;
use assure::export::template;
use assure::load::config::Config;
use assure::load::{Catalog, DocKind, Document};
use assure::model::Questionnaire;
use assure::model::answers::Answers;
use assure::source::Source;

use super::{Options, median, ms, synthetic};

pub struct Exchange {
    n: usize,
    yaml_template: Duration,
    xlsx_template: Duration,
    yaml_read: Duration,
    xlsx_read: Duration,
    yaml_bytes: usize,
    xlsx_bytes: usize,
}

/// The YAML template filled in with the answers of `written` (an answers file
/// from `answers::write`): each blank `  id:` line of the template replaced by
/// that question's answer.
fn filled_yaml_template(blank: &str, written: &str) -> String {
    let (_, written_answers) = written.split_once("\nanswers:\n").unwrap();
    let mut blocks: HashMap<String, String> = HashMap::new();
    let mut current: Option<String> = None;
    for line in written_answers.lines() {
        if line.starts_with("    ") {
            if let Some(id) = &current {
                let b = blocks.get_mut(id).unwrap();
                b.push('\n');
                b.push_str(line);
            }
        } else if let Some(rest) = line.strip_prefix("  ").filter(|r| !r.starts_with('#')) {
            let id = rest.split(':').next().unwrap().to_owned();
            blocks.insert(id.clone(), line.to_owned());
            current = Some(id);
        }
    }
    let (head, body) = blank.split_once("\nanswers:\n").unwrap();
    let comments = &head[..head.find("questionnaire:").unwrap()];
    let start = written.find("questionnaire:").unwrap();
    let end = written.find("\nanswers:\n").unwrap();
    let mut out = format!("{comments}{}\nanswers:\n", &written[start..end]);
    for line in body.lines() {
        let id = line.strip_prefix("  ").and_then(|r| r.strip_suffix(':'));
        match id.and_then(|id| blocks.get(id)) {
            Some(block) => out.push_str(block),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

fn check(doc: Document, q: &Questionnaire, digest: &str) -> Answers {
    let file = AnswersFile::from_document(doc).unwrap();
    file.check(q, digest).unwrap().value
}

fn from_yaml(text: &str, q: &Questionnaire, digest: &str) -> Answers {
    let doc = Document::from_source(Source::new("a.yaml", text)).unwrap();
    check(doc, q, digest)
}

fn from_xlsx(bytes: &[u8], q: &Questionnaire, digest: &str) -> Answers {
    let (src, node) = assure::exchange::workbook::read::read("a.xlsx".into(), bytes).unwrap();
    let kind = DocKind::Answers;
    check(Document { src, node, kind }, q, digest)
}

pub fn measure(o: &Options, n: usize) -> Exchange {
    let config = Config::default();
    let catalog = Catalog::new(&config);
    let q = catalog
        .load(&Source::new("q.yaml", synthetic::questionnaire(n)))
        .unwrap()
        .value;
    let digest = assure::digest::digest(&q);
    let a = from_yaml(&synthetic::answers(n, 1), &q, &digest);
    let yaml_template = median(o, || {
        std::hint::black_box(template::render(&q, None));
    });
    let xlsx_template = median(o, || {
        std::hint::black_box(workbook::render(&q, None).unwrap());
    });
    let yaml = filled_yaml_template(&template::render(&q, None), &answers::write(&q, &a));
    let xlsx = workbook::render_filled(&q, &a).unwrap();
    let answered = |a: &Answers| a.answers.values().filter(|x| x.value.is_answered()).count();
    assert_eq!(
        answered(&from_yaml(&yaml, &q, &digest)),
        answered(&from_xlsx(&xlsx, &q, &digest)),
        "both files hold the same answers"
    );
    let yaml_read = median(o, || {
        std::hint::black_box(from_yaml(&yaml, &q, &digest));
    });
    let xlsx_read = median(o, || {
        std::hint::black_box(from_xlsx(&xlsx, &q, &digest));
    });
    Exchange {
        n,
        yaml_template,
        xlsx_template,
        yaml_read,
        xlsx_read,
        yaml_bytes: yaml.len(),
        xlsx_bytes: xlsx.len(),
    }
}

pub fn print(e: &Exchange) {
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!("\n### Exchange formats, {} questions (median ms)\n", e.n);
    println!("| | YAML | XLSX | XLSX / YAML |");
    println!("| --- | ---: | ---: | ---: |");
    println!(
        "| template | {} | {} | {:.2}× |",
        ms(e.yaml_template),
        ms(e.xlsx_template),
        ratio(e.xlsx_template, e.yaml_template)
    );
    println!(
        "| read the answers back, with every check | {} | {} | {:.2}× |",
        ms(e.yaml_read),
        ms(e.xlsx_read),
        ratio(e.xlsx_read, e.yaml_read)
    );
    println!(
        "| size of the filled-in file (KiB) | {} | {} | |",
        e.yaml_bytes / 1024,
        e.xlsx_bytes / 1024
    );
}
