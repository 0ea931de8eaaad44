use super::*;

#[test]
fn the_same_input_gives_the_same_uuid_and_another_input_another() {
    let who = Respondent {
        organisation: Some("Acme".into()),
        ..Respondent::default()
    };
    let a = Ids::new("sha256:1", &who);
    let b = Ids::new("sha256:1", &who);
    assert_eq!(a.of("finding", "mfa"), b.of("finding", "mfa"));
    assert_ne!(a.of("finding", "mfa"), a.of("finding", "backup"));
    assert_ne!(a.of("finding", "mfa"), a.of("risk", "mfa"));
    assert_ne!(
        a.of("finding", "mfa"),
        Ids::new("sha256:2", &who).of("finding", "mfa")
    );
    assert_eq!(
        Uuid::parse_str(&a.of("x", "")).unwrap().get_version_num(),
        5
    );
}

#[test]
fn the_date_is_used_only_when_it_is_one() {
    let at = |d: &str| {
        timestamp(&Respondent {
            date: Some(d.into()),
            ..Respondent::default()
        })
    };
    assert_eq!(at("2026-11-22"), "2026-11-22T00:00:00Z");
    assert_ne!(at("22/11/2026"), "22/11/2026T00:00:00Z");
    assert_ne!(at("2026-13-01"), "2026-13-01T00:00:00Z");
}
