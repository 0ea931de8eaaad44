//! Every kind of problem `assure` reports, by area, each with its code and
//! its message (see [`super::Kind`]). A check names the kind and fills in what
//! it found; the words are here.

mod answers;
mod catalog;
mod file;
mod import;
mod links;
mod profile;
mod questionnaire;
mod workbook;

pub use answers::{Answering, Shape};
pub use catalog::Catalog;
pub use file::{Config, File, Logo};
pub use import::Sheet;
pub use links::Link;
pub use profile::{Profile, When};
pub use questionnaire::Questionnaire;
pub use workbook::{Archive, Workbook};
