use super::declared_count;

#[test]
fn the_declared_count_of_shared_strings_is_found_however_it_is_written() {
    assert_eq!(
        declared_count(r#"<?xml?><sst xmlns="x" count="3" uniqueCount="2">"#),
        Ok(Some(2))
    );
    assert_eq!(
        declared_count("<x:sst\n uniqueCount = '99999999999999999999999'>"),
        Ok(Some(u64::MAX))
    );
    assert_eq!(declared_count("<sst>"), Ok(None));
    assert_eq!(declared_count("<!-- a comment and nothing else"), Err(()));
}
