//! The command line: `redline compare LEFT RIGHT [options]`, and the reserved viewer form.

#[cfg(unix)]
mod stdout;

use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::atomic;
use crate::compare::{Comparison, DEFAULT_THRESHOLD, Options, filter};
use crate::load::{self, LoadError};
use crate::report;

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
    /// Files to open in the viewer, at most two: the original and the revision (one file
    /// replaces the revision).
    // Any number is accepted here so that three paths get a plain message from `main`
    // rather than clap's confusing "the subcommand cannot be used with" error.
    #[arg(value_name = "FILE")]
    paths: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Compare two files and print the result (exit 0 if the same, 1 if different, 2 on error).
    Compare(CompareArgs),
}

#[derive(Args, Debug)]
struct CompareArgs {
    /// The original version: a file, or an http(s) address.
    left: PathBuf,
    /// The revised version: a file, or an http(s) address.
    right: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Treat upper and lower case as the same.
    #[arg(long)]
    ignore_case: bool,
    /// Ignore punctuation and symbols.
    #[arg(long)]
    ignore_punctuation: bool,
    /// Treat typographic quotes and dashes (“ ” ’ — –) as their plain forms.
    #[arg(long)]
    plain_typography: bool,
    /// Minimum word similarity (0 to 1) for two sentences to be paired as modified.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_parser = parse_threshold)]
    threshold: f32,
    /// Ignore sentences matching this regular expression: shown dimmed, never counted as a
    /// change (repeatable).
    #[arg(long, value_name = "REGEX", value_parser = parse_pattern)]
    ignore_sentences: Vec<String>,
    /// Ignore newsroom furniture: timestamps, credits, ads, newsletters, read-more, or
    /// newsroom for all of them (repeatable).
    #[arg(long, value_name = "NAME", value_parser = parse_preset)]
    ignore_preset: Vec<String>,
    /// Colour the text output: auto (when writing to a terminal and NO_COLOR is unset), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum OutputFormat {
    Text,
    Json,
    Html,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_threshold(value: &str) -> Result<f32, String> {
    let x: f32 = value
        .parse()
        .map_err(|_| format!("`{value}` is not a number"))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is not between 0 and 1"))
    }
}

fn parse_pattern(value: &str) -> Result<String, String> {
    filter::check(value).map(|_| value.to_string())
}

fn parse_preset(value: &str) -> Result<String, String> {
    filter::preset(value)
        .map(|_| value.to_string())
        .ok_or_else(|| {
            let names: Vec<&str> = filter::PRESETS.iter().map(|p| p.0).collect();
            format!(
                "unknown preset; one of: {}, {}",
                names.join(", "),
                filter::ALL_PRESETS
            )
        })
}

/// Why `redline compare` failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// An input could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The output would overwrite an input article (the same file, even through a hard or
    /// symbolic link).
    #[error("{0}: refusing to overwrite an input file")]
    OutputIsInput(PathBuf),
    /// Standard output was closed (`redline compare a b >&-`), so the report would be lost.
    #[error("cannot write to standard output (it is closed)")]
    StdoutClosed,
    /// Writing the output failed.
    #[error("{path}: cannot write ({source})")]
    Write {
        /// Where.
        path: String,
        /// Why.
        #[source]
        source: io::Error,
    },
}

/// What the binary does with no subcommand: hand over to the viewer, if there is one, with
/// the files named on the command line (none, one or two: more are refused before).
pub type ViewerLauncher = fn(Vec<PathBuf>) -> ExitCode;

/// The most files the viewer form opens.
const MAX_VIEWER_FILES: usize = 2;

/// Parses the command line and runs it.
pub fn main(viewer: ViewerLauncher) -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Compare(args)) => {
            // A bug must still end in the documented status 2 with one readable line, not a
            // backtrace and status 101.
            std::panic::set_hook(Box::new(|info| {
                eprintln!("redline: internal error: {info}");
            }));
            match std::panic::catch_unwind(|| compare(&args)) {
                Ok(Ok(same)) => ExitCode::from(if same { EXIT_SAME } else { EXIT_DIFFERENT }),
                Ok(Err(error)) => {
                    eprintln!("redline: {error}");
                    ExitCode::from(EXIT_ERROR)
                }
                Err(_) => ExitCode::from(EXIT_ERROR),
            }
        }
        None if cli.paths.len() > MAX_VIEWER_FILES => {
            eprintln!(
                "redline: opens one or two files (got {}): redline ORIGINAL REVISED, \
                 or redline compare ORIGINAL REVISED",
                cli.paths.len()
            );
            ExitCode::from(EXIT_ERROR)
        }
        None => viewer(cli.paths),
    }
}

/// Runs `redline compare`; returns whether the texts are the same.
fn compare(args: &CompareArgs) -> Result<bool, CliError> {
    if let Some(path) = &args.output
        && (atomic::same_file(path, &args.left) || atomic::same_file(path, &args.right))
    {
        return Err(CliError::OutputIsInput(path.clone()));
    }
    // Rust's runtime quietly reopens a closed standard output on /dev/null: without this the
    // report would vanish and the status would look like a result.
    #[cfg(unix)]
    if args.output.is_none() && stdout::is_closed() {
        return Err(CliError::StdoutClosed);
    }
    let left = Arc::new(load::open(&args.left)?);
    let right = Arc::new(load::open(&args.right)?);
    let options = Options {
        ignore_case: args.ignore_case,
        ignore_punctuation: args.ignore_punctuation,
        plain_typography: args.plain_typography,
        threshold: args.threshold,
        ignore_sentences: args
            .ignore_sentences
            .iter()
            .cloned()
            .chain(
                args.ignore_preset
                    .iter()
                    .filter_map(|name| filter::preset(name))
                    .flatten(),
            )
            .collect(),
    };
    let comparison = Comparison::new(left, right, &options);
    match &args.output {
        Some(path) => {
            let fail = |source| CliError::Write {
                path: path.display().to_string(),
                source,
            };
            // A file gets colour only when asked for explicitly.
            let color = args.color == ColorChoice::Always;
            write_output(path, |out| render(&comparison, args, out, color)).map_err(fail)?;
        }
        None => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let written = render(&comparison, args, &mut out, color).and_then(|_| out.flush());
            match written {
                // A closed pipe (`redline compare a b | head`) is the reader's choice, not an error.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
                other => other.map_err(|source| CliError::Write {
                    path: "standard output".into(),
                    source,
                })?,
            }
        }
    }
    Ok(comparison.is_identical())
}

fn render(
    comparison: &Comparison,
    args: &CompareArgs,
    out: &mut dyn Write,
    color: bool,
) -> io::Result<()> {
    match args.format {
        OutputFormat::Text => report::text::write(comparison, out, color),
        OutputFormat::Json => report::json::write(comparison, out),
        OutputFormat::Html => report::html::write(comparison, out),
    }
}

/// Streams the report into `path`. A file is replaced atomically, so a full disk or a
/// failed render leaves the previous report intact.
fn write_output(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    match fs::metadata(path) {
        // A named pipe or device (`--output /dev/stdout`) cannot be replaced by renaming, and
        // replacing it would be wrong: write into it as it is.
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            let mut out = io::BufWriter::new(fs::OpenOptions::new().write(true).open(path)?);
            write(&mut out)?;
            out.flush()
        }
        _ => {
            // Through a symbolic link, replace the file it points to (as writing in place
            // did), not the link itself.
            let is_link = fs::symlink_metadata(path).is_ok_and(|meta| meta.is_symlink());
            let target = if is_link {
                fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
            } else {
                path.to_path_buf()
            };
            atomic::write_with(&target, write)
        }
    }
}
