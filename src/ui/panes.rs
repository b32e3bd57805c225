//! The two panes: file-name headers, then either the aligned lines (linked scrolling, one
//! scroll position) or each side on its own (unlinked, with the link map between). Only the
//! visible lines are laid out; their measured heights correct the estimates.

use std::sync::Arc;

use egui::{FontId, Galley, Key, Modifiers, Rect, Sense, Stroke, Ui, UiBuilder, Vec2, pos2, vec2};

use super::cell::{self, GUTTER, PADDING, PARAGRAPH_GAP};
use super::find::Find;
use super::heights::{Heights, ScrollPos, estimate};
use super::lines::{Cell, Line};
use super::theme::Theme;
use super::view_state::Reveal;
use super::work::View;
use super::{link_map, overview, pane};
use crate::app::App;
use crate::command::Command;
use crate::compare::Comparison;
use crate::compare::Side;

/// Height of the file-name headers.
const HEADER: f32 = 24.0;
/// Width of the overview strip.
const OVERVIEW: f32 = 16.0;
/// Space between the panes when linked; the link map's width when not.
const MIDDLE_LINKED: f32 = 8.0;
const MIDDLE_UNLINKED: f32 = 56.0;

/// What the panes need to draw, shared by the aligned and the unlinked layouts.
pub struct Paint<'a> {
    /// The comparison shown.
    pub view: &'a View,
    /// Colours.
    pub theme: Theme,
    /// The text font.
    pub font: FontId,
    /// Width available to sentence text.
    pub text_width: f32,
    /// Find matches to highlight.
    pub find: &'a Find,
    /// The row under the pointer in the previous frame, and its side.
    pub hover: Option<(usize, Side)>,
    /// Review marks by row.
    pub reviews: &'a crate::app::Reviews,
    /// Average glyph width of the font (for height estimates).
    pub glyph_width: f32,
    /// Height of one line of text.
    pub row_height: f32,
}

impl Paint<'_> {
    /// Estimated height of a sentence of `side`.
    pub fn estimate_sentence(&self, side: Side, index: usize) -> f32 {
        let comparison = &self.view.comparison;
        let sentences = match side {
            Side::Left => &comparison.left.sentences,
            Side::Right => &comparison.right.sentences,
        };
        let chars = sentences[index].end - sentences[index].start;
        estimate(
            chars,
            self.text_width,
            self.glyph_width * 1.05,
            self.row_height,
        ) + 2.0 * PADDING
    }

    /// Lays out sentence `index` of `side`, shown in `row`.
    pub fn galley(&self, ui: &Ui, side: Side, index: usize, row: usize) -> Arc<Galley> {
        let comparison: &Comparison = &self.view.comparison;
        let left = side == Side::Left;
        let matches = self.find.matches_in(side, index);
        // The current match is only that side's: ranges are offsets into one document.
        let current = self
            .find
            .current_match()
            .filter(|m| m.side == side && m.sentence == index);
        let text = cell::sentence_text(
            comparison,
            &comparison.rows[row],
            left,
            index,
            matches,
            current.map(|m| &m.range),
        );
        cell::layout(ui, &text, &self.theme, &self.font, self.text_width)
    }
}

/// Draws the headers, the panes and the overview strip.
pub fn panes_ui(app: &mut App, ui: &mut Ui) {
    let Some(view) = app.view.clone() else {
        ui.centered_and_justified(|ui| ui.label("Comparing…"));
        return;
    };
    let full = ui.available_rect_before_wrap();
    ui.allocate_rect(full, Sense::hover());
    let middle = if app.state.sync {
        MIDDLE_LINKED
    } else {
        MIDDLE_UNLINKED
    };
    let body = Rect::from_min_max(full.min + vec2(0.0, HEADER), full.max - vec2(OVERVIEW, 0.0));
    let pane_width = ((body.width() - middle) / 2.0).max(80.0);
    let left_rect = Rect::from_min_size(body.min, vec2(pane_width, body.height()));
    let right_rect = Rect::from_min_size(
        pos2(left_rect.right() + middle, body.top()),
        left_rect.size(),
    );
    headers_ui(app, ui, full, left_rect, right_rect);

    let theme = app.theme();
    ui.painter().rect_filled(body, 0.0, theme.background);
    // Font metrics are read once a frame, not once per estimated sentence.
    let font = FontId::proportional(15.0 * app.state.zoom);
    let (glyph_width, row_height) =
        ui.fonts_mut(|f| (f.glyph_width(&font, 'e'), f.row_height(&font)));
    let paint = Paint {
        view: &view,
        theme,
        font,
        // The right margin leaves room for review marks at the cell's corner.
        text_width: (pane_width - GUTTER - 2.0 * PADDING - 26.0).max(40.0),
        find: &app.find,
        hover: app.state.hover.take(),
        reviews: &app.reviews,
        glyph_width,
        row_height,
    };
    let view_height = body.height();
    if app.state.sync {
        aligned_ui(
            &mut app.state,
            ui,
            &paint,
            left_rect,
            right_rect,
            &mut app.commands,
        );
    } else {
        let visible_left = pane::pane_ui(
            &mut app.state,
            ui,
            &paint,
            Side::Left,
            left_rect,
            &mut app.commands,
        );
        let visible_right = pane::pane_ui(
            &mut app.state,
            ui,
            &paint,
            Side::Right,
            right_rect,
            &mut app.commands,
        );
        let gap = Rect::from_min_max(
            pos2(left_rect.right(), body.top()),
            pos2(right_rect.left(), body.bottom()),
        );
        link_map::link_map_ui(ui, &paint, gap, &visible_left, &visible_right);
    }
    let overview_rect = Rect::from_min_max(pos2(body.right(), body.top()), full.max);
    overview::overview_ui(
        &mut app.state,
        ui,
        &view,
        &theme,
        &app.reviews,
        overview_rect,
        view_height,
    );
}

fn headers_ui(app: &App, ui: &mut Ui, full: Rect, left: Rect, right: Rect) {
    for (side, rect, document) in [
        (Side::Left, left, &app.left),
        (Side::Right, right, &app.right),
    ] {
        let header = Rect::from_min_size(pos2(rect.left(), full.top()), vec2(rect.width(), HEADER));
        let path = document.path.as_ref().map_or_else(
            || format!("{} (bundled sample)", document.name),
            |p| p.display().to_string(),
        );
        let text = format!("{}: {}", side.role(), document.name);
        ui.put(
            header,
            egui::Label::new(egui::RichText::new(text).strong()).truncate(),
        )
        .on_hover_text(path);
    }
}

/// Scroll requested by the wheel over `rect` or by the keyboard, in pixels (down positive).
pub fn scroll_input(ui: &Ui, rect: Rect, view_height: f32, row: f32, keyboard: bool) -> f32 {
    let mut delta = 0.0;
    if ui.rect_contains_pointer(rect) {
        delta -= ui.input(|i| i.smooth_scroll_delta.y);
    }
    if keyboard && ui.ctx().memory(|m| m.focused().is_none()) {
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

/// Applies a pending reveal or scroll input to `pos`.
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

fn aligned_ui(
    state: &mut super::view_state::ViewState,
    ui: &mut Ui,
    paint: &Paint<'_>,
    left_rect: Rect,
    right_rect: Rect,
    commands: &mut Vec<Command>,
) {
    let lines = &paint.view.lines.aligned;
    let view_height = left_rect.height();
    if !state
        .aligned_heights
        .is_for(paint.text_width, paint.font.size, lines.len())
    {
        let estimates: Vec<f32> = lines
            .iter()
            .map(|line| estimate_line(paint, line))
            .collect();
        state
            .aligned_heights
            .reset(paint.text_width, paint.font.size, estimates.into_iter());
    }
    let target = match state.reveal.take() {
        Some(Reveal::Aligned(line, fraction)) => Some((line, fraction)),
        other => {
            state.reveal = other;
            None
        }
    };
    let row_height = paint.row_height;
    let delta = scroll_input(
        ui,
        left_rect.union(right_rect),
        view_height,
        row_height,
        true,
    );
    scroll(
        &mut state.aligned_heights,
        &mut state.aligned,
        target,
        delta,
        view_height,
    );

    let both = left_rect.union(right_rect);
    let mut child = ui.new_child(UiBuilder::new().max_rect(both));
    child.set_clip_rect(both.intersect(ui.clip_rect()));
    let current_row = state.current_row(&paint.view.lines);
    let hovered_before = paint.hover;
    let mut y = left_rect.top() - state.aligned.offset;
    let mut index = state.aligned.line;
    while index < lines.len() && y < left_rect.bottom() {
        let line = lines[index];
        let gap = if line.paragraph_start {
            PARAGRAPH_GAP
        } else {
            0.0
        };
        let left = cell_galley(&child, paint, line.left, Side::Left, line.row);
        let right = cell_galley(&child, paint, line.right, Side::Right, line.row);
        let text_height = left
            .iter()
            .chain(&right)
            .map(|g| g.size().y)
            .fold(row_height, f32::max);
        let height = text_height + 2.0 * PADDING;
        state.aligned_heights.set(index, gap + height);
        let top = y + gap;
        let left_cell =
            Rect::from_min_size(pos2(left_rect.left(), top), vec2(left_rect.width(), height));
        let right_cell = Rect::from_min_size(
            pos2(right_rect.left(), top),
            vec2(right_rect.width(), height),
        );
        let hovered_row = hovered_before.map(|(row, _)| row) == Some(line.row);
        for (cell, rect, galley, side) in [
            (line.left, left_cell, left, Side::Left),
            (line.right, right_cell, right, Side::Right),
        ] {
            let response = draw_cell(&mut child, paint, &line, cell, rect, galley, index);
            if let Some(response) = response {
                if response.hovered() {
                    state.hover = Some((line.row, side));
                }
                if response.clicked() {
                    commands.push(click_command(paint, &line, cell));
                }
            }
            if hovered_row && hovered_before.map(|(_, s)| s) != Some(side) {
                child.painter().rect_stroke(
                    rect.shrink(1.0),
                    3.0,
                    Stroke::new(1.0, paint.theme.hover),
                    egui::StrokeKind::Inside,
                );
            }
        }
        if current_row == Some(line.row) {
            let outline = left_cell.union(right_cell).expand(1.0);
            child.painter().rect_stroke(
                outline,
                4.0,
                Stroke::new(2.0, paint.theme.current),
                egui::StrokeKind::Inside,
            );
        }
        y = top + height;
        index += 1;
    }
}

/// A click on a sentence makes its change current; on a moved note, it goes to the other place.
fn click_command(paint: &Paint<'_>, line: &Line, cell: Cell) -> Command {
    match cell {
        Cell::MovedElsewhere(target) => Command::GoToRow(paint.view.lines.aligned[target].row),
        _ => Command::GoToRow(line.row),
    }
}

fn estimate_line(paint: &Paint<'_>, line: &Line) -> f32 {
    let side = |cell: Cell, side: Side| match cell {
        Cell::Sentence(i) => paint.estimate_sentence(side, i),
        _ => 0.0,
    };
    let gap = if line.paragraph_start {
        PARAGRAPH_GAP
    } else {
        0.0
    };
    gap + side(line.left, Side::Left).max(side(line.right, Side::Right))
}

fn cell_galley(
    ui: &Ui,
    paint: &Paint<'_>,
    cell: Cell,
    side: Side,
    row: usize,
) -> Option<Arc<Galley>> {
    match cell {
        Cell::Sentence(i) => Some(paint.galley(ui, side, i, row)),
        _ => None,
    }
}

/// Draws one cell; returns the response of a sentence's text or a moved note.
fn draw_cell(
    ui: &mut Ui,
    paint: &Paint<'_>,
    line: &Line,
    cell: Cell,
    rect: Rect,
    galley: Option<Arc<Galley>>,
    index: usize,
) -> Option<egui::Response> {
    let kind = paint.view.comparison.rows[line.row].kind;
    match (cell, galley) {
        (Cell::Sentence(_), Some(galley)) => {
            cell::paint_sentence_frame(ui.painter(), rect, kind, &paint.theme, &paint.font);
            if let Some(&(review, note)) = paint.reviews.get(&line.row) {
                cell::paint_review(ui.painter(), rect, review, note, &paint.theme);
            }
            let at = rect.min + Vec2::new(GUTTER + PADDING, PADDING);
            let label = egui::Label::new(galley.clone())
                .selectable(true)
                .sense(Sense::click());
            Some(ui.put(Rect::from_min_size(at, galley.size()), label))
        }
        (Cell::MovedElsewhere(target), _) => {
            let left = matches!(line.left, Cell::MovedElsewhere(_));
            cell::paint_moved_note(
                ui.painter(),
                rect,
                target > index,
                left,
                &paint.theme,
                &paint.font,
            );
            let id = ui.scope_id().with(("moved", index, rect.left() as i32));
            Some(
                ui.interact(rect, id, Sense::click())
                    .on_hover_text("Go to where this sentence is on this side"),
            )
        }
        _ => {
            cell::paint_gap(ui.painter(), rect, &paint.theme);
            None
        }
    }
}
