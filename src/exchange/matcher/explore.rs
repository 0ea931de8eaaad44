//! Development aid (ignored test): prints how the thesaurus reads every
//! bundled question and every question of the test customers.
use super::analysis::{Analysis, analyse};
use super::thesaurus::Thesaurus;

fn show(th: &Thesaurus, a: &Analysis) -> String {
    let c: Vec<String> = a
        .concepts
        .iter()
        .map(|(i, n)| {
            let k = th.concept(*i);
            format!("{:?}:{}{}", k.kind, k.id, if n.bad { "!" } else { "" })
        })
        .collect();
    let t: Vec<String> = a.times.iter().map(|t| format!("{:?}", t.span)).collect();
    format!(
        "[{}] {} left={:?}{}{}",
        c.join(" "),
        t.join(" "),
        a.leftover,
        if a.open { " OPEN" } else { "" },
        if a.or { " OR" } else { "" }
    )
}

#[test]
#[ignore]
fn explore() {
    let th = Thesaurus::parse(super::thesaurus::SOURCE).unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    if let Ok(t) = std::env::var("TEXT") {
        println!("{t}\n    {}", show(&th, &analyse(&t, &th, &[])));
        return;
    }
    for f in ["sme-baseline", "insurance-readiness", "msp-review"] {
        let text = std::fs::read_to_string(format!("{root}/questionnaires/{f}.yaml")).unwrap();
        let v: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        for s in v["sections"].as_sequence().unwrap() {
            for q in s["questions"].as_sequence().unwrap() {
                let t = q["text"].as_str().unwrap();
                println!(
                    "{f}/{} :: {t}\n    {}",
                    q["id"].as_str().unwrap(),
                    show(&th, &analyse(t, &th, &[]))
                );
                for o in q["options"].as_sequence().into_iter().flatten() {
                    let l = o["label"].as_str().unwrap();
                    println!("      - {l}\n        {}", show(&th, &analyse(l, &th, &[])));
                }
            }
        }
    }
    for f in std::fs::read_dir(format!("{root}/tests/fixtures/answer/customers")).unwrap() {
        let p = f.unwrap().path();
        if p.extension().is_none_or(|e| e != "yaml") || p.to_string_lossy().contains("holdout") {
            continue;
        }
        let v: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        for q in v["questions"].as_sequence().unwrap() {
            let t = q["text"].as_str().unwrap();
            println!(
                "{} :: {t}\n    {}",
                q["ref"].as_str().unwrap(),
                show(&th, &analyse(t, &th, &[]))
            );
        }
    }
}
