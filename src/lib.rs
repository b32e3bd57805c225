//! Redline: sentence-level comparison of two versions of an article.
//!
//! Data flows one way: files are [`load`]ed into documents, documents are compared into a
//! [`compare::Comparison`] (computed once, off the UI thread), which the [`report`]
//! renderers and the [`viewer`] model only read; [`ui`] draws the model and returns actions.

pub mod atomic;
pub mod cli;
pub mod command;
pub mod compare;
pub mod load;
pub mod report;
pub mod session;
pub mod synth;
pub mod ui;
pub mod viewer;
