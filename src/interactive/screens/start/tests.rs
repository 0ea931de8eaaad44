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
