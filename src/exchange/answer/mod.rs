//! `assure answer`: a customer's own questionnaire answered from what the
//! supplier has already said. The customer's file is read ([`super::sheet`]),
//! the supplier's answers files are read ([`sources`], [`known`]), each
//! question is matched ([`super::matcher`]) and, where the answer is certain
//! enough, written in the sheet's own words ([`vocabulary`], [`plan`]) into
//! a copy of the customer's file ([`super::patch`]). Matches a person
//! settled are kept in the links file ([`links`], [`settle`]).

/// The most questions one customer sheet may hold for `answer`: customers
/// send 25 to 500; a sheet of many thousands is not a questionnaire, and
/// every question costs a row in the copy, the draft, the answers file and the
/// review (the budget of a 1 MiB input is 5 s and 200 MB).
pub const MAX_QUESTIONS: usize = 5_000;

pub mod draft;
pub mod known;
pub mod links;
pub mod plan;
pub mod settle;
pub mod sources;
pub mod vocabulary;
