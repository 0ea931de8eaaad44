use super::*;
use crate::exchange::report::test::hostile;
use crate::score::assess;

fn doc() -> Json {
    let (q, a) = hostile();
    let assessment = assess(&q, &a);
    serde_json::from_str(&render(&Report::new(&assessment, None))).unwrap()
}

#[test]
fn the_same_answers_give_the_same_document() {
    assert_eq!(doc(), doc());
}

#[test]
fn findings_target_the_csf_statement_and_unknown_is_never_satisfied() {
    let d = doc();
    let result = &d["assessment-results"]["results"][0];
    let findings = result["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 3, "mfa, backup and plan are scored");
    let mfa = &findings[0]["target"];
    assert_eq!(mfa["type"], "statement-id");
    assert_eq!(mfa["target-id"], "PR.AA-03_statement");
    assert_eq!(mfa["status"]["state"], "not-satisfied");
    assert_eq!(findings[1]["target"]["type"], "objective-id");
    assert_eq!(findings[1]["target"]["target-id"], "PR");
    let plan = &findings[2]["target"];
    assert_eq!(plan["target-id"], "plan");
    assert_eq!(plan["status"]["state"], "not-satisfied");
    assert_eq!(plan["status"]["remarks"], "The respondent does not know.");
}

#[test]
fn an_observation_per_answer_and_a_risk_with_a_remediation_per_action() {
    let d = doc();
    let result = &d["assessment-results"]["results"][0];
    assert_eq!(result["observations"].as_array().unwrap().len(), 4);
    let mfa = &result["observations"][0];
    assert_eq!(mfa["methods"][0], "INTERVIEW");
    assert_eq!(mfa["collected"], "2026-11-22T00:00:00Z");
    assert_eq!(mfa["relevant-evidence"][0]["description"], "@SUM(A1)");
    let risks = result["risks"].as_array().unwrap();
    assert_eq!(risks.len(), 3);
    assert_eq!(risks[0]["remediations"][0]["lifecycle"], "recommendation");
    assert_eq!(risks[0]["remediations"][0]["description"], "Do it.");
    assert_eq!(risks[0]["status"], "open");
    assert_eq!(
        result["findings"][0]["related-risks"][0]["risk-uuid"],
        risks[0]["uuid"]
    );
}
