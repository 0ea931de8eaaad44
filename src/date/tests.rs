use super::*;

#[test]
fn today_is_iso() {
    let t = today();
    assert!(is_date(&t), "{t}");
}

#[test]
fn dates_must_exist_and_be_written_in_full() {
    assert!(is_date("2026-02-28"));
    assert!(is_date("2024-02-29"));
    assert!(!is_date("2026-02-29"));
    assert!(!is_date("2026-13-01"));
    assert!(!is_date("2026-1-01"));
    assert!(!is_date("26-01-01"));
    assert!(!is_date("yesterday"));
}

#[test]
fn ages_count_days() {
    assert_eq!(days_between("2025-11-29", "2026-11-29"), Some(365));
    assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
    assert_eq!(days_between("2026-12-01", "2026-11-29"), Some(-2));
    assert_eq!(days_between("nonsense", "2026-11-29"), None);
}
