use super::*;
use crate::model::YesNo;
use crate::test;

#[test]
fn the_same_answer_in_another_order_or_spacing_is_the_same() {
    let multi = |v: &[&str]| Value::Multi(v.iter().map(|s| (*s).to_owned()).collect());
    assert!(same_value(&multi(&["a", "b"]), &multi(&["b", "a"])));
    assert!(!same_value(&multi(&["a"]), &multi(&["a", "b"])));
    assert!(same_value(
        &Value::Text("Kestrel IT ".into()),
        &Value::Text("Kestrel IT".into())
    ));
    assert!(!same_value(
        &Value::YesNo(YesNo::Yes),
        &Value::YesNo(YesNo::No)
    ));
    assert!(!same_value(&Value::Unknown, &Value::Na));
}

#[test]
fn the_date_answered_is_a_real_date_or_nothing() {
    let q = test::questionnaire(test::CONDITIONAL);
    let with = |date: &str| {
        test::answers(
            &q,
            &format!(
                "questionnaire: {{ id: t }}\nrespondent: {{ date: \"{date}\" }}\nanswers: {{}}\n"
            ),
        )
    };
    assert_eq!(answered_on(&with("2026-11-10")), Some("2026-11-10"));
    assert_eq!(answered_on(&with("last spring")), None);
    assert_eq!(answered_on(&with("2026-02-30")), None);
}
