use super::*;

#[test]
fn raw_html_becomes_text() {
    let html = to_html(
        "Hi <script>alert(1)</script> and <img src=x onerror=alert(1)>\n\n<div>block</div>\n",
    );
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<div"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
}

#[test]
fn only_web_and_mail_links_survive() {
    let html = to_html(
        "[a](javascript:alert(1)) [b](https://ok.example) [c](mailto:x@y.example) [d](JaVa\tScRiPt:x) [e](data:text/html,x) [f](page.html) ![g](https://img.example/x.png) <javascript:alert(2)>",
    );
    assert!(
        html.contains("<a href=\"https://ok.example\">b</a>"),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"mailto:x@y.example\">c</a>"),
        "{html}"
    );
    assert_eq!(html.matches("<a ").count(), 2, "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        !html.to_lowercase().contains("javascript:alert(1)\""),
        "{html}"
    );
    for text in ["a", "d", "e", "f", "g"] {
        assert!(html.contains(text), "{text} kept as text: {html}");
    }
}
