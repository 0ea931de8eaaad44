//! `assure answer`: a customer's own questionnaire answered and written back.

mod accuracy;
mod example;
mod fidelity;
mod input;
mod public;
mod rest;
