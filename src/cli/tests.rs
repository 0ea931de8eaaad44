use clap::CommandFactory;

use super::*;

/// Every subcommand, built (so that global options are in place).
fn commands() -> Vec<clap::Command> {
    let mut cli = Cli::command();
    cli.build();
    cli.get_subcommands().cloned().collect()
}

fn command(name: &str) -> clap::Command {
    let found = commands().into_iter().find(|c| c.get_name() == name);
    found.unwrap_or_else(|| panic!("no command {name}"))
}

#[test]
fn report_says_every_format_it_writes() {
    let report = command("report");
    let about = report
        .get_about()
        .map(ToString::to_string)
        .unwrap_or_default();
    for name in export::report::names() {
        let shown = match name {
            "summary" => "one-page summary",
            "markdown" => "Markdown",
            "html" | "json" | "csv" | "xlsx" | "oscal" => &name.to_uppercase(),
            other => panic!("a new format, {other}: say it in `report`'s about"),
        };
        assert!(about.contains(shown), "{shown} is not in: {about}");
    }
}

#[test]
fn assess_help_says_the_keys_as_the_walk_does() {
    let help = command("assess").get_after_help().map(ToString::to_string);
    let help = help.unwrap_or_default();
    assert!(help.contains(crate::interactive::screens::KEYS), "{help}");
    assert!(help.contains("q saves and quits"), "{help}");
    assert!(!help.to_lowercase().contains("\"save and quit\""), "{help}");
}

/// Examples are laid out by hand: an indented line (a command, with what it
/// does) of at most 80 columns is not broken in the middle of the command on
/// an 80-column terminal. Prose is wrapped by clap, at spaces.
#[test]
fn every_line_after_the_options_fits_80_columns() {
    let mut cli = Cli::command();
    let mut texts = vec![(
        "assure".to_owned(),
        cli.get_after_help().map(ToString::to_string),
    )];
    cli.build();
    for c in cli.get_subcommands() {
        texts.push((
            c.get_name().to_owned(),
            c.get_after_help().map(ToString::to_string),
        ));
    }
    let mut long = Vec::new();
    for (name, text) in texts {
        if name == "assess" || name == "help" {
            continue; // the walk's own keys line, wrapped by clap as prose; clap's
        }
        let text = text.unwrap_or_else(|| panic!("{name} has no examples"));
        assert!(
            text.starts_with("Example") || text.starts_with("Start here"),
            "{name}"
        );
        let over = text
            .lines()
            .filter(|l| l.starts_with("  ") && l.chars().count() > 80);
        long.extend(over.map(|l| format!("{name}: {l}")));
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// One style of "possible values": every value of every option has its own
/// help, so `--help` always lists them one a line, each with what it means.
#[test]
fn every_possible_value_says_what_it_means() {
    for c in commands() {
        for arg in c.get_arguments() {
            for value in arg.get_possible_values() {
                if value.is_hide_set() {
                    continue;
                }
                let id = arg.get_id();
                assert!(
                    value.get_help().is_some(),
                    "{} --{id} {}",
                    c.get_name(),
                    value.get_name()
                );
            }
        }
    }
}
