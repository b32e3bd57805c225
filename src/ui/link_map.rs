//! The link map between unlinked panes (as in Meld): a band from each changed sentence on the
//! left to its counterpart on the right, moved pairs included; a one-sided sentence narrows to
//! the point where it would stand on the other side.

use egui::{Color32, Rect, Shape, Stroke, Ui, pos2};

use super::pane::Visible;
use super::panes::Paint;
use crate::compare::{Comparison, Kind};

/// How far back a one-sided row looks for the neighbour that places it on the other side.
const ANCHOR_SEARCH: usize = 500;

/// Draws the bands for the rows of the visible sentences.
pub fn link_map_ui(ui: &Ui, paint: &Paint<'_>, rect: Rect, left: &Visible, right: &Visible) {
    let comparison = &paint.view.comparison;
    let painter = ui.painter().with_clip_rect(rect);
    let mut rows: Vec<usize> = left
        .iter()
        .map(|(i, _)| comparison.row_from_left[*i])
        .chain(right.iter().map(|(i, _)| comparison.row_from_right[*i]))
        .collect();
    rows.sort_unstable();
    rows.dedup();
    for row_index in rows {
        let row = &comparison.rows[row_index];
        if row.kind == Kind::Shared {
            continue;
        }
        let (lt, lb) = match row.left {
            Some(l) => span(left, l, rect),
            None => point(left, neighbour(comparison, row_index, true), rect),
        };
        let (rt, rb) = match row.right {
            Some(r) => span(right, r, rect),
            None => point(right, neighbour(comparison, row_index, false), rect),
        };
        let color = paint.theme.mark(row.kind);
        let fill = Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), 60);
        let points = vec![
            pos2(rect.left(), lt),
            pos2(rect.right(), rt),
            pos2(rect.right(), rb.max(rt + 1.0)),
            pos2(rect.left(), lb.max(lt + 1.0)),
        ];
        painter.add(Shape::convex_polygon(points, fill, Stroke::new(1.0, color)));
    }
}

/// The vertical extent of sentence `index` in a pane: its rectangle when visible, else the
/// top or bottom edge, whichever side of the view it is on.
fn span(visible: &Visible, index: usize, rect: Rect) -> (f32, f32) {
    if let Some((_, r)) = visible.iter().find(|(s, _)| *s == index) {
        return (r.top(), r.bottom());
    }
    let y = match visible.first() {
        Some((first, _)) if index < *first => rect.top(),
        _ => rect.bottom(),
    };
    (y, y)
}

/// Where a sentence absent from a side would stand: just below `after` (the sentence of that
/// side before it), or the top when there is none.
fn point(visible: &Visible, after: Option<usize>, rect: Rect) -> (f32, f32) {
    let y = match after {
        Some(index) => span(visible, index, rect).1,
        None => rect.top(),
    };
    (y, y)
}

/// The sentence of one side shown in place in the rows before `row`.
fn neighbour(comparison: &Comparison, row: usize, left: bool) -> Option<usize> {
    comparison.rows[..row]
        .iter()
        .rev()
        .take(ANCHOR_SEARCH)
        .find_map(|r| match (left, r.kind) {
            (true, _) => r.left,
            (false, Kind::Moved) => None,
            (false, _) => r.right,
        })
}
