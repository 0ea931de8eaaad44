#[test]
fn whole_numbers_lose_their_fraction() {
    assert_eq!(super::number(12.0), "12");
    assert_eq!(super::number(-3.0), "-3");
    assert_eq!(super::number(2.5), "2.5");
}
