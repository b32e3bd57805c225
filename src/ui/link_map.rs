//! The link map between unlinked panes (as in Meld): a band from each changed sentence on the
//! left to its counterpart on the right, moved pairs included; a one-sided sentence narrows to
//! the point where it would stand on the other side. A counterpart scrolled out of view gets a
//! short band ending in an arrow that points up or down to it.

use egui::{Color32, Painter, Pos2, Rect, Shape, Stroke, Ui, pos2};

use super::paint::Paint;
use super::pane::Visible;
use crate::compare::{Comparison, Kind};

/// How far back a one-sided row looks for the neighbour that places it on the other side.
const ANCHOR_SEARCH: usize = 500;

/// Where a sentence is relative to its pane's view.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Place {
    /// On screen, from top to bottom.
    Shown(f32, f32),
    /// Scrolled out above the view.
    Above,
    /// Scrolled out below the view.
    Below,
}

/// Draws the bands for the rows of the visible sentences.
pub fn link_map_ui(ui: &Ui, paint: &Paint<'_>, rect: Rect, left: &Visible, right: &Visible) {
    let comparison = &paint.shown.comparison;
    let painter = ui.painter().with_clip_rect(rect);
    let mut rows: Vec<usize> = left
        .iter()
        .filter_map(|(i, _)| comparison.row_from_left.get(*i).copied())
        .chain(
            right
                .iter()
                .filter_map(|(i, _)| comparison.row_from_right.get(*i).copied()),
        )
        .collect();
    rows.sort_unstable();
    rows.dedup();
    for row_index in rows {
        let Some(row) = comparison.rows.get(row_index) else {
            continue;
        };
        if row.kind == Kind::Shared || comparison.is_ignored(row_index) {
            continue;
        }
        let l = match row.left {
            Some(l) => place(left, l),
            None => point(left, neighbour(comparison, row_index, true)),
        };
        let r = match row.right {
            Some(r) => place(right, r),
            None => point(right, neighbour(comparison, row_index, false)),
        };
        let color = paint.theme.mark(row.kind);
        band(&painter, rect, l, r, color);
    }
}

/// Paints one band from the left place to the right place.
fn band(painter: &Painter, rect: Rect, left: Place, right: Place, color: Color32) {
    let fill = Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), 60);
    let stroke = Stroke::new(1.0, color);
    let quad = |lt: f32, lb: f32, x: f32, rt: f32, rb: f32| {
        vec![
            pos2(rect.left(), lt),
            pos2(x, rt),
            pos2(x, rb.max(rt + 1.0)),
            pos2(rect.left(), lb.max(lt + 1.0)),
        ]
    };
    match (left, right) {
        (Place::Shown(lt, lb), Place::Shown(rt, rb)) => {
            painter.add(Shape::convex_polygon(
                quad(lt, lb, rect.right(), rt, rb),
                fill,
                stroke,
            ));
        }
        (Place::Shown(t, b), away) | (away, Place::Shown(t, b)) => {
            // A stub from the visible side to the middle, then an arrow towards the other.
            let from_left = matches!(left, Place::Shown(..));
            let middle = rect.center().x;
            let y = (t + b) / 2.0;
            let (near, far) = if from_left {
                (rect.left(), middle)
            } else {
                (rect.right(), middle)
            };
            let points = vec![
                pos2(near, t),
                pos2(far, y - 3.0),
                pos2(far, y + 3.0),
                pos2(near, b.max(t + 1.0)),
            ];
            painter.add(Shape::convex_polygon(points, fill, stroke));
            arrow(painter, pos2(far, y), away == Place::Above, color);
        }
        _ => {}
    }
}

/// A small arrow at `at`, pointing up or down.
fn arrow(painter: &Painter, at: Pos2, up: bool, color: Color32) {
    let (tip, base) = if up { (-9.0, -2.0) } else { (9.0, 2.0) };
    let points = vec![
        pos2(at.x, at.y + tip),
        pos2(at.x - 5.0, at.y + base),
        pos2(at.x + 5.0, at.y + base),
    ];
    painter.add(Shape::convex_polygon(points, color, Stroke::NONE));
}

/// Where sentence `index` of a pane is.
fn place(visible: &Visible, index: usize) -> Place {
    // A long sentence shows in several parts: the band spans them all.
    let mut parts = visible.iter().filter(|(s, _)| *s == index).map(|(_, r)| *r);
    if let Some(first) = parts.next() {
        let all = parts.fold(first, |a, b| a.union(b));
        return Place::Shown(all.top(), all.bottom());
    }
    match visible.first() {
        Some((first, _)) if index < *first => Place::Above,
        _ => Place::Below,
    }
}

/// Where a sentence absent from a side would stand: just below `after` (the sentence of that
/// side before it), or the top when there is none.
fn point(visible: &Visible, after: Option<usize>) -> Place {
    match after.map(|index| place(visible, index)) {
        Some(Place::Shown(_, bottom)) => Place::Shown(bottom, bottom),
        Some(away) => away,
        None => match visible.first() {
            Some((0, r)) => Place::Shown(r.top(), r.top()),
            _ => Place::Above,
        },
    }
}

/// The sentence of one side shown in place in the rows before `row`.
fn neighbour(comparison: &Comparison, row: usize, left: bool) -> Option<usize> {
    comparison
        .rows
        .get(..row)?
        .iter()
        .rev()
        .take(ANCHOR_SEARCH)
        .find_map(|r| match (left, r.kind) {
            (true, _) => r.left,
            (false, Kind::Moved) => None,
            (false, _) => r.right,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_screen_counterparts_are_above_or_below() {
        let visible: Visible = vec![
            (10, Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 20.0))),
            (11, Rect::from_min_max(pos2(0.0, 20.0), pos2(10.0, 40.0))),
        ];
        assert_eq!(place(&visible, 11), Place::Shown(20.0, 40.0));
        assert_eq!(place(&visible, 3), Place::Above);
        assert_eq!(place(&visible, 30), Place::Below);
        assert_eq!(point(&visible, Some(10)), Place::Shown(20.0, 20.0));
        assert_eq!(point(&visible, Some(2)), Place::Above);
    }
}
