//! `same_as` links between questionnaires, and the prefill that follows them.

use crate::diagnostic::kinds;

kinds! {
    /// `same_as` and `same_as_values`.
    pub enum Link {
        NotWritten { link: String } => SameAs, "`{link}` is not written `questionnaire-id/question-id`",
        ToItself { link: String } => SameAs,
            "`{link}` names this questionnaire; `same_as` links questions of other questionnaires",
        ValuesNotChoice => SameAs, "`same_as_values` belongs to choice and multi questions",
        ValuesWithoutLink => SameAs, "`same_as_values` has no effect without `same_as`",
        NotOurOption { value: String } => SameAs, "`{value}` is not an option of this question",
        NoQuestion { questionnaire: String, id: String } => SameAs,
            "`{questionnaire}` has no question `{id}`",
        NotFound { link: String, questionnaire: String } => SameAsNotFound,
            "cannot check `{link}`: there is no questionnaire called `{questionnaire}` here",
        OtherType { link: String, theirs: String, ours: String } => SameAsIncompatible,
            "`{link}` is a `{theirs}` question; this one is `{ours}`",
        /// `answers` counted in words: "the answer `a` ... is not an option".
        NotOptions { answers: String, values: String, link: String, are: String } => SameAsIncompatible,
            "{answers} {values} of `{link}` {are} of this question",
        NotTheirOption { value: String } => SameAs,
            "`{value}` is not an option of the questions this one is the same as",
        /// Met by `prefill`: the link names a question the other file's
        /// questionnaire does not have.
        Broken { question: String, link: String } => SameAs,
            "`{question}` is the same as `{link}`, which does not exist; nothing is carried through it",
    }
}
