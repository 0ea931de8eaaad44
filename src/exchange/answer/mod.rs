//! `assure answer`: a customer's own questionnaire answered from what the
//! supplier has already said.

pub mod known;

#[cfg(test)]
mod accuracy;
