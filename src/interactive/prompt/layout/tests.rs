use super::*;

#[test]
fn paragraphs_wrap_at_the_width_with_hanging_bullets() {
    let text = "A first paragraph that is long enough to wrap.\n  • a bullet that is also long enough to wrap\n12. a numbered line that wraps as well";
    assert_eq!(
        paragraphs(text, 24),
        "A first paragraph that\nis long enough to wrap.\n  • a bullet that is\n    also long enough\n    to wrap\n12. a numbered line that\n    wraps as well"
    );
}

#[test]
fn words_paths_and_hyphenated_words_are_never_cut() {
    let text = "Saved in /home/sam/client-files/acme-bakery/sme-baseline-answers.yaml now";
    let lines = paragraph(text, 20);
    assert!(
        lines.contains(&"/home/sam/client-files/acme-bakery/sme-baseline-answers.yaml".to_owned()),
        "{lines:?}"
    );
    assert_eq!(
        paragraph("well-known self-service", 12),
        ["well-known", "self-service"]
    );
    assert!(!paragraphs(text, 20).contains('…'));
}

#[test]
fn a_line_indented_four_spaces_is_kept_whole() {
    let line = "    xdg-open '/tmp/my folder/report.html'";
    assert_eq!(paragraph(line, 10), [line]);
}

#[test]
fn pieces_are_packed_whole() {
    let pieces: Vec<String> = ["e explain", "a add a note", "b back", "q save and quit"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(
        pack(&pieces, " · ", 30),
        ["e explain · a add a note", "b back · q save and quit"]
    );
    assert_eq!(pack(&pieces, " · ", 200).len(), 1);
}

#[test]
fn the_bar_fills_in_proportion_and_is_full_only_at_the_end() {
    assert_eq!(bar(0, 10, 10), "░░░░░░░░░░");
    assert_eq!(bar(5, 10, 10), "█████░░░░░");
    assert_eq!(bar(9, 10, 4), "███░");
    assert_eq!(bar(10, 10, 4), "████");
    assert_eq!(bar(0, 0, 3), "███");
}

#[test]
fn styles_are_plain_without_colour() {
    let look = Look::plain(40);
    assert_eq!(look.strong("x"), "x");
    assert_eq!(look.accent("x"), "x");
    let colour = Look {
        width: 40,
        colour: true,
    };
    assert!(colour.strong("x").contains('\u{1b}'));
    assert_eq!(width_of(&colour.strong("abc")), 3);
}
