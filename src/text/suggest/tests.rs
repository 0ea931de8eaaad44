use super::*;

#[test]
fn finds_typos_and_ignores_strangers() {
    let keys = ["id", "text", "weight", "critical", "recommendation"];
    assert_eq!(closest("wieght", keys), Some("weight"));
    assert_eq!(closest("recomendation", keys), Some("recommendation"));
    assert_eq!(closest("Critical", keys), Some("critical"));
    assert_eq!(closest("banana", keys), None);
    assert_eq!(
        did_you_mean("txet", keys).as_deref(),
        Some("did you mean `text`?")
    );
}
