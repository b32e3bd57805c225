//! What the pane painters share: the cache kept between frames (measured heights, ticks, the
//! row under the pointer), the per-frame [`Paint`] (comparison, colours, font, marks), placing
//! a sentence with what a screen reader says of it, and scrolling.

use std::sync::Arc;

use egui::{FontId, Galley, Key, Modifiers, Rect, Ui, Vec2};

use super::cell::{self, PADDING};
use super::theme::Theme;
use super::ticks::Ticks;
use crate::compare::{Kind, Side};
use crate::session::Review;
use crate::viewer::find::Find;
use crate::viewer::heights::{Heights, ScrollPos, estimate};
use crate::viewer::nav::Reveal;
use crate::viewer::{RowMark, Shown};

/// What only drawing needs, kept between frames: measured heights, the overview's ticks, the
/// row under the pointer, the last reveal request carried out.
#[derive(Debug, Default)]
pub struct PanesCache {
    /// Heights of the aligned lines.
    pub aligned_heights: Heights,
    /// Heights of the left sentences (unlinked).
    pub left_heights: Heights,
    /// Heights of the right sentences (unlinked).
    pub right_heights: Heights,
    /// The overview strip's ticks.
    pub ticks: Ticks,
    /// The row under the pointer, with its side.
    pub hover: Option<(usize, Side)>,
    pub(super) reveal_served: u64,
    pub(super) layout: usize,
}

/// What the panes need to draw, shared by the aligned and the unlinked layouts.
pub struct Paint<'a> {
    /// The comparison shown.
    pub shown: &'a Shown,
    /// Colours.
    pub theme: &'a Theme,
    /// The text font.
    pub font: FontId,
    /// Width available to sentence text.
    pub text_width: f32,
    /// Find matches to highlight.
    pub find: &'a Find,
    /// The row under the pointer in the previous frame, and its side.
    pub hover: Option<(usize, Side)>,
    /// Review marks by row.
    pub reviews: &'a rustc_hash::FxHashMap<usize, RowMark>,
    /// The row of the current change.
    pub current_row: Option<usize>,
    /// Average glyph width of the font (for height estimates).
    pub glyph_width: f32,
    /// Height of one line of text.
    pub row_height: f32,
    /// Only one version is open: sentences are plain, with nothing to compare.
    pub one_sided: bool,
}

impl Paint<'_> {
    /// The document range of part `part` of sentence `index` of `side`.
    pub fn part(&self, side: Side, index: usize, part: u32) -> std::ops::Range<usize> {
        let c = &self.shown.comparison;
        let segmented = match side {
            Side::Left => &c.left,
            Side::Right => &c.right,
        };
        segmented.sentences.get(index).map_or(0..0, |s| {
            crate::viewer::layout::part_range(&segmented.document.text, s.range(), part)
        })
    }

    /// Estimated height of part `part` of a sentence of `side`.
    pub fn estimate_sentence(&self, side: Side, index: usize, part: u32) -> f32 {
        let chars = self.part(side, index, part).len();
        estimate(
            chars,
            self.text_width,
            self.glyph_width * 1.05,
            self.row_height,
        ) + 2.0 * PADDING
    }

    /// Lays out part `part` of sentence `index` of `side`, shown in `row`.
    pub fn galley(&self, ui: &Ui, side: Side, index: usize, row: usize, part: u32) -> Arc<Galley> {
        let c = &self.shown.comparison;
        let matches = self.find.matches_in(side, index);
        // The current match is only that side's: ranges are offsets into one document.
        let current = self
            .find
            .current_match()
            .filter(|m| m.side == side && m.sentence == index);
        let range = self.part(side, index, part);
        let Some(this_row) = c.rows.get(row) else {
            return ui
                .painter()
                .layout_no_wrap(String::new(), self.font.clone(), self.theme.text);
        };
        let text = cell::sentence_text(
            c,
            (row, this_row),
            side,
            range,
            matches,
            current.map(|m| &m.range),
        );
        cell::layout(ui, &text, self.theme, &self.font, self.text_width)
    }

    /// What a screen reader says of part `part` of sentence `index` of `side` in `row`: its
    /// kind, its place among the changes and its text.
    pub fn spoken(&self, side: Side, index: usize, row: usize, part: u32) -> String {
        if self.one_sided {
            return format!("Sentence: {}", self.text_of(side, index, part));
        }
        if part > 0 {
            return format!("Continued: {}", self.text_of(side, index, part));
        }
        let c = &self.shown.comparison;
        let kind = c.rows.get(row).map_or(Kind::Shared, |r| r.kind);
        let text = self.text_of(side, index, part);
        let lines = &self.shown.lines;
        let place = lines.change_number(row).map_or_else(String::new, |n| {
            format!(", change {} of {}", n + 1, lines.changes.len())
        });
        let review = match self.reviews.get(&row).map(|m| m.review) {
            Some(Review::Accepted) => ", accepted",
            Some(Review::Flagged) => ", flagged",
            _ => "",
        };
        let mut spoken = format!("{} sentence{place}{review}: {text}", kind_word(kind));
        let facts = c.facts.of_row(row);
        if !facts.is_empty() {
            let said: Vec<String> = facts
                .iter()
                .map(|f| {
                    format!(
                        "{} {}",
                        f.kind.name(),
                        super::facts::before_after(self.shown, f)
                    )
                })
                .collect();
            spoken.push_str(&format!(" (facts: {})", said.join("; ")));
        }
        if let Some(m) = self.reviews.get(&row).filter(|m| !m.note.is_empty()) {
            spoken.push_str(&format!(" (note: {})", m.note));
        }
        spoken
    }
}

impl Paint<'_> {
    /// The text of a part of a sentence.
    fn text_of(&self, side: Side, index: usize, part: u32) -> &str {
        let c = &self.shown.comparison;
        let text = match side {
            Side::Left => &c.left.document.text,
            Side::Right => &c.right.document.text,
        };
        text.get(self.part(side, index, part)).unwrap_or("")
    }
}

/// "Removed", "Added"… for screen readers.
fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Shared => "Unchanged",
        Kind::Modified => "Modified",
        Kind::Moved => "Moved",
        Kind::Removed => "Removed",
        Kind::Added => "Added",
    }
}

/// Places a sentence's text at `at`: selectable, clickable, described to screen readers by
/// kind, place and text, with its note (if any) on hover.
pub fn sentence_ui(
    ui: &mut Ui,
    paint: &Paint<'_>,
    galley: Arc<Galley>,
    at: egui::Pos2,
    side: Side,
    (sentence, part): (usize, u32),
    row: usize,
) -> egui::Response {
    let size = galley.size();
    let label = egui::Label::new(galley)
        .selectable(true)
        .sense(egui::Sense::click());
    let mut response = ui.put(Rect::from_min_size(at, size), label);
    let spoken = paint.spoken(side, sentence, row, part);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
    if let Some(mark) = paint.reviews.get(&row).filter(|m| !m.note.is_empty()) {
        response = response.on_hover_text(format!("Note: {}", mark.note));
    }
    response
}

/// Paints the review mark of `row` at the cell's corner, its note readable on hover.
pub fn review_mark_ui(ui: &mut Ui, paint: &Paint<'_>, rect: Rect, row: usize) {
    let Some(mark) = paint.reviews.get(&row) else {
        return;
    };
    cell::paint_review(
        ui.painter(),
        rect,
        mark.review,
        !mark.note.is_empty(),
        paint.theme,
    );
    if !mark.note.is_empty() {
        let corner = Rect::from_min_size(
            egui::pos2(rect.right() - 30.0, rect.top()),
            Vec2::new(30.0, 20.0),
        );
        let id = ui.scope_id().with(("mark", row, rect.left() as i32));
        ui.interact(corner, id, egui::Sense::hover())
            .on_hover_text(format!("Note: {}", mark.note));
    }
}

/// Scroll requested by the wheel over `rect` or by the keyboard, in pixels (down positive).
pub fn scroll_input(ui: &Ui, rect: Rect, view_height: f32, row: f32, keyboard: bool) -> f32 {
    let mut delta = 0.0;
    if ui.rect_contains_pointer(rect) {
        delta -= ui.input(|i| i.smooth_scroll_delta.y);
    }
    if keyboard {
        ui.input_mut(|i| {
            let page = view_height * 0.9;
            for (key, amount) in [
                (Key::PageDown, page),
                (Key::PageUp, -page),
                (Key::ArrowDown, row * 3.0),
                (Key::ArrowUp, -row * 3.0),
                (Key::End, f32::INFINITY),
                (Key::Home, f32::NEG_INFINITY),
            ] {
                if i.consume_key(Modifiers::NONE, key) {
                    delta += amount;
                }
            }
        });
    }
    delta
}

/// Applies a reveal target and a scroll delta to `pos`.
pub fn scroll(
    heights: &mut Heights,
    pos: &mut ScrollPos,
    target: Option<(usize, f32)>,
    delta: f32,
    view: f32,
) {
    if let Some((line, fraction)) = target {
        *pos = heights.pos_showing(line, fraction, view);
    }
    if delta != 0.0 {
        let y = if delta.is_infinite() {
            if delta > 0.0 { heights.total() } else { 0.0 }
        } else {
            heights.y_of(*pos) + delta
        };
        *pos = heights.pos_at(y, view);
    }
}

/// The line a reveal wants shown in the aligned layout, if it is an aligned one.
pub fn aligned_target(reveal: Option<Reveal>) -> Option<(usize, f32)> {
    match reveal {
        Some(Reveal::Aligned(line, fraction)) => Some((line, fraction)),
        _ => None,
    }
}
