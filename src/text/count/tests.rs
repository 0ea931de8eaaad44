use super::*;

#[test]
fn one_takes_the_singular_and_every_other_count_the_plural() {
    assert_eq!(count(1, "file", "files"), "1 file");
    assert_eq!(count(0, "file", "files"), "0 files");
    assert_eq!(count(2, "answer was", "answers were"), "2 answers were");
    assert_eq!(plural(1, "is", "are"), "is");
}
