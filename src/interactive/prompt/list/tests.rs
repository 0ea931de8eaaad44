use super::*;

fn menu() -> Menu {
    Menu {
        prompt: String::new(),
        items: vec![
            Entry::keyed('y', "Yes"),
            Entry::keyed('n', "No"),
            Entry::keyed('?', "I don't know"),
        ],
        default: 1,
        keys: vec![
            Entry::keyed('b', "back"),
            Entry::keyed('q', "save and quit"),
        ],
    }
}

#[test]
fn the_pointer_marks_the_current_item_without_colour() {
    let m = menu();
    let mut l = List::menu(&m);
    let lines = l.lines(Look::plain(60), 40);
    assert_eq!(
        lines,
        [
            "  y  Yes",
            "❯ n  No",
            "  ?  I don't know",
            "",
            "b back · q save and quit"
        ]
    );
    assert_eq!(l.pick(&Key::Up), Flow::Stay);
    assert!(l.lines(Look::plain(60), 40)[0].starts_with("❯ y"));
}

#[test]
fn keys_pick_at_once_and_arrows_wrap_around() {
    let m = menu();
    let mut l = List::menu(&m);
    assert_eq!(l.pick(&Key::Char('?')), Flow::Done(Picked::Item(2)));
    assert_eq!(l.pick(&Key::Char('Y')), Flow::Done(Picked::Item(0)));
    assert_eq!(l.pick(&Key::Char('q')), Flow::Done(Picked::Key(1)));
    l.pick(&Key::Down);
    l.pick(&Key::Down);
    assert_eq!(
        l.pick(&Key::Enter),
        Flow::Done(Picked::Item(0)),
        "wrapped to the top"
    );
}

#[test]
fn a_key_that_does_nothing_says_what_to_do() {
    let m = menu();
    let mut l = List::menu(&m);
    assert_eq!(l.pick(&Key::Char('x')), Flow::Stay);
    let lines = l.lines(Look::plain(80), 40).join("\n");
    assert!(lines.contains("Press one of the keys shown"), "{lines}");
}

#[test]
fn ticks_show_a_pointer_and_boxes_and_toggle_by_space_or_number() {
    let t = Ticks {
        prompt: "Tick each answer that applies:".into(),
        items: vec![Entry::keyed('1', "Laptops"), Entry::keyed('2', "Phones")],
        checked: vec![false, true],
        keys: vec![Entry::keyed('?', "I don't know")],
    };
    let mut l = List::ticks(&t);
    let lines = l.lines(Look::plain(60), 40);
    assert_eq!(lines[1], "❯ [ ] 1  Laptops");
    assert_eq!(lines[2], "  [x] 2  Phones");
    assert_eq!(l.tick(&Key::Char(' ')), Flow::Stay);
    assert_eq!(l.tick(&Key::Char('2')), Flow::Stay);
    let lines = l.lines(Look::plain(60), 40);
    assert_eq!(lines[1], "  [x] 1  Laptops");
    assert_eq!(
        lines[2], "❯ [ ] 2  Phones",
        "the pointer follows the number"
    );
    assert_eq!(l.tick(&Key::Enter), Flow::Done(Ticked::Done(vec![0])));
    assert_eq!(l.tick(&Key::Char('?')), Flow::Done(Ticked::Key(0)));
}

#[test]
fn long_labels_wrap_under_themselves() {
    let m = Menu {
        items: vec![Entry::keyed(
            '1',
            "Yes, for every supplier that holds our data or can log in",
        )],
        ..Menu::default()
    };
    let mut l = List::menu(&m);
    assert_eq!(
        l.lines(Look::plain(30), 40),
        [
            "❯ 1  Yes, for every supplier",
            "     that holds our data or",
            "     can log in"
        ]
    );
}

#[test]
fn a_long_list_scrolls_with_the_pointer() {
    let m = Menu {
        items: (0..30)
            .map(|i| Entry::new(None, format!("item {i}")))
            .collect(),
        ..Menu::default()
    };
    let mut l = List::menu(&m);
    let first = l.lines(Look::plain(40), 10);
    assert_eq!(first.len(), 10);
    assert_eq!(first[0], "");
    assert_eq!(first[1], "❯ item 0");
    assert_eq!(first[9], "  (22 more below)");
    for _ in 0..12 {
        l.pick(&Key::Down);
    }
    let lines = l.lines(Look::plain(40), 10);
    assert_eq!(lines.len(), 10);
    assert!(lines.contains(&"❯ item 12".to_owned()), "{lines:?}");
    assert_eq!(lines[0], "  (5 more above)");
    // One step down moves the window by one, not a page.
    l.pick(&Key::Down);
    assert_eq!(l.lines(Look::plain(40), 10)[0], "  (6 more above)");
}

#[test]
fn a_second_key_picks_the_same_and_is_shown_beside_the_first() {
    let m = Menu {
        items: vec![
            Entry::keyed('y', "Yes"),
            Entry::keyed('?', "I don't know").or('d'),
        ],
        ..Menu::default()
    };
    let mut l = List::menu(&m);
    assert_eq!(
        l.lines(Look::plain(60), 40),
        ["❯ y    Yes", "  ?/d  I don't know"]
    );
    assert_eq!(l.pick(&Key::Char('d')), Flow::Done(Picked::Item(1)));
    assert_eq!(l.pick(&Key::Char('?')), Flow::Done(Picked::Item(1)));
}

#[test]
fn typing_a_number_goes_to_that_item_and_enter_picks_it() {
    let labels = ["Back", "1. One", "2. Two", "12. Twelve", "13. Thirteen"];
    let m = Menu {
        items: labels.iter().map(|l| Entry::new(None, *l)).collect(),
        ..Menu::default()
    };
    let mut l = List::menu(&m);
    assert_eq!(l.pick(&Key::Char('1')), Flow::Stay);
    assert!(l.lines(Look::plain(60), 40).iter().any(|x| x == "❯ 1. One"));
    assert_eq!(l.pick(&Key::Char('2')), Flow::Stay);
    let lines = l.lines(Look::plain(60), 40);
    assert!(lines.iter().any(|x| x == "❯ 12. Twelve"), "{lines:?}");
    assert!(lines.iter().any(|x| x.contains("Press Enter to choose it")));
    assert_eq!(l.pick(&Key::Enter), Flow::Done(Picked::Item(3)));
    // A number no item has starts again from the digit typed.
    let mut l = List::menu(&m);
    for c in ['1', '3', '2'] {
        l.pick(&Key::Char(c));
    }
    assert_eq!(l.pick(&Key::Enter), Flow::Done(Picked::Item(2)));
    let mut l = List::menu(&m);
    l.pick(&Key::Char('9'));
    assert!(
        l.lines(Look::plain(60), 40)
            .iter()
            .any(|x| x.contains("Nothing in the list has that number"))
    );
}
