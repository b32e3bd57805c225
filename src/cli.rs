//! The command line: `redline compare LEFT RIGHT [options]`, and the reserved viewer form.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::compare::{Comparison, DEFAULT_THRESHOLD, Options};
use crate::load::{Document, LoadError};
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
    /// The original, to open in the viewer.
    left: Option<PathBuf>,
    /// The revision, to open in the viewer.
    right: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Compare two files and print the result (exit 0 if the same, 1 if different, 2 on error).
    Compare(CompareArgs),
}

#[derive(Args, Debug)]
struct CompareArgs {
    /// The original version.
    left: PathBuf,
    /// The revised version.
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

/// Why `redline compare` failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// An input could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The output would overwrite an input article.
    #[error("{0}: refusing to overwrite an input file")]
    OutputIsInput(PathBuf),
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

/// What the binary does with no subcommand: hand over to the viewer, if there is one.
pub type ViewerLauncher = fn(Option<PathBuf>, Option<PathBuf>) -> ExitCode;

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
        None => viewer(cli.left, cli.right),
    }
}

/// Runs `redline compare`; returns whether the texts are the same.
fn compare(args: &CompareArgs) -> Result<bool, CliError> {
    if let Some(path) = &args.output
        && (same_file(path, &args.left) || same_file(path, &args.right))
    {
        return Err(CliError::OutputIsInput(path.clone()));
    }
    let left = Arc::new(Document::load(&args.left)?);
    let right = Arc::new(Document::load(&args.right)?);
    let options = Options {
        ignore_case: args.ignore_case,
        ignore_punctuation: args.ignore_punctuation,
        plain_typography: args.plain_typography,
        threshold: args.threshold,
    };
    let comparison = Comparison::new(left, right, &options);
    match &args.output {
        Some(path) => {
            let fail = |source| CliError::Write {
                path: path.display().to_string(),
                source,
            };
            let mut buffer = Vec::new();
            // A file gets colour only when asked for explicitly.
            let color = args.color == ColorChoice::Always;
            render(&comparison, args, &mut buffer, color).map_err(fail)?;
            std::fs::write(path, buffer).map_err(fail)?;
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

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
