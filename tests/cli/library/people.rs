//! No letter or advice to an IT provider the business does not have: the
//! bakery's first visit says it has none (`uses-it-provider: no`), and its
//! report, its JSON and `assure ask` neither write to one nor tell the owner to
//! ask one; its follow-up, with Quayside IT and questions left for them, still
//! does (so the test can fail).

use serde_json::Value as Json;

use crate::support::assure;

const NONE: &str = "examples/answers/harbour-bakery.yaml";
const QUAYSIDE: &str = "examples/round-trip/harbour-bakery-answers.yaml";

fn report(answers: &str, format: &str) -> String {
    assure(["report", answers, "--format", format, "--quiet", "-o", "-"])
        .run()
        .stdout
        .clone()
}

#[test]
fn no_letter_or_advice_to_an_it_provider_the_business_does_not_have() {
    let md = report(NONE, "markdown");
    for said in [
        "### Your IT provider",
        "Ask your IT provider",
        "ask your IT provider",
        "Your IT provider can",
        "You look after our computers",
        "Who can tell you:** your IT provider",
    ] {
        assert!(!md.contains(said), "{said:?} in the report:\n{md}");
    }
    assert!(md.contains("### To look into with whoever looks after your computers"));
    assert!(md.contains(
        "Your answers say the business has no IT provider, so there is no letter to write."
    ));
    assert!(md.contains("- **Ask whoever looks after your computers:** "));

    let json: Json = serde_json::from_str(&report(NONE, "json")).unwrap();
    let to: Vec<&str> = json["questions_to_ask"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["recipient"].as_str().unwrap())
        .collect();
    assert!(!to.contains(&"it-provider"), "{to:?}");
    assert_eq!(
        json["to_look_into"][0]["with"],
        "whoever looks after your computers"
    );
    assert!(
        json["to_look_into"][0]["questions"]
            .as_array()
            .unwrap()
            .len()
            > 5
    );
    for action in json["actions"].as_array().unwrap() {
        let text = action["text"].as_str().unwrap_or_default();
        assert!(!text.contains("your IT provider"), "{text}");
    }

    let o = assure(["ask", NONE]).run();
    assert!(o.stdout.is_empty(), "{}", o.stdout);
    o.stderr_has("The answers say there is no IT provider, so there is no one to write to");

    // With an IT provider, the letter and the advice are there.
    let md = report(QUAYSIDE, "markdown");
    assert!(md.contains("### Your IT provider"), "{md}");
    assert!(md.contains("- **Ask your IT provider:** "));
    assert!(!md.contains("To look into with"));
}
