//! Command-line options shared by the subcommands: how sentences are compared, the output
//! format and colour.

use clap::{Args, ValueEnum};

use crate::compare::{DEFAULT_THRESHOLD, Options, filter};

/// The comparison options of `compare` and `history`.
#[derive(Args, Debug)]
pub(super) struct ComparisonArgs {
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
}

impl ComparisonArgs {
    /// The options as the engine takes them.
    pub(super) fn options(&self) -> Options {
        Options {
            ignore_case: self.ignore_case,
            ignore_punctuation: self.ignore_punctuation,
            plain_typography: self.plain_typography,
            threshold: self.threshold,
            ignore_sentences: self
                .ignore_sentences
                .iter()
                .cloned()
                .chain(
                    self.ignore_preset
                        .iter()
                        .filter_map(|name| filter::preset(name))
                        .flatten(),
                )
                .collect(),
        }
    }
}

/// Where and how a report is written, the same for `compare` and `history`.
#[derive(Args, Debug)]
pub(super) struct ReportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub(super) format: OutputFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub(super) output: Option<std::path::PathBuf>,
    /// Colour the text output: auto (when writing to a terminal and NO_COLOR is unset), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub(super) color: ColorChoice,
}

/// The report's format.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum OutputFormat {
    // Variants have no doc comments: clap would list them as long help.
    Text,
    Json,
    Html,
}

/// When the text report is coloured.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ColorChoice {
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
