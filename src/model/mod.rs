//! The file formats as serde types: what authors, respondents and consultants
//! write.

pub mod answers;
pub mod condition;
pub mod profile;
pub mod questionnaire;
pub mod scoring;

pub use answers::RESERVED_VALUES;
pub use condition::{Condition, Test};
pub use profile::{Override, Profile};
pub use questionnaire::{
    Band, Choice, DerivedFrom, Effort, Question, QuestionType, Questionnaire, Recipient,
    Recommendation, Scoring, Section, YesNo,
};
