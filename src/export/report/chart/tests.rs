use super::*;

fn bar(label: &str, score: Option<f64>) -> Bar {
    Bar {
        label: label.into(),
        score,
        detail: "1 of 1 answered".into(),
        tone: Tone::Poor,
        total: false,
        note: None,
    }
}

fn chart(bars: Vec<Bar>) -> Chart {
    Chart {
        id: "t",
        heading: "Scores",
        caption: "Scores".into(),
        columns: ["Section", "Answered"],
        bars,
        marks: vec![("Strong".into(), 80.0)],
    }
}

#[test]
fn unicode_bars_have_ten_cells_to_an_eighth() {
    assert_eq!(unicode_bar(0.0), "░░░░░░░░░░");
    assert_eq!(unicode_bar(100.0), "██████████");
    assert_eq!(unicode_bar(50.0), "█████░░░░░");
    assert_eq!(unicode_bar(6.25), "▋░░░░░░░░░");
    assert_eq!(unicode_bar(5.0), "▌░░░░░░░░░");
    assert_eq!(unicode_bar(27.3), "██▊░░░░░░░");
    assert_eq!(unicode_bar(250.0).chars().count(), 10);
}

#[test]
fn each_bar_is_as_long_as_its_score() {
    let svg = svg(&chart(vec![
        bar("A", Some(25.0)),
        bar("B", Some(100.0)),
        bar("C", None),
    ]));
    let widths: Vec<&str> = svg
        .split("<rect class=\"bar ")
        .skip(1)
        .map(|r| {
            r.split("width=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(widths, ["25.0%", "100.0%"]);
    assert!(
        svg.contains(">1 of 1 answered</text>"),
        "no score: the detail instead"
    );
    // The band's line, at 80% of the bars' length.
    assert!(svg.contains("x1=\"80.0%\""), "{svg}");
}

#[test]
fn names_are_escaped_and_long_ones_shortened() {
    let svg = svg(&chart(vec![bar(
        "<script>alert(1)</script> and a very long section name",
        Some(10.0),
    )]));
    assert!(!svg.contains("<script"), "{svg}");
    assert!(
        svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; and…</text>"),
        "{svg}"
    );
}

#[test]
fn markdown_tables_show_the_bar_beside_the_score() {
    let md = markdown(&chart(vec![bar("A | B", Some(50.0)), bar("C", None)]));
    assert_eq!(
        md,
        "| Section | Score | | Answered |\n| --- | ---: | --- | ---: |\n| A \\| B | 50.0% | █████░░░░░ | 1 of 1 answered |\n| C | - | | 1 of 1 answered |"
    );
}
