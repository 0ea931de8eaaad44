//! `assure answer`: a customer's own questionnaire answered from what the
//! supplier has already said. The customer's file is read ([`super::sheet`]),
//! the supplier's answers files are read ([`sources`], [`known`]), each
//! question is matched ([`super::matcher`]) and, where the answer is certain
//! enough, written in the sheet's own words ([`vocabulary`], [`plan`]) into
//! a copy of the customer's file ([`super::patch`]). Matches a person
//! settled are kept in the links file ([`links`]).

pub mod draft;
pub mod known;
pub mod links;
pub mod plan;
pub mod sources;
pub mod vocabulary;

#[cfg(test)]
mod accuracy;
