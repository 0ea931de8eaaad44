//! Conditions (`when`), and profiles applied to their base.

use crate::diagnostic::kinds;

kinds! {
    /// A `when` condition.
    pub enum When {
        UnknownQuestion { question: String } => WhenUnknownQuestion,
            "`when` refers to `{question}`, which is not a question here",
        Itself => WhenForward, "a question's `when` cannot refer to the question itself",
        InsideSection { question: String } => WhenForward,
            "a section's `when` cannot refer to `{question}`, a question inside that section",
        Later { question: String, line: u32 } => WhenForward,
            "`when` refers to `{question}`, which comes later in the file (line {line})",
        WrongTest { test: String, works_with: String, question: String, kind: String } => WhenWrongTest,
            "`{test}` works with {works_with}, but `{question}` is a `{kind}` question",
        NotANumber { question: String, value: String } => WhenValue,
            "`{question}` takes a number, not `{value}`",
        NeverInRange { at_most: f64, at_least: f64 } => WhenValue,
            "`at_most` ({at_most}) is below `at_least` ({at_least}), so this never holds",
        NotARealAnswer { value: String } => WhenValue,
            "a condition on `{value}` never holds: conditions test real answers only",
        NotYesOrNo { question: String, value: String } => WhenValue,
            "`{question}` is a yes/no question; `{value}` is not one of its answers",
        NotAnOption { value: String, question: String } => WhenValue,
            "`{value}` is not an option of `{question}`",
    }
}

kinds! {
    /// A profile: what it selects, excludes and overrides in its base.
    pub enum Profile {
        KeptExcluded { question: String, by: String } => KeptForCondition,
            "`{question}` is excluded, but it is kept because the condition of {by} refers to it",
        Kept { question: String, by: String } => KeptForCondition,
            "`{question}` is kept because the condition of {by} refers to it",
        KeepsNothing => EmptyProfile, "this profile keeps no questions",
        NoSuchQuestion { id: String } => UnknownId, "the base has no question `{id}`",
        NoSuch { what: String, id: String } => UnknownId, "the base has no {what} `{id}`",
        OverrideNotKept { id: String } => OverrideNotKept,
            "`{id}` has overrides but is not kept by this profile",
        WeightOnInfo { id: String, kind: String } => WeightOnInfo,
            "`{id}` is a `{kind}` question, for information only; it cannot have a weight",
        CriticalNotScored { id: String } => CriticalNotScored, "`{id}` would be critical with weight 0",
        ImportantNotScored { id: String } => ImportantNotScored,
            "`{id}` would be important with weight 0",
        CriticalAndImportant { id: String } => CriticalAndImportant,
            "`{id}` cannot be both critical and important",
        MissingRecommendation { id: String } => MissingRecommendation,
            "`{id}` is scored now but has no recommendation",
        EmptyText => EmptyText, "the overridden question text is empty",
        NoTag { tag: String } => UnknownId, "no question of the base has the tag `{tag}`",
        FalseSelects { key: String } => SelectNothing, "`{key}: false` selects nothing; leave it out",
        UnusedFramework { framework: String } => UnknownFramework,
            "the base does not use the framework `{framework}`",
        NoMatch { prefix: String, framework: String } => SelectNothing,
            "no question of the base maps to `{prefix}` in {framework}",
        ReasonNotExcluded { id: String } => UnknownId,
            "`reasons` explains `{id}`, which is not excluded",
        EmptyReason { id: String } => EmptyText, "the reason for `{id}` is empty",
        NoReason { id: String } => MissingReason, "`{id}` is excluded without a reason",
    }
}
