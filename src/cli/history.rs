//! `redline history V1 V2 … [options]`: a story's versions compared each with the next, and
//! every sentence's thread across them, as text, JSON or an HTML page.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use clap::{Args, ValueEnum};

use super::error::CliError;
use super::options::{ComparisonArgs, OutputFormat, ReportArgs};
use super::output;
use crate::compare::history::{self, History, Order};
use crate::report::history as report;

/// The arguments of `redline history`.
#[derive(Args, Debug)]
pub(super) struct HistoryArgs {
    /// The versions, oldest first (or in any order with --order time); a folder stands for
    /// its files, oldest first.
    #[arg(value_name = "VERSION", required = true, num_args = 1..)]
    versions: Vec<PathBuf>,
    /// Order of the versions: as given, or by time (oldest first): a page's own updated or
    /// published time, else the file's modification time; equal times by name, v2 before v10.
    #[arg(long, value_enum, default_value_t = VersionOrder::Given)]
    order: VersionOrder,
    #[command(flatten)]
    report: ReportArgs,
    #[command(flatten)]
    options: ComparisonArgs,
}

/// `--order`, as the command line spells it.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum VersionOrder {
    Given,
    Time,
}

/// A file's modification time, where the system tells it.
fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|meta| meta.modified()).ok()
}

/// Runs `redline history`; returns whether every version is the same as the previous one.
pub(super) fn run(args: &HistoryArgs) -> Result<bool, CliError> {
    let mut expanded = Vec::with_capacity(args.versions.len());
    for path in &args.versions {
        if path.is_dir() {
            // A folder's files, oldest first.
            let found = crate::load::versions_in(path)?;
            let ordered = history::order(&found, Order::ModificationTime);
            expanded.extend(
                ordered
                    .into_iter()
                    .filter_map(|i| found.get(i))
                    .map(|f| f.0.clone()),
            );
        } else {
            expanded.push(path.clone());
        }
    }
    if expanded.len() < 2 {
        return Err(CliError::Usage(format!(
            "history needs at least two versions (got {})",
            expanded.len()
        )));
    }
    let inputs: Vec<&Path> = expanded.iter().map(PathBuf::as_path).collect();
    output::check(args.report.output.as_deref(), &inputs)?;
    let order = match args.order {
        VersionOrder::Given => Order::Given,
        VersionOrder::Time => Order::ModificationTime,
    };
    // Read first: a page's own updated or published time counts before its file's time.
    let mut loaded = Vec::with_capacity(inputs.len());
    for &path in &inputs {
        let document = crate::load::open(path)?;
        let time = document.meta.time().or_else(|| modified(path));
        loaded.push((path, time, Arc::new(document)));
    }
    let dated: Vec<(&Path, Option<SystemTime>)> = loaded
        .iter()
        .map(|(path, time, _)| (*path, *time))
        .collect();
    let mut documents = Vec::with_capacity(loaded.len());
    let mut times = Vec::with_capacity(loaded.len());
    for index in history::order(&dated, order) {
        if let Some((_, time, document)) = loaded.get(index) {
            documents.push(document.clone());
            times.push(*time);
        }
    }
    let history = History::new(documents, &args.options.options());
    output::emit(
        args.report.output.as_deref(),
        args.report.color,
        |out, color| match args.report.format {
            OutputFormat::Text => report::text::write(&history, out, color),
            OutputFormat::Json => report::json::write(&history, out),
            OutputFormat::Html => report::html::write(&history, &times, out),
        },
    )?;
    Ok(history.is_identical())
}
