//! Several files in one run (issue 20): the input is cut into up to eight
//! answers files at each line `---8<---`; each is read against sme-baseline
//! as an earlier answers file, then they are prefilled into one and merged
//! into the first, as `prefill --from` and `merge` do. Aliases count over
//! every file of the run, so however the files share their aliases, the run
//! never holds more than the budget of one run.
//!
//! Oracles: no panic, no hang, bounded memory (libFuzzer's limits); what
//! prefill and merge write holds no raw control, invisible or separator
//! character, is no larger than assure reads back, and reads back.

#![no_main]

use std::sync::OnceLock;

use assure::answers::{AnswersFile, write};
use assure::delegate::merge::{Reply, merge};
use assure::load::config::Config;
use assure::load::{Catalog, bundled, read};
use assure::model::Questionnaire;
use assure::reuse::Earlier;
use assure::reuse::prefill::prefill;
use assure::source::Source;
use libfuzzer_sys::fuzz_target;

fn baseline() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| {
        let config = Config::default();
        let src = bundled::sources()
            .find(|s| s.name.ends_with("sme-baseline.yaml"))
            .expect("bundled sme-baseline");
        Catalog::new(&config).load(&src).expect("sme-baseline loads").value
    })
}

/// What assure writes as YAML: loads again, and holds nothing raw.
fn check_written(q: &Questionnaire, text: &str) {
    assert!(
        !text.chars().any(|c| c != '\n' && assure::text::clean::is_unsafe(c)),
        "a raw unsafe character in:\n{text}"
    );
    assert!(text.len() as u64 <= read::MAX_FILE_BYTES);
    let src = Source::new("written.yaml", text);
    AnswersFile::from_source(src)
        .and_then(|f| f.check_earlier(q, &assure::digest::digest(q)))
        .unwrap_or_else(|d| panic!("what was written does not read back: {d:?}\n{text}"));
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let q = baseline();
    let digest = assure::digest::digest(q);
    let mut read_back = Vec::new();
    for (i, part) in text.split("\n---8<---\n").take(8).enumerate() {
        let src = Source::new(format!("f{i}.yaml"), part);
        if let Ok((loaded, leftovers)) =
            AnswersFile::from_source(src).and_then(|f| f.check_earlier(q, &digest))
        {
            read_back.push((format!("f{i}.yaml"), loaded.value, leftovers));
        }
    }
    if read_back.is_empty() {
        return;
    }
    let earlier: Vec<Earlier<'_>> = read_back
        .iter()
        .map(|(name, answers, leftovers)| Earlier {
            name: name.clone(),
            questionnaire: q,
            answers,
            leftovers,
        })
        .collect();
    let filled = prefill(q, &digest, &earlier);
    let written = write(q, &filled.answers);
    if written.len() as u64 <= read::MAX_FILE_BYTES {
        check_written(q, &written);
    }
    let replies: Vec<Reply<'_>> = read_back[1..]
        .iter()
        .map(|(name, answers, _)| Reply {
            name: name.clone(),
            by: "it-provider".into(),
            date: None,
            answers,
        })
        .collect();
    let merged = merge(q, &read_back[0].1, &replies, None);
    let written = write(q, &merged.answers);
    if written.len() as u64 <= read::MAX_FILE_BYTES {
        check_written(q, &written);
    }
});
