//! The two panes: file-name headers, then either the aligned lines (linked scrolling, one
//! scroll position) or each side on its own (unlinked, with the link map between), and the
//! overview strip. Only the visible lines are laid out; their measured heights correct the
//! estimates. Where they scrolled to goes back to the model as an action.

use std::sync::Arc;

use egui::{FontId, Rect, Sense, Ui, pos2, vec2};

use super::cell::{GUTTER, PADDING};
use super::paint::{Paint, PanesCache};

use super::theme::Theme;
use super::{aligned, link_map, overview, pane};
use crate::compare::{Kind, Side};
use crate::viewer::heights::Heights;
use crate::viewer::nav::Scrolled;
use crate::viewer::open_state::Missing;
use crate::viewer::{Action, Viewer};

/// Height of the file-name headers.
const HEADER: f32 = 24.0;
/// Width of the overview strip.
const OVERVIEW: f32 = 16.0;
/// Space between the panes when linked; the link map's width when not.
const MIDDLE_LINKED: f32 = 8.0;
const MIDDLE_UNLINKED: f32 = 56.0;

/// Draws the headers, the panes and the overview strip.
pub fn panes_ui(
    ui: &mut Ui,
    viewer: &Viewer,
    theme: &Theme,
    cache: &mut PanesCache,
) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(shown) = viewer.shown() else {
        ui.centered_and_justified(|ui| ui.label("Opening…"));
        return actions;
    };
    if Arc::as_ptr(&shown.lines) as usize != cache.layout {
        // A new layout: heights measured for the old one mean nothing now.
        cache.layout = Arc::as_ptr(&shown.lines) as usize;
        cache.aligned_heights = Heights::default();
        cache.left_heights = Heights::default();
        cache.right_heights = Heights::default();
        cache.hover = None;
    }
    let view = viewer.view();
    let nav = viewer.nav();
    let full = ui.available_rect_before_wrap();
    ui.allocate_rect(full, Sense::hover());
    let middle = if view.sync {
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
    headers_ui(ui, viewer, full, left_rect, right_rect);
    ui.painter().rect_filled(body, 0.0, theme.background);

    // Font metrics are read once a frame, not once per estimated sentence.
    let font = FontId::proportional(15.0 * view.zoom);
    let (glyph_width, row_height) =
        ui.fonts_mut(|f| (f.glyph_width(&font, 'e'), f.row_height(&font)));
    let paint = Paint {
        shown,
        theme,
        font,
        // The right margin leaves room for review marks at the cell's corner.
        text_width: (pane_width - GUTTER - 2.0 * PADDING - 26.0).max(40.0),
        find: viewer.find(),
        hover: cache.hover.take(),
        reviews: viewer.reviews(),
        current_row: viewer.current_row(),
        glyph_width,
        row_height,
        one_sided: [Side::Left, Side::Right]
            .iter()
            .any(|&s| viewer.missing(s).is_some()),
    };
    let reveal = match nav.reveal {
        Some((serial, reveal)) if serial > cache.reveal_served => {
            cache.reveal_served = serial;
            Some(reveal)
        }
        _ => None,
    };
    let before = Scrolled {
        aligned: nav.aligned(view),
        left: nav.left,
        right: nav.right,
        last_scrolled: nav.last_scrolled,
    };
    let mut scroll = before;
    let keyboard = !ui.ctx().text_edit_focused();
    let missing = [Side::Left, Side::Right].map(|side| viewer.missing(side));
    if let Some(side) = [Side::Left, Side::Right]
        .into_iter()
        .find(|&s| viewer.missing(s).is_none())
        && missing.iter().any(Option::is_some)
    {
        // One version only: it shows in its pane, the other pane says what is missing.
        let (rect, other) = match side {
            Side::Left => (left_rect, right_rect),
            Side::Right => (right_rect, left_rect),
        };
        let pos = match side {
            Side::Left => &mut scroll.left,
            Side::Right => &mut scroll.right,
        };
        let input = pane::PaneInput {
            side,
            rect,
            reveal,
            keyboard: true,
            one_sided: true,
        };
        pane::pane_ui(ui, &paint, input, cache, pos, &mut actions);
        placeholder_ui(
            ui,
            theme,
            other,
            missing[match side {
                Side::Left => 1,
                Side::Right => 0,
            }],
        );
    } else if missing.iter().all(Option::is_some) {
        placeholder_ui(ui, theme, left_rect, missing[0]);
        placeholder_ui(ui, theme, right_rect, missing[1]);
    } else if view.sync {
        let input = aligned::AlignedInput {
            left: left_rect,
            right: right_rect,
            reveal,
            keyboard,
        };
        aligned::aligned_ui(ui, &paint, input, cache, &mut scroll.aligned, &mut actions);
    } else {
        let mut visible = Vec::new();
        for (side, rect) in [(Side::Left, left_rect), (Side::Right, right_rect)] {
            if ui.rect_contains_pointer(rect) {
                scroll.last_scrolled = side;
            }
            let input = pane::PaneInput {
                side,
                rect,
                reveal,
                keyboard: keyboard && scroll.last_scrolled == side,
                one_sided: false,
            };
            let pos = match side {
                Side::Left => &mut scroll.left,
                Side::Right => &mut scroll.right,
            };
            let (shown_here, scrolled) = pane::pane_ui(ui, &paint, input, cache, pos, &mut actions);
            if scrolled {
                scroll.last_scrolled = side;
            }
            visible.push(shown_here);
        }
        let gap = Rect::from_min_max(
            pos2(left_rect.right(), body.top()),
            pos2(right_rect.left(), body.bottom()),
        );
        link_map::link_map_ui(ui, &paint, gap, &visible[0], &visible[1]);
    }
    let overview_rect = Rect::from_min_max(pos2(body.right(), body.top()), full.max);
    let strip = overview::Strip {
        rect: overview_rect,
        view_height: body.height(),
        top: view.sync.then_some(scroll.aligned),
    };
    actions.extend(overview::overview_ui(ui, &paint, strip, cache));
    if scroll != before {
        actions.push(Action::Scrolled(scroll));
    }
    actions
}

fn headers_ui(ui: &mut Ui, viewer: &Viewer, full: Rect, left: Rect, right: Rect) {
    for (side, rect) in [(Side::Left, left), (Side::Right, right)] {
        let header = Rect::from_min_size(pos2(rect.left(), full.top()), vec2(rect.width(), HEADER));
        let document = viewer.document(side);
        let (text, hover) = match viewer.missing(side) {
            Some(_) => (
                format!("{}: —", side.role()),
                "No file opened here".to_string(),
            ),
            None => {
                let source = document.path.as_ref().map_or_else(
                    || format!("{} (not from a file)", document.name),
                    |p| p.display().to_string(),
                );
                // What the page says of itself: never compared, shown here.
                let meta = &document.meta;
                let about: Vec<String> = [
                    meta.url.as_ref().map(|u| u.to_string()),
                    meta.byline.clone(),
                    meta.published.as_ref().map(|p| format!("Published {p}")),
                    meta.updated.as_ref().map(|u| format!("Updated {u}")),
                ]
                .into_iter()
                .flatten()
                .collect();
                // In a story of many versions, which version this is.
                let role = if viewer.session().is_history() {
                    format!("v{}", viewer.session().pair()[side.index()] + 1)
                } else {
                    side.role().to_string()
                };
                let mut text = format!("{role}: {}", document.name);
                if let Some(byline) = &meta.byline {
                    text.push_str(&format!(" · {byline}"));
                }
                (
                    text,
                    std::iter::once(source)
                        .chain(about)
                        .collect::<Vec<_>>()
                        .join("\n"),
                )
            }
        };
        ui.put(
            header,
            egui::Label::new(egui::RichText::new(text).strong()).truncate(),
        )
        .on_hover_text(hover);
    }
}

/// A pane with no document: an invitation to open one, or why it could not be opened.
fn placeholder_ui(ui: &mut Ui, theme: &Theme, rect: Rect, missing: Option<&Missing>) {
    let text = match missing {
        Some(Missing::Failed(why)) => {
            format!("Could not open {why}.\n\nDrop a file here, or use File > Open.")
        }
        _ => "Drop a file here, or use File > Open original… / Open revised…".to_string(),
    };
    let color = match missing {
        Some(Missing::Failed(_)) => theme.mark(Kind::Removed),
        _ => theme.muted,
    };
    ui.put(
        rect.shrink(24.0),
        egui::Label::new(egui::RichText::new(text).color(color).size(16.0)).wrap(),
    );
}
