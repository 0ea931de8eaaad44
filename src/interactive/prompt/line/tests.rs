use super::*;

fn typed(line: &mut Line<'_>, s: &str) {
    for c in s.chars() {
        line.key(&Key::Char(c));
    }
}

#[test]
fn typing_editing_and_enter() {
    let mut l = Line::new("Your name", "");
    typed(&mut l, "Sxm");
    l.key(&Key::Left);
    l.key(&Key::Backspace);
    typed(&mut l, "a");
    l.key(&Key::End);
    typed(&mut l, " Example");
    assert_eq!(l.key(&Key::Enter), Flow::Done(Some("Sam Example".into())));
    l.key(&Key::Clear);
    assert_eq!(l.text(), "");
    assert_eq!(l.key(&Key::Escape), Flow::Done(None));
}

#[test]
fn a_paste_stays_on_one_line_without_control_characters() {
    let mut l = Line::new("Note", "a");
    l.paste("b\nc\u{1b}[31md\te");
    assert_eq!(l.text(), "ab c[31md e");
}

#[test]
fn rows_break_at_the_width_and_the_cursor_follows() {
    let mut l = Line::new("Note", "");
    typed(&mut l, "abcdefghijklmnop");
    let d = l.draw(Look::plain(10));
    assert_eq!(d.rows, ["Note › abc", "defghijklm", "nop"]);
    assert_eq!(d.cursor, (2, 3));
    l.key(&Key::Home);
    assert_eq!(l.draw(Look::plain(10)).cursor, (0, 7));
}

#[test]
fn wide_characters_never_straddle_two_rows() {
    let mut l = Line::new("N", "");
    typed(&mut l, "日本語の");
    let d = l.draw(Look::plain(10));
    assert_eq!(d.rows, ["N › 日本語", "の"]);
}

#[test]
fn a_refused_line_shows_why_until_the_next_key() {
    let mut l = Line::new("Staff", "x");
    l.refuse("Type a number using digits only, such as 12.".into());
    assert_eq!(l.draw(Look::plain(60)).rows.len(), 2);
    l.key(&Key::Backspace);
    assert_eq!(l.draw(Look::plain(60)).rows, ["Staff › "]);
}
