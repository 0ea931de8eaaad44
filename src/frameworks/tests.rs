use super::*;

#[test]
fn the_lists_are_complete() {
    assert_eq!(ids("nist-csf-2.0").unwrap().count(), 106);
    assert_eq!(ids("cis-v8").unwrap().count(), 153);
    assert_eq!(ids("iso27001-2022").unwrap().count(), 93);
    assert_eq!(ids("cyber-essentials").unwrap().count(), 5);
    assert_eq!(ids("essential-eight").unwrap().count(), 46);
}

#[test]
fn ids_and_their_groups() {
    assert_eq!(knows("nist-csf-2.0", "PR.AA-03"), Some(true));
    assert_eq!(knows("nist-csf-2.0", "PR.AA"), Some(true));
    assert_eq!(knows("nist-csf-2.0", "PR"), Some(true));
    assert_eq!(knows("nist-csf-2.0", "PR.AA-3"), Some(false));
    // Withdrawn in CSF 2.0.
    assert_eq!(knows("nist-csf-2.0", "PR.DS-03"), Some(false));
    assert_eq!(knows("cis-v8", "6"), Some(true));
    assert_eq!(knows("cis-v8", "6.3"), Some(true));
    assert_eq!(knows("cis-v8", "18.6"), Some(false));
    assert_eq!(knows("iso27001-2022", "A.8.5"), Some(true));
    assert_eq!(knows("iso27001-2022", "8.5"), Some(false));
    assert_eq!(knows("my-framework", "x"), None);
}
