use super::civil;

#[test]
fn known_days() {
    assert_eq!(civil(0), (1970, 1, 1));
    assert_eq!(civil(59), (1970, 3, 1));
    assert_eq!(civil(11_016), (2000, 2, 29));
    assert_eq!(civil(20_779), (2026, 11, 22));
    assert_eq!(civil(-1), (1969, 12, 31));
}

#[test]
fn today_is_iso() {
    let t = super::today();
    assert_eq!(t.len(), 10);
    assert_eq!(&t[4..5], "-");
}
