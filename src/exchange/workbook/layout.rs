//! The shape of an answers workbook, shared by the writer (`template --format
//! xlsx`) and the reader: sheet names, column titles, the fields of the `About`
//! sheet. The reader finds columns and fields by these titles, not by position.

use crate::model::{Choice, Question};

/// The first sheet: instructions, the respondent's details, and which
/// questionnaire the workbook answers.
pub const ABOUT: &str = "About";
/// One row per question (and one per option of a `multi` question).
pub const ANSWERS: &str = "Answers";
/// Hidden: the lists that the answer cells' drop-downs offer.
pub const LISTS: &str = "Lists";

/// The columns of the `Answers` sheet. Sections are not a column: each
/// starts with a row of its own that holds its title. Nor are the questions'
/// numbers: each question's text starts with it. A column the reader has no
/// use for is a cell on every row that it streams past.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The question's number and text ("12. Do you …").
    Question,
    Help,
    Answer,
    Note,
    Evidence,
    Id,
}

impl Column {
    pub const ALL: [Column; 6] = [
        Column::Question,
        Column::Help,
        Column::Answer,
        Column::Note,
        Column::Evidence,
        Column::Id,
    ];

    /// The title in the header row.
    pub fn title(self) -> &'static str {
        match self {
            Column::Question => "Question",
            Column::Help => "What this means",
            Column::Answer => "Your answer",
            Column::Note => "Note",
            Column::Evidence => "Evidence",
            Column::Id => "Question id",
        }
    }

    /// The position in the template, from 0.
    pub fn index(self) -> u16 {
        match self {
            Column::Question => 0,
            Column::Help => 1,
            Column::Answer => 2,
            Column::Note => 3,
            Column::Evidence => 4,
            Column::Id => 5,
        }
    }

    /// Width in characters, chosen so that a landscape page holds every column.
    pub fn width(self) -> f64 {
        match self {
            Column::Question => 50.0,
            Column::Help => 53.0,
            Column::Answer => 18.0,
            Column::Note => 28.0,
            Column::Evidence => 22.0,
            Column::Id => 24.0,
        }
    }
}

/// The fields of the `About` sheet: the title in column A, the value in column B.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Organisation,
    Name,
    Role,
    Email,
    Date,
    QuestionnaireId,
    Version,
    Digest,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Organisation,
        Field::Name,
        Field::Role,
        Field::Email,
        Field::Date,
        Field::QuestionnaireId,
        Field::Version,
        Field::Digest,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Field::Organisation => "Organisation",
            Field::Name => "Your name",
            Field::Role => "Your role",
            Field::Email => "Email",
            Field::Date => "Date",
            Field::QuestionnaireId => "Questionnaire id",
            Field::Version => "Version",
            Field::Digest => "Digest",
        }
    }

    /// The key it becomes in the answers tree, under `respondent` or `questionnaire`.
    pub fn key(self) -> (&'static str, &'static str) {
        match self {
            Field::Organisation => ("respondent", "organisation"),
            Field::Name => ("respondent", "name"),
            Field::Role => ("respondent", "role"),
            Field::Email => ("respondent", "email"),
            Field::Date => ("respondent", "date"),
            Field::QuestionnaireId => ("questionnaire", "id"),
            Field::Version => ("questionnaire", "version"),
            Field::Digest => ("questionnaire", "digest"),
        }
    }
}

/// What the id column of a `multi` question's option row holds:
/// `question-id/option-value`. Ids are slugs, so the slash cannot be part of one.
pub fn option_row_id(q: &Question, o: &Choice) -> String {
    format!("{}/{}", q.id.value, o.value.value)
}

/// The question id and option value of an option row's id, if it is one.
pub fn split_option_row_id(id: &str) -> Option<(&str, &str)> {
    id.split_once('/')
}
