//! The viewer's colours, read from the one palette ([`crate::report::palette`]) shared with
//! the HTML and terminal reports, for the light and the dark look.

use egui::Color32;

use crate::compare::Kind;
use crate::report::palette::{self, Palette, Rgb};
use crate::viewer::Tone;

/// The colours of one look, ready for egui.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    /// Whether this is the dark look.
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
    palette: &'static Palette,
}

const fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

const fn translucent(rgb: Rgb) -> Color32 {
    Color32::from_rgba_unmultiplied_const(rgb.0, rgb.1, rgb.2, 0x50)
}

impl Theme {
    const fn of(palette: &'static Palette, dark: bool) -> Theme {
        Theme {
            dark,
            background: color(palette.background),
            text: color(palette.text),
            muted: color(palette.muted),
            hatch: color(palette.hatch),
            current: color(palette.current),
            hover: color(palette.hover),
            find_match: color(palette.find_match),
            find_current: color(palette.find_current),
            drop_target: translucent(palette.drop_target),
            palette,
        }
    }

    /// The light look.
    pub const LIGHT: Theme = Theme::of(&palette::LIGHT, false);
    /// The dark look.
    pub const DARK: Theme = Theme::of(&palette::DARK, true);

    /// The look for a dark or a light theme.
    pub fn for_dark(dark: bool) -> Theme {
        if dark { Theme::DARK } else { Theme::LIGHT }
    }

    /// Background tint of a sentence of this kind.
    pub fn tint(&self, kind: Kind) -> Color32 {
        if kind == Kind::Shared {
            Color32::TRANSPARENT
        } else {
            color(self.palette.tint(kind))
        }
    }

    /// Background of the changed words inside a sentence of this kind.
    pub fn strong(&self, kind: Kind) -> Color32 {
        color(self.palette.strong(kind))
    }

    /// Colour of the gutter symbol, the overview tick and the link band of this kind.
    pub fn mark(&self, kind: Kind) -> Color32 {
        color(self.palette.mark(kind))
    }

    /// Background of a message of this tone.
    pub fn message(&self, tone: Tone) -> Color32 {
        color(match tone {
            Tone::Error => self.palette.message_error,
            Tone::Success => self.palette.message_success,
            Tone::Info => self.palette.message_info,
        })
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
