//! Property tests (proptest) of the library on generated inputs; CI runs them with
//! the other tests. Case counts stay modest so that the whole binary runs in a few
//! seconds in a debug build; `PROPTEST_CASES=10000 cargo test --test properties`
//! runs longer searches by hand.
//!
//! - `scoring`: scores are percentages; meeting a question never lowers a score;
//!   `na` leaves other questions alone; answers files round-trip.
//! - `escaping`: Markdown escaping reads back as the text itself and nothing else;
//!   YAML scalars read back as the same string.
//! - `trimming`: trimming a profile twice gives the same questionnaire.
//! - `synthetic`: the benchmark's generated inputs load cleanly.

mod escaping;
mod generate;
mod scoring;
mod synthetic;
mod trimming;
