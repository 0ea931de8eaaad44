#[test]
fn whole_numbers_lose_their_fraction() {
    assert_eq!(super::number(12.0), "12");
    assert_eq!(super::number(-3.0), "-3");
    assert_eq!(super::number(2.5), "2.5");
}

#[test]
fn small_counts_are_words_and_larger_ones_digits() {
    assert_eq!(super::words(0), "zero");
    assert_eq!(super::words(5), "five");
    assert_eq!(super::words(10), "ten");
    assert_eq!(super::words(11), "11");
}
