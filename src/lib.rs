//! Redline: sentence-level comparison of two versions of an article.
//!
//! Data flows one way: files are [`load`]ed into documents, documents are compared into a
//! [`compare::Comparison`] (computed once), and the [`report`] renderers (and the viewer)
//! only read it.

pub mod app;
pub mod atomic;
pub mod cli;
pub mod command;
pub mod compare;
pub mod load;
pub mod report;
pub mod session;
pub mod synth;
pub mod ui;
