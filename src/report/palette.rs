//! The one palette of Redline: the colours of the viewer (light and dark), the HTML report and
//! the terminal report. Kinds are told apart by hue and by lightness (and by a symbol), so they
//! stay distinct for colour-blind readers: removed is a red-orange, added a blue-green,
//! modified amber, moved violet.

use crate::compare::Kind;

/// A colour as red, green, blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// As CSS: `#rrggbb`.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// As a terminal foreground colour (24-bit escape parameters).
    pub fn ansi_foreground(self) -> String {
        format!("38;2;{};{};{}", self.0, self.1, self.2)
    }
}

/// The colours of one look.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// Page background of the panes.
    pub background: Rgb,
    /// Ordinary text.
    pub text: Rgb,
    /// Secondary text (gutter, notes).
    pub muted: Rgb,
    /// Stripes of the gap facing an added or removed sentence.
    pub hatch: Rgb,
    /// Outline of the current change.
    pub current: Rgb,
    /// Outline of the sentence paired with the one under the pointer.
    pub hover: Rgb,
    /// Background of a find match.
    pub find_match: Rgb,
    /// Background of the current find match.
    pub find_current: Rgb,
    /// Background of the drop target while files hover over the window (drawn translucent).
    pub drop_target: Rgb,
    /// Background of an error message.
    pub message_error: Rgb,
    /// Background of a success message.
    pub message_success: Rgb,
    /// Background of an informative message.
    pub message_info: Rgb,
    /// Background tint of a sentence, by kind (shared, modified, moved, removed, added).
    pub tints: [Rgb; 5],
    /// Background of changed words, by kind.
    pub strong: [Rgb; 5],
    /// Symbols, overview ticks and link bands, by kind.
    pub marks: [Rgb; 5],
}

/// The light look (also the HTML report's).
pub const LIGHT: Palette = Palette {
    background: Rgb(0xfb, 0xfb, 0xfa),
    text: Rgb(0x1d, 0x1d, 0x1f),
    muted: Rgb(0x6b, 0x6b, 0x70),
    hatch: Rgb(0xdc, 0xdc, 0xdc),
    current: Rgb(0x1f, 0x5f, 0xd6),
    hover: Rgb(0x5a, 0x5a, 0x60),
    find_match: Rgb(0xbf, 0xe3, 0xff),
    find_current: Rgb(0x4d, 0xa3, 0xff),
    drop_target: Rgb(0x1f, 0x5f, 0xd6),
    message_error: Rgb(0xfd, 0xe8, 0xe6),
    message_success: Rgb(0xdf, 0xf3, 0xe6),
    message_info: Rgb(0xe6, 0xee, 0xfb),
    tints: [
        Rgb(0, 0, 0),
        Rgb(0xfd, 0xf0, 0xd2),
        Rgb(0xec, 0xe4, 0xfb),
        Rgb(0xfc, 0xe0, 0xdc),
        Rgb(0xd9, 0xf2, 0xec),
    ],
    strong: [
        Rgb(0, 0, 0),
        Rgb(0xf5, 0xc4, 0x5a),
        Rgb(0xc7, 0xb0, 0xf3),
        Rgb(0xf3, 0xa8, 0x9c),
        Rgb(0x8f, 0xd9, 0xc6),
    ],
    marks: [
        Rgb(0x9a, 0x9a, 0x9a),
        Rgb(0xb0, 0x74, 0x00),
        Rgb(0x6c, 0x3f, 0xc4),
        Rgb(0xc0, 0x3a, 0x22),
        Rgb(0x0d, 0x80, 0x6a),
    ],
};

/// The dark look.
pub const DARK: Palette = Palette {
    background: Rgb(0x1e, 0x1f, 0x22),
    text: Rgb(0xe4, 0xe4, 0xe6),
    muted: Rgb(0x9a, 0x9a, 0xa0),
    hatch: Rgb(0x3a, 0x3b, 0x3f),
    current: Rgb(0x6c, 0xa0, 0xff),
    hover: Rgb(0xb8, 0xb8, 0xbe),
    find_match: Rgb(0x1f, 0x4e, 0x79),
    find_current: Rgb(0x2f, 0x7d, 0xd1),
    drop_target: Rgb(0x2a, 0x4a, 0x80),
    message_error: Rgb(0x5a, 0x25, 0x22),
    message_success: Rgb(0x1f, 0x45, 0x2e),
    message_info: Rgb(0x24, 0x34, 0x52),
    tints: [
        Rgb(0, 0, 0),
        Rgb(0x45, 0x3a, 0x1c),
        Rgb(0x38, 0x2d, 0x55),
        Rgb(0x52, 0x27, 0x24),
        Rgb(0x1c, 0x44, 0x3c),
    ],
    strong: [
        Rgb(0, 0, 0),
        Rgb(0x8a, 0x69, 0x12),
        Rgb(0x5e, 0x45, 0x9e),
        Rgb(0x91, 0x3a, 0x30),
        Rgb(0x1f, 0x7a, 0x66),
    ],
    marks: [
        Rgb(0x80, 0x80, 0x86),
        Rgb(0xf0, 0xb4, 0x3c),
        Rgb(0xb3, 0x94, 0xff),
        Rgb(0xff, 0x8a, 0x75),
        Rgb(0x4f, 0xd1, 0xb0),
    ],
};

fn index(kind: Kind) -> usize {
    match kind {
        Kind::Shared => 0,
        Kind::Modified => 1,
        Kind::Moved => 2,
        Kind::Removed => 3,
        Kind::Added => 4,
    }
}

impl Palette {
    /// Background tint of a sentence of this kind.
    pub fn tint(&self, kind: Kind) -> Rgb {
        self.tints[index(kind)]
    }

    /// Background of the changed words inside a sentence of this kind.
    pub fn strong(&self, kind: Kind) -> Rgb {
        self.strong[index(kind)]
    }

    /// Colour of the symbol, the overview tick and the link band of this kind.
    pub fn mark(&self, kind: Kind) -> Rgb {
        self.marks[index(kind)]
    }
}
