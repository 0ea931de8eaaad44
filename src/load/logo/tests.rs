use super::*;

#[test]
fn png_and_jpeg_are_told_by_their_first_bytes() {
    assert_eq!(image_kind(b"\x89PNG\r\n\x1a\nrest"), Some("image/png"));
    assert_eq!(image_kind(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
    assert_eq!(image_kind(b"<svg onload=alert(1)>"), None);
    assert_eq!(image_kind(b"GIF89a"), None);
}

#[test]
fn a_logo_becomes_a_data_uri() {
    let logo = Logo {
        mime: "image/png",
        bytes: b"\x89PNG\r\n\x1a\n".to_vec(),
    };
    assert_eq!(logo.data_uri(), "data:image/png;base64,iVBORw0KGgo=");
}

#[test]
fn a_file_that_is_not_a_picture_or_too_large_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("logo.png");
    std::fs::write(&svg, "<svg onload=alert(1)>").unwrap();
    assert!(
        read(&svg)
            .unwrap_err()
            .to_string()
            .contains("is not a PNG or JPEG image")
    );
    let big = dir.path().join("big.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.resize(MAX_BYTES as usize + 1, 0);
    std::fs::write(&big, bytes).unwrap();
    assert!(
        read(&big)
            .unwrap_err()
            .to_string()
            .contains("at most 256 KiB")
    );
    let missing = read(&dir.path().join("none.png")).unwrap_err().to_string();
    assert!(missing.starts_with("cannot read the logo `"), "{missing}");
}
