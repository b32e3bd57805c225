//! Command-line options shared by the subcommands: how sentences are compared, the output
//! format and colour.

use clap::{Args, ValueEnum};

use crate::compare::{DEFAULT_THRESHOLD, Options};

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
}

impl ComparisonArgs {
    /// The options as the engine takes them.
    pub(super) fn options(&self) -> Options {
        Options {
            ignore_case: self.ignore_case,
            ignore_punctuation: self.ignore_punctuation,
            plain_typography: self.plain_typography,
            threshold: self.threshold,
        }
    }
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
