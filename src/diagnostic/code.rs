//! Every diagnostic code the program emits, with its one-line meaning: the one
//! list that `docs/formats.md` documents (a test checks that each code is there).

use std::fmt;

use serde::{Serialize, Serializer};

macro_rules! codes {
    ($($variant:ident = $name:literal : $meaning:literal,)*) => {
        /// A stable name for a rule, shown in brackets: `error[unknown-key]`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the order of this list.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The name shown to people and tools, such as `unknown-key`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// What the rule is, in one line.
            pub fn meaning(self) -> &'static str {
                match self {
                    $(Code::$variant => $meaning,)*
                }
            }
        }
    };
}

codes! {
    // Reading files.
    FileNotFound = "file-not-found": "the file does not exist",
    FileUnreadable = "file-unreadable": "the file cannot be read (permissions, a folder, an I/O error)",
    FileTooLarge = "file-too-large": "the file is larger than the size limit",
    NotUtf8 = "not-utf8": "the file is not UTF-8 text",
    InvalidYaml = "invalid-yaml": "the file is not valid YAML, or breaks a limit on nesting, aliases or value size",
    NotAMapping = "not-a-mapping": "the file does not hold `key: value` lines at its top level",
    // The shape of a file.
    UnknownKey = "unknown-key": "a key the format does not have",
    MissingKey = "missing-key": "a required key is missing",
    DuplicateKey = "duplicate-key": "a key appears twice in one mapping",
    WrongType = "wrong-type": "a value of the wrong type (text for a number, a list for a mapping)",
    UnknownValue = "unknown-value": "a value that is not one of those allowed",
    InvalidValue = "invalid-value": "a value that breaks a rule of its key",
    // Questionnaires.
    InvalidId = "invalid-id": "an id that is not a slug",
    DuplicateId = "duplicate-id": "an id used twice where ids must be unique",
    InvalidVersion = "invalid-version": "a version that is not a semantic version",
    EmptyText = "empty-text": "a title, text, label or recommendation that is empty",
    NoQuestions = "no-questions": "a questionnaire or section without questions",
    MissingOptions = "missing-options": "a choice or multi question without options",
    OptionsNotAllowed = "options-not-allowed": "options on a question that is not choice or multi",
    TooFewOptions = "too-few-options": "fewer than two options",
    ReservedValue = "reserved-value": "an option value that is `unknown` or `na`",
    ScoreOutOfRange = "score-out-of-range": "an option score outside 0 to 1",
    NoFullScore = "no-full-score": "a scored question whose best answer scores below 1",
    ExclusiveNotMulti = "exclusive-not-multi": "`exclusive` on an option of a question that is not multi",
    WeightOnInfo = "weight-on-info": "a weight on a number or text question",
    ExpectNotYesNo = "expect-not-yes-no": "`expect` on a question that is not yes/no",
    NumberOnly = "number-only": "`min`, `max` or `unit` on a question that is not a number",
    MinAboveMax = "min-above-max": "`min` above `max`",
    CriticalNotScored = "critical-not-scored": "a critical question with weight 0",
    ImportantNotScored = "important-not-scored": "an important question with weight 0",
    CriticalAndImportant = "critical-and-important": "a question marked both critical and important",
    MissingRecommendation = "missing-recommendation": "a scored question without a recommendation",
    NaNotScored = "na-not-scored": "`allow_na` on a question that is not scored",
    UnknownFramework = "unknown-framework": "a `maps` key that is not declared in `frameworks`",
    UnknownReference = "unknown-reference": "a framework reference that is not an id of that framework",
    MeetsNotMapped = "meets-not-mapped": "an option's `meets` names a reference that its question does not map to",
    InvalidBands = "invalid-bands": "rating bands that do not go strictly down to 0",
    UnknownBand = "unknown-band": "a `critical_cap` or `important_cap` that names no band",
    SameAs = "same-as": "a `same_as` or `same_as_values` that is not well formed, or names a question that does not exist",
    SameAsIncompatible = "same-as-incompatible": "a `same_as` question of another type, or with answers this question cannot take",
    SameAsNotFound = "same-as-not-found": "a `same_as` questionnaire that cannot be found, so the pair is not checked",
    // Conditions.
    WhenForward = "when-forward": "a condition on a question that comes later, or on its own section",
    WhenUnknownQuestion = "when-unknown-question": "a condition on a question that does not exist",
    WhenWrongTest = "when-wrong-test": "a test that does not fit the type of its question",
    WhenValue = "when-value": "a value that the question of a condition cannot take",
    // Profiles.
    UnknownId = "unknown-id": "an id in a profile that the base does not have",
    MissingReason = "missing-reason": "an exclusion without a reason",
    KeptForCondition = "kept-for-condition": "a question kept because a condition of a kept question refers to it",
    SelectNothing = "select-nothing": "a selector that selects nothing",
    EmptyProfile = "empty-profile": "a profile that keeps no questions",
    OverrideNotKept = "override-not-kept": "an override of a question the profile does not keep",
    UnknownBase = "unknown-base": "a profile's base that cannot be found",
    InvalidBase = "invalid-base": "a profile's base that has problems of its own",
    WrongKind = "wrong-kind": "a file of another kind than the one needed (an answers file given as a questionnaire)",
    ProfileCycle = "profile-cycle": "profiles built on each other in a circle, or a chain too long",
    // Answers files.
    UnknownQuestionnaire = "unknown-questionnaire": "the questionnaire an answers file names cannot be found",
    InvalidQuestionnaire = "invalid-questionnaire": "the questionnaire of an answers file has problems of its own",
    WrongQuestionnaire = "wrong-questionnaire": "answers for another questionnaire than the one given",
    VersionDiffers = "version-differs": "answers given to another version of the questionnaire",
    DigestDiffers = "digest-differs": "answers given to the same version of a questionnaire that has since changed",
    UnknownQuestion = "unknown-question": "an answer to a question the questionnaire does not have",
    InvalidAnswer = "invalid-answer": "an answer that the question does not take",
    OutOfRange = "out-of-range": "a number outside the range the question allows",
    NaNotAllowed = "na-not-allowed": "`na` where the question does not allow it",
    UnknownNotAllowed = "unknown-not-allowed": "`unknown` where the question does not allow it",
    HiddenAnswer = "hidden-answer": "an answer to a question that is not asked; it is kept but ignored",
    SetAside = "set-aside": "an answer given to an earlier version of the questionnaire that no longer fits it; it is kept in the file, listed in the report and counts as unanswered",
    ReplyMismatch = "reply-mismatch": "a reply to merge that answers another questionnaire, version or form than the answers file",
    MergeConflict = "merge-conflict": "a reply's answer that differs from an answer already given, with no `--prefer` to settle it",
    FilesOutOfOrder = "files-out-of-order": "two answers files given to `compare` newest first",
    // Answers workbooks and imported spreadsheets.
    Formula = "formula": "a cell that is read holds a formula, which is never evaluated",
    CellError = "cell-error": "a cell holds a spreadsheet error such as `#N/A`",
    CellTooLong = "cell-too-long": "a cell holds more text than the limit",
    MergedCells = "merged-cells": "merged cells where one value per cell is read",
    NoQuestionId = "no-question-id": "an answer on a row of a workbook that has no question id",
    DuplicateRow = "duplicate-row": "a question with two rows in a workbook",
    MissingField = "missing-field": "a workbook whose `About` sheet does not give the questionnaire's id",
    NoHeader = "no-header": "a workbook whose `Answers` sheet has no header row",
    WrongSheet = "wrong-sheet": "a workbook without a sheet that is needed",
    InvalidWorkbook = "invalid-workbook": "a file that is not an `.xlsx` workbook that can be read",
    WorkbookTooLarge = "workbook-too-large": "a workbook that would unpack to more than the limits allow",
    ZipBomb = "zip-bomb": "a part of a workbook that would inflate more than 100 times",
    TooManyCells = "too-many-cells": "a sheet with more rows or filled cells than the limit",
    RowLeftOut = "row-left-out": "a row of an imported spreadsheet that is not in the draft",
    InvalidImport = "invalid-import": "a spreadsheet that cannot be imported",
    // Config and the catalog.
    InvalidConfig = "invalid-config": "a problem in `assure.toml`",
    MissingFolder = "missing-folder": "a folder in `questionnaire_dirs` that does not exist",
    SkippedFile = "skipped-file": "a file in a configured folder that is left out of `assure list` because it has problems",
}

impl Code {
    /// The code named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
