use super::*;

#[test]
fn email_check_is_lenient_but_catches_slips() {
    assert!(looks_like_email("").is_ok());
    assert!(looks_like_email("sam@acme.example").is_ok());
    assert!(looks_like_email("sam at acme").is_err());
    assert!(looks_like_email("sam@").is_err());
    assert!(looks_like_email("a@b@c").is_err());
}
