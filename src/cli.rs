//! The command line: `redline compare LEFT RIGHT [options]`, `redline history V1 V2 …
//! [options]`, and the reserved viewer form.

mod error;
mod history;
mod options;
mod output;
#[cfg(unix)]
mod stdout;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};

use crate::compare::{Comparison, parallel};
use crate::load;
use crate::report;
pub use error::CliError;
use options::{ComparisonArgs, OutputFormat, ReportArgs};

/// Exit status when the texts are the same, as `diff` does.
pub const EXIT_SAME: u8 = 0;
/// Exit status when the texts differ.
pub const EXIT_DIFFERENT: u8 = 1;
/// Exit status on any error.
pub const EXIT_ERROR: u8 = 2;

/// Redline: compare two versions of an article sentence by sentence.
#[derive(Parser, Debug)]
#[command(name = "redline", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files to open in the viewer: the original and the revision (one file replaces the
    /// revision), or three or more versions of a story in order, or a folder of versions.
    #[arg(value_name = "FILE")]
    paths: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Compare two files and print the result (exit 0 if the same, 1 if different, 2 on error).
    Compare(CompareArgs),
    /// Compare the versions of a story, each with the next, and follow every sentence across
    /// them (exit 0 if all the same, 1 if not, 2 on error).
    History(history::HistoryArgs),
}

#[derive(Args, Debug)]
struct CompareArgs {
    /// The original version: a file, or an http(s) address.
    left: PathBuf,
    /// The revised version: a file, or an http(s) address.
    right: PathBuf,
    #[command(flatten)]
    report: ReportArgs,
    #[command(flatten)]
    options: ComparisonArgs,
}

/// What the binary does with no subcommand: hand over to the viewer, if there is one, with
/// the files named on the command line.
pub type ViewerLauncher = fn(Vec<PathBuf>) -> ExitCode;

/// Parses the command line and runs it.
pub fn main(viewer: ViewerLauncher) -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Compare(args)) => report_status(|| compare(&args)),
        Some(Command::History(args)) => report_status(|| history::run(&args)),
        None => viewer(cli.paths),
    }
}

/// Runs a command that reports whether its texts are the same, as an exit status: 0 the
/// same, 1 different, 2 on an error (told in one line on standard error).
fn report_status(
    command: impl FnOnce() -> Result<bool, CliError> + std::panic::UnwindSafe,
) -> ExitCode {
    // A bug must still end in the documented status 2 with one readable line, not a
    // backtrace and status 101.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("redline: internal error: {info}");
    }));
    match std::panic::catch_unwind(command) {
        Ok(Ok(same)) => ExitCode::from(if same { EXIT_SAME } else { EXIT_DIFFERENT }),
        Ok(Err(error)) => {
            eprintln!("redline: {error}");
            ExitCode::from(EXIT_ERROR)
        }
        Err(_) => ExitCode::from(EXIT_ERROR),
    }
}

/// Runs `redline compare`; returns whether the texts are the same.
fn compare(args: &CompareArgs) -> Result<bool, CliError> {
    output::check(args.report.output.as_deref(), &[&args.left, &args.right])?;
    // Both inputs are read and decoded at once (large files, or two slow addresses).
    let (left, right) = parallel::join(true, || load::open(&args.left), || load::open(&args.right));
    let (left, right) = Comparison::segment(Arc::new(left?), Arc::new(right?));
    let options = args.options.options();
    let mut compared = None;
    let written = output::emit(
        args.report.output.as_deref(),
        args.report.color,
        |out, color| {
            let format = args.report.format;
            // JSON's sentences are written while the rows are computed.
            let (comparison, head) =
                Comparison::aligned_with(left, right, &options, |l, r| match format {
                    OutputFormat::Json => report::json::write_head(l, r, &options, out),
                    OutputFormat::Text | OutputFormat::Html => Ok(()),
                });
            let written = head.and_then(|()| match format {
                OutputFormat::Text => report::text::write(&comparison, out, color),
                OutputFormat::Json => report::json::write_rest(&comparison, out),
                OutputFormat::Html => report::html::write(&comparison, out),
            });
            compared = Some(comparison);
            written
        },
    );
    // The status says whether the texts differ even when the reader closed the output early.
    let identical = compared.as_ref().map(Comparison::is_identical);
    // The process ends here: its large allocations go with it, not one by one.
    std::mem::forget(compared);
    written?;
    // The report is written (or its reader left), so the comparison ran.
    Ok(identical.unwrap_or(false))
}
