use super::*;

#[test]
fn the_commands_without_a_terminal_stand_in_one_column() {
    let said = Usage::NoTerminal {
        questionnaire: "sme-baseline".into(),
    }
    .to_string();
    assert_eq!(
        said,
        "`assure assess` asks its questions in a terminal, and there is none here.\n\
         Without a terminal, fill in an answers file instead:\n  \
         assure template sme-baseline -o answers.yaml   a blank answers file: fill it in with any text editor\n  \
         assure report answers.yaml                     the report, once it is filled in"
    );
}

#[test]
fn an_aside_is_in_brackets_or_nothing() {
    let in_use = |who: Option<&str>| {
        Usage::InUse {
            file: "a.yaml".into(),
            who: Aside(who.map(str::to_owned)),
        }
        .to_string()
    };
    assert!(
        in_use(Some("pid 7")).starts_with("a.yaml is open in another `assure assess` (pid 7)\n")
    );
    assert!(in_use(None).starts_with("a.yaml is open in another `assure assess`\n"));
    assert!(in_use(Some("")).starts_with("a.yaml is open in another `assure assess`\n"));
}
