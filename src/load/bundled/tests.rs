use super::*;

#[test]
fn finds_the_top_level_id_only() {
    let text = "# x\ntitle: T\nid: \"sme-baseline\"  # the id\nsections:\n  - id: govern\n";
    assert_eq!(top_level_id(text), Some("sme-baseline"));
    assert_eq!(top_level_id("sections:\n  - id: a\n"), None);
}
