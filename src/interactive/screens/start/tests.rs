use super::*;

#[test]
fn email_check_is_lenient_but_catches_slips() {
    assert!(looks_like_email("").is_ok());
    assert!(looks_like_email("sam@acme.example").is_ok());
    let refused = Err(Refused::NotAnEmail);
    assert_eq!(
        Refused::NotAnEmail.to_string(),
        "That does not look like an email address. Leave it empty if you prefer."
    );
    assert_eq!(looks_like_email("sam at acme"), refused);
    assert_eq!(looks_like_email("sam@"), refused);
    assert_eq!(looks_like_email("a@b@c"), refused);
}

#[test]
fn last_years_details_are_offered_and_enter_keeps_each() {
    use crate::interactive::prompt::{Script, Step};
    let defaults = Respondent {
        organisation: Some("Harbour Bakery".into()),
        name: Some("Maria Costa".into()),
        role: Some("Owner".into()),
        email: Some("maria@bakery.example".into()),
        date: Some("2025-11-10".into()),
    };
    let mut script = Script::new(vec![
        Step::Enter,
        Step::Type("Dan Costa"),
        Step::Enter,
        Step::Enter,
    ]);
    let r = respondent(&mut script, &defaults, "2026-11-10".into()).unwrap();
    assert_eq!(r.organisation.as_deref(), Some("Harbour Bakery"));
    assert_eq!(r.name.as_deref(), Some("Dan Costa"));
    assert_eq!(r.role.as_deref(), Some("Owner"));
    assert_eq!(r.email.as_deref(), Some("maria@bakery.example"));
    assert_eq!(
        r.date.as_deref(),
        Some("2026-11-10"),
        "today's, never last year's"
    );
    assert!(
        script.screen.contains("as your earlier answers give them"),
        "{}",
        script.screen
    );
}
