//! All colours of the viewer, for the light and the dark theme. Kinds are told apart by hue
//! and by lightness (and by a gutter symbol), so they stay distinct for colour-blind readers:
//! removed is a red-orange, added a blue-green, modified amber, moved violet.

use egui::Color32;

use crate::compare::Kind;

/// The colours of one theme.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    /// Whether this is the dark theme.
    pub dark: bool,
    /// Page background of the panes.
    pub background: Color32,
    /// Ordinary text.
    pub text: Color32,
    /// Secondary text (gutter, notes).
    pub muted: Color32,
    /// Stripes of the gap facing an added or removed sentence.
    pub hatch: Color32,
    /// Outline of the current change.
    pub current: Color32,
    /// Outline of the sentence paired with the one under the pointer.
    pub hover: Color32,
    /// Background of a find match.
    pub find_match: Color32,
    /// Background of the current find match.
    pub find_current: Color32,
    /// Background of the drop target while files hover over the window.
    pub drop_target: Color32,
    /// Background of the message banner.
    pub banner: Color32,
    tints: [Color32; 5],
    strong: [Color32; 5],
    marks: [Color32; 5],
}

fn index(kind: Kind) -> usize {
    match kind {
        Kind::Shared => 0,
        Kind::Modified => 1,
        Kind::Moved => 2,
        Kind::Removed => 3,
        Kind::Added => 4,
    }
}

impl Theme {
    /// The light theme.
    pub const LIGHT: Theme = Theme {
        dark: false,
        background: Color32::from_rgb(0xfb, 0xfb, 0xfa),
        text: Color32::from_rgb(0x1d, 0x1d, 0x1f),
        muted: Color32::from_rgb(0x6b, 0x6b, 0x70),
        hatch: Color32::from_rgb(0xdc, 0xdc, 0xdc),
        current: Color32::from_rgb(0x1f, 0x5f, 0xd6),
        hover: Color32::from_rgb(0x5a, 0x5a, 0x60),
        find_match: Color32::from_rgb(0xbf, 0xe3, 0xff),
        find_current: Color32::from_rgb(0x4d, 0xa3, 0xff),
        drop_target: Color32::from_rgba_premultiplied(0x1f, 0x5f, 0xd6, 0x30),
        banner: Color32::from_rgb(0xfd, 0xe8, 0xe6),
        tints: [
            Color32::TRANSPARENT,
            Color32::from_rgb(0xfd, 0xf0, 0xd2),
            Color32::from_rgb(0xec, 0xe4, 0xfb),
            Color32::from_rgb(0xfc, 0xe0, 0xdc),
            Color32::from_rgb(0xd9, 0xf2, 0xec),
        ],
        strong: [
            Color32::TRANSPARENT,
            Color32::from_rgb(0xf5, 0xc4, 0x5a),
            Color32::from_rgb(0xc7, 0xb0, 0xf3),
            Color32::from_rgb(0xf3, 0xa8, 0x9c),
            Color32::from_rgb(0x8f, 0xd9, 0xc6),
        ],
        marks: [
            Color32::from_rgb(0x9a, 0x9a, 0x9a),
            Color32::from_rgb(0xb0, 0x74, 0x00),
            Color32::from_rgb(0x6c, 0x3f, 0xc4),
            Color32::from_rgb(0xc0, 0x3a, 0x22),
            Color32::from_rgb(0x0d, 0x80, 0x6a),
        ],
    };

    /// The dark theme.
    pub const DARK: Theme = Theme {
        dark: true,
        background: Color32::from_rgb(0x1e, 0x1f, 0x22),
        text: Color32::from_rgb(0xe4, 0xe4, 0xe6),
        muted: Color32::from_rgb(0x9a, 0x9a, 0xa0),
        hatch: Color32::from_rgb(0x3a, 0x3b, 0x3f),
        current: Color32::from_rgb(0x6c, 0xa0, 0xff),
        hover: Color32::from_rgb(0xb8, 0xb8, 0xbe),
        find_match: Color32::from_rgb(0x1f, 0x4e, 0x79),
        find_current: Color32::from_rgb(0x2f, 0x7d, 0xd1),
        drop_target: Color32::from_rgba_premultiplied(0x2a, 0x4a, 0x80, 0x60),
        banner: Color32::from_rgb(0x5a, 0x25, 0x22),
        tints: [
            Color32::TRANSPARENT,
            Color32::from_rgb(0x45, 0x3a, 0x1c),
            Color32::from_rgb(0x38, 0x2d, 0x55),
            Color32::from_rgb(0x52, 0x27, 0x24),
            Color32::from_rgb(0x1c, 0x44, 0x3c),
        ],
        strong: [
            Color32::TRANSPARENT,
            Color32::from_rgb(0x8a, 0x69, 0x12),
            Color32::from_rgb(0x5e, 0x45, 0x9e),
            Color32::from_rgb(0x91, 0x3a, 0x30),
            Color32::from_rgb(0x1f, 0x7a, 0x66),
        ],
        marks: [
            Color32::from_rgb(0x80, 0x80, 0x86),
            Color32::from_rgb(0xf0, 0xb4, 0x3c),
            Color32::from_rgb(0xb3, 0x94, 0xff),
            Color32::from_rgb(0xff, 0x8a, 0x75),
            Color32::from_rgb(0x4f, 0xd1, 0xb0),
        ],
    };

    /// The theme for a dark or a light look.
    pub fn for_dark(dark: bool) -> Theme {
        if dark { Theme::DARK } else { Theme::LIGHT }
    }

    /// Background tint of a sentence of this kind.
    pub fn tint(&self, kind: Kind) -> Color32 {
        self.tints[index(kind)]
    }

    /// Background of the changed words inside a sentence of this kind.
    pub fn strong(&self, kind: Kind) -> Color32 {
        self.strong[index(kind)]
    }

    /// Colour of the gutter symbol, the overview tick and the link band of this kind.
    pub fn mark(&self, kind: Kind) -> Color32 {
        self.marks[index(kind)]
    }
}

/// Paints the gutter symbol of a kind, the cue that does not depend on colour: `~` modified,
/// `−` removed, `+` added, and a two-headed vertical arrow for moved (drawn, as the default
/// fonts have no arrows).
pub fn paint_symbol(
    painter: &egui::Painter,
    center: egui::Pos2,
    kind: Kind,
    color: Color32,
    size: f32,
) {
    let stroke = egui::Stroke::new((size / 9.0).max(1.2), color);
    let h = size * 0.42;
    let w = size * 0.3;
    match kind {
        Kind::Shared => {}
        Kind::Modified => {
            // A tilde: two arcs as a short polyline.
            let points: Vec<egui::Pos2> = (0..=12)
                .map(|i| {
                    let t = i as f32 / 12.0;
                    let x = center.x - w + 2.0 * w * t;
                    let y = center.y - (t * std::f32::consts::TAU).sin() * size * 0.12;
                    egui::pos2(x, y)
                })
                .collect();
            painter.add(egui::Shape::line(points, stroke));
        }
        Kind::Removed => {
            painter.line_segment(
                [center - egui::vec2(w, 0.0), center + egui::vec2(w, 0.0)],
                stroke,
            );
        }
        Kind::Added => {
            painter.line_segment(
                [center - egui::vec2(w, 0.0), center + egui::vec2(w, 0.0)],
                stroke,
            );
            painter.line_segment(
                [center - egui::vec2(0.0, w), center + egui::vec2(0.0, w)],
                stroke,
            );
        }
        Kind::Moved => {
            let (top, bottom) = (center - egui::vec2(0.0, h), center + egui::vec2(0.0, h));
            painter.line_segment([top, bottom], stroke);
            let a = w * 0.8;
            painter.line_segment([top, top + egui::vec2(-a, a)], stroke);
            painter.line_segment([top, top + egui::vec2(a, a)], stroke);
            painter.line_segment([bottom, bottom + egui::vec2(-a, -a)], stroke);
            painter.line_segment([bottom, bottom + egui::vec2(a, -a)], stroke);
        }
    }
}
