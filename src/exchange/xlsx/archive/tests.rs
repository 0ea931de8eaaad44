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

/// Texts counted in pieces, whatever the piece boundaries; `<sig>` is not one.
#[test]
fn shared_strings_are_counted_as_they_inflate() {
    let body = format!(
        "<sst><si><t>a</t></si>{}<si\n/><sig/></sst>",
        "<si/>".repeat(100_000)
    );
    let (count, bytes) = super::count_items(&mut body.as_bytes()).unwrap();
    assert_eq!(count, 100_002);
    assert_eq!(bytes, body.len() as u64);
    // One past the limit is enough to stop.
    let many = "<si/>".repeat(600_000);
    let (count, _) = super::count_items(&mut many.as_bytes()).unwrap();
    assert!(count > super::MAX_SHARED_STRINGS);
}
