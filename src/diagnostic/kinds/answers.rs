//! Answers files, YAML or workbooks, read against a questionnaire; replies
//! to merge; two files to compare.

use crate::diagnostic::kinds;

kinds! {
    /// An answers file's shape: its keys and the types of its values.
    pub enum Shape {
        UnknownKey { key: String } => UnknownKey, "unknown key `{key}`",
        MissingKey { key: &'static str } => MissingKey, "missing key `{key}`",
        AnswersNotMapping => WrongType, "`answers` should hold `question-id: answer` lines",
        NoteNotText => WrongType, "a note is text",
        EvidenceItemNotText => WrongType,
            "each piece of evidence is a line of text, such as a file name",
        EvidenceNotList => WrongType, "`evidence` is a list of text, such as file names",
        ByTooLong { max: usize } => InvalidValue,
            "`by` is who gave the answer, in one line of at most {max} characters",
        ByNotText => WrongType, "`by` is text, such as `it-provider`",
        FromNotMapping => WrongType, "`from` holds `file` and `date`",
        FromFileNotText => WrongType, "`file` is the name of the answers file",
        FromDateInvalid => InvalidValue, "`date` is a date written YYYY-MM-DD",
    }
}

kinds! {
    /// An answer against its question, and the answers file against its
    /// questionnaire. The same words for a YAML file and a workbook; where
    /// they differ (`yes` or Yes), the caller says what the question takes.
    pub enum Answering {
        UnknownQuestion { id: String, questionnaire: String } => UnknownQuestion,
            "`{id}` is not a question of `{questionnaire}`",
        NoUnknown { question: String } => UnknownNotAllowed,
            "`{question}` does not allow \"I don't know\" (`unknown`)",
        NoNa { question: String } => NaNotAllowed,
            "`{question}` does not allow \"not applicable\" (`na`)",
        YesOrNo { question: String, takes: String } => InvalidAnswer,
            "`{question}` is a yes/no question; answer {takes}",
        NotANumber { question: String } => InvalidAnswer, "`{question}` takes a number",
        NotText { question: String } => InvalidAnswer, "`{question}` takes text",
        /// `given` as written, quoted the way its file quotes it.
        NotAnOption { given: String, question: String } => InvalidAnswer,
            "{given} is not an option of `{question}`",
        NoOption { question: String } => InvalidAnswer, "`{question}` takes one of its options",
        NotAList { question: String } => InvalidAnswer, "`{question}` takes a list of its options",
        ChosenTwice { option: String } => InvalidAnswer, "`{option}` is chosen twice",
        /// By its label, as a person chose it.
        NotWithOthers { label: String } => InvalidAnswer,
            "\"{label}\" cannot be chosen together with other options",
        /// On an option row of a workbook.
        NotYesOrNo { given: String, takes: String } => InvalidAnswer,
            "{given} is not an answer here; use {takes}",
        TwoWays { given: String } => InvalidAnswer,
            "{given} is given here and on the lines below; give one or the other",
        OutOfRange { n: String, side: &'static str, question: String, bound: String } => OutOfRange,
            "{n} is {side} answer `{question}` allows, {bound}",
        Hidden { question: String, why: String } => HiddenAnswer,
            "the answer to `{question}` is kept but ignored: the question is not asked{why}",
        /// The same, in a workbook: the question by its number.
        HiddenRow { number: usize, why: String } => HiddenAnswer,
            "question {number} is answered, but its answer is ignored{why}",
        WrongQuestionnaire { given: String, questionnaire: String } => WrongQuestionnaire,
            "these answers are for `{given}`, but the questionnaire given is `{questionnaire}`",
        NotTheSame { old: String, old_id: String, new: String, new_id: String } => WrongQuestionnaire,
            "`{old}` answers `{old_id}`, but `{new}` answers `{new_id}`: compare needs two assessments of the same questionnaire",
        VersionDiffers { given: String, questionnaire: String, version: String } => VersionDiffers,
            "these answers were given to version {given} of `{questionnaire}`; this is version {version}",
        SetAside { question: String, why: String } => SetAside,
            "the answer to `{question}` is set aside: {why}",
        DigestDiffers { questionnaire: String } => DigestDiffers,
            "the questionnaire `{questionnaire}` has changed since these answers were given",
        UnknownQuestionnaire { id: String } => UnknownQuestionnaire,
            "these answers are for `{id}`, which is not a questionnaire `assure` knows",
        QuestionnaireHasProblems { file: String, id: String } => InvalidQuestionnaire,
            "cannot use `{file}`: its questionnaire `{id}` has problems, shown above",
        ReplyAnswersOther { reply: String, ours: String } => ReplyMismatch,
            "this reply answers `{reply}`, but the answers file answers `{ours}`",
        ReplyOtherVersion { reply: String, questionnaire: String, ours: String } => ReplyMismatch,
            "this reply answers version {reply} of `{questionnaire}`, but the answers file answers version {ours}",
        ReplyOtherForm { questionnaire: String, version: String } => ReplyMismatch,
            "this reply answers another form of `{questionnaire}` {version} than the answers file (their digests differ)",
        ReplyWithoutWho => MissingKey, "this reply does not say who answered it, in one short line",
        Conflicts { answers: String, differ: &'static str } => MergeConflict,
            "{answers} in the replies {differ} from answers already given; nothing was written",
        OutOfOrder { old: String, old_date: String, new: String, new_date: String } => FilesOutOfOrder,
            "{old} is dated {old_date} and {new} {new_date}: give the earlier file first",
    }
}
