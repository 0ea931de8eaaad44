use super::*;

#[test]
fn slugs() {
    assert!(is_slug("mfa-email"));
    assert!(is_slug("2fa"));
    assert!(!is_slug("-x"));
    assert!(!is_slug("MFA"));
    assert!(!is_slug("a_b"));
    assert!(!is_slug(""));
    assert!(!is_slug(&"a".repeat(65)));
    assert!(is_slug(&"a".repeat(64)));
    assert!(is_framework_id("nist-csf-2.0"));
    assert!(!is_framework_id(".x"));
}

#[test]
fn slugify_suggests_a_fix() {
    assert_eq!(slugify("MFA for Email"), "mfa-for-email");
    assert_eq!(slugify("backup_freq"), "backup-freq");
    assert_eq!(slugify("  Été!  "), "t");
    assert!(!help("Été").contains("try"));
}

#[test]
fn a_slug_of_words_ends_at_a_word() {
    assert_eq!(of_words("IAM-01", 12), "iam-01");
    assert_eq!(
        of_words("Do all staff use a second step?", 3),
        "do-all-staff"
    );
    assert_eq!(of_words(&"word ".repeat(20), 99).len(), 64);
    assert!(!of_words(&"word ".repeat(20), 99).ends_with('-'));
    assert_eq!(of_words(&"a".repeat(70), 6), "a".repeat(64));
    assert_eq!(slugify(&format!("{} b", "a".repeat(70))), "a".repeat(64));
}
