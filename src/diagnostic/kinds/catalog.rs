//! Finding questionnaires by id, and a profile's base.

use crate::diagnostic::kinds;

kinds! {
    /// The catalog: ids, bases, configured folders.
    pub enum Catalog {
        UnknownQuestionnaire { id: String } => UnknownQuestionnaire,
            "there is no questionnaire called `{id}`",
        ChainTooLong { max: usize } => ProfileCycle,
            "profiles are built on each other more than {max} deep here",
        Cycle { chain: String } => ProfileCycle,
            "profiles are built on each other in a circle: {chain}",
        BaseHasProblems { base: String } => InvalidBase, "the base `{base}` has problems, shown above",
        BaseNotQuestionnaire { base: String } => InvalidBase,
            "the base `{base}` is not a questionnaire or a profile",
        BaseIsAnswers { base: String } => WrongKind,
            "the base `{base}` is an answers file, not a questionnaire",
        UnknownBase { base: String } => UnknownBase, "cannot find the base `{base}`",
        NoId { name: String } => SkippedFile, "`{name}` is left out: it has no `id` at its top level",
        LeftOutOfList { name: String, problems: String } => SkippedFile,
            "`{name}` is left out of the list: it has {problems}",
    }
}
