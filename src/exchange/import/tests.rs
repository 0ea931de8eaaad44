use super::columns::Columns;
use super::draft;
use super::{check, table, yaml};
use crate::model::QuestionType;
use crate::text::slug::of_words as slug;

fn import(csv: &str, spec: &str) -> (draft::Draft, String) {
    let t = table::csv(csv).unwrap();
    let d = draft::build(&t, &Columns::parse(spec).unwrap(), 1);
    let head = yaml::Head {
        id: "t",
        title: "T",
        source: "t.csv",
    };
    let text = yaml::write(&d, &head, &|r, c| t.at(r, c));
    (d, text)
}

const SHEET: &str = "Ref;Area;Question;Type;Options;Critical;Expected\r\n\
;1. Access;;;;;\r\n\
A-1;Access;Do you use MFA?;Yes/No/N/A;;Y;Turn on MFA. For everyone.\r\n\
A-2;Access;Which sign-in methods?;Select all that apply;Passwords | Apps | Keys;;\r\n\
A-3;Access;How often do you review access?;Single choice;\"Monthly; Yearly; Never; N/A; Don't know\";;\r\n\
;;;;;;\r\n\
A-4;Access;Do you use MFA?;Yes/No;;;\r\n\
B-1;Backups;Do you back up daily?;Y/N;;yes;\r\n\
B-2;Backups;How many copies?;Number;;;\r\n\
;Thank you!;;;;;\r\n";

const SPEC: &str = "id=A,section=B,text=C,type=D,options=E,critical=F,recommendation=G";

#[test]
fn every_row_is_a_question_a_section_or_left_out_with_its_cell() {
    let (d, _) = import(SHEET, SPEC);
    let titles: Vec<&str> = d.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["1. Access", "Backups"]);
    let ids: Vec<&str> = d
        .sections
        .iter()
        .flat_map(|s| s.questions.iter().map(|q| q.id.as_str()))
        .collect();
    assert_eq!(ids, ["a-1", "a-2", "a-3", "b-1", "b-2"]);
    let left: Vec<String> = d
        .left_out
        .iter()
        .map(|l| {
            format!(
                "{}{}: {}",
                crate::source::cell::column_name(l.col),
                l.row + 1,
                l.reason
            )
        })
        .collect();
    assert_eq!(
        left,
        [
            "A1: the header row (see --header-rows)",
            "C6: an empty row",
            "C7: the same question as C3",
            "B10: the section title \"Thank you!\" has no question under it",
        ]
    );
}

#[test]
fn a_question_counts_only_with_a_recommendation_and_otherwise_says_what_to_add() {
    let (d, text) = import(SHEET, SPEC);
    let q = |id: &str| {
        d.sections
            .iter()
            .flat_map(|s| &s.questions)
            .find(|q| q.id == id)
            .unwrap()
    };
    let mfa = q("a-1");
    assert_eq!((mfa.weight, mfa.critical, mfa.allow_na), (1, true, true));
    assert_eq!(mfa.recommendation.as_ref().unwrap().0, "Turn on MFA");
    let methods = q("a-2");
    assert_eq!(methods.kind, QuestionType::Multi);
    assert_eq!(
        methods
            .options
            .iter()
            .map(|o| o.1.as_str())
            .collect::<Vec<_>>(),
        ["Passwords", "Apps", "Keys"]
    );
    let review = q("a-3");
    assert_eq!(review.kind, QuestionType::Choice);
    assert_eq!(
        review.options.len(),
        3,
        "N/A and Don't know are not options: {:?}",
        review.options
    );
    let daily = q("b-1");
    assert_eq!((daily.weight, daily.critical), (0, false));
    assert!(
        daily
            .todo
            .iter()
            .any(|t| t.contains("write one, then remove `weight: 0`")),
        "{:?}",
        daily.todo
    );
    assert!(
        daily.todo.iter().any(|t| t.contains("critical")),
        "{:?}",
        daily.todo
    );
    assert_eq!(q("b-2").kind, QuestionType::Number);
    assert!(text.contains("# TODO: "));
    check(&text, "t.yaml").unwrap();
}

#[test]
fn any_table_makes_a_draft_that_validates() {
    let nasty = "q\r\n=1+1\r\n\"two\nlines: with: colons\"\r\n- a list?\r\n'quoted'\r\nunknown\r\nna\r\n#hash\r\n{ x: 1 }\r\n&anchor *alias\r\n";
    let (_, text) = import(nasty, "text=A");
    check(&text, "t.yaml").unwrap_or_else(|d| {
        panic!(
            "{text}\n{:?}",
            d.iter().map(|d| d.message.clone()).collect::<Vec<_>>()
        )
    });
    let (d, text) = import(
        "t,type,opts\r\nPick,choice,Only one\r\n",
        "text=A,type=B,options=C",
    );
    assert_eq!(d.sections[0].questions[0].kind, QuestionType::Text);
    check(&text, "t.yaml").unwrap();
}

#[test]
fn slugs_are_short_and_safe() {
    assert_eq!(slug("IAM-01", 12), "iam-01");
    assert_eq!(
        slug("Do all staff use a second step to sign in?", 6),
        "do-all-staff-use-a-second"
    );
    assert_eq!(slug("¿Qué?", 6), "qu");
    assert_eq!(slug("", 6), "");
}

#[test]
fn an_unclosed_quote_is_an_error_where_it_opens_not_the_rest_of_the_file() {
    let csv = "Ref,Question,Type\n1,\"Do you use MFA?,yesno\n2,Do you back up daily?,yesno\n";
    assert!(matches!(
        table::csv(csv),
        Err(crate::diagnostic::kinds::Sheet::UnclosedQuote { line: 2, col: 3 })
    ));
    // A quote inside a cell that did not open with one is text.
    let t = table::csv("Ref,Question\n1,Is the 19\" rack locked?\n").unwrap();
    assert_eq!(t.rows.len(), 2);
}

#[test]
fn the_separator_is_read_past_a_title_line_that_has_none() {
    use super::separated::separator;
    let titled = "Supplier questionnaire for Acme Ltd\nRef,Question\n1,Do you use MFA?\n";
    assert_eq!(separator(titled), b',');
    assert_eq!(
        separator("Our questions\nRef;Question\n1;Do you back up, daily?\n"),
        b';'
    );
    assert_eq!(separator("Ref\tQuestion\n1\tDo you use MFA?\n"), b'\t');
    assert_eq!(separator("Just one line of text\n"), b',');
    assert_eq!(separator(""), b',');
    let t = table::csv(titled).unwrap();
    let last = t.rows.values().last().map(|r| r.len());
    assert_eq!(last, Some(2), "the questions are two columns");
}

#[test]
fn options_on_lines_of_their_own_are_not_split_again() {
    assert_eq!(
        super::cell::items("Option A; with detail\nOption B"),
        ["Option A; with detail", "Option B"]
    );
    assert_eq!(super::cell::items("Yes; No | N/A"), ["Yes", "No", "N/A"]);
}

#[test]
fn an_id_made_for_a_repeated_reference_is_not_another_reference() {
    let csv = "Ref,Question\n5.1,Are entry logs kept at the office?\n5.1,Are entry logs kept at the data centre?\n5.1.2,Are entry logs reviewed?\n";
    let t = table::csv(csv).unwrap();
    let columns = super::columns::Columns::parse("id=A,text=B").unwrap();
    let d = super::draft::build(&t, &columns, 1);
    let ids: Vec<&str> = d
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ids, ["5-1", "5-1-3", "5-1-2"]);
}
