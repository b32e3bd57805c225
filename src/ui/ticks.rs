//! The overview strip's ticks, merged per pixel row and kind, computed once per strip height
//! and layout rather than every frame.

use std::sync::Arc;

use crate::compare::Kind;
use crate::viewer::Shown;
use crate::viewer::heights::Heights;

/// The strip's ticks, merged per pixel row and kind, for one strip height and layout: a long
/// document has far more changes than pixels, so they are computed once, not every frame.
#[derive(Debug, Default)]
pub struct Ticks {
    key: (usize, u32, u32),
    pub ticks: Vec<(f32, f32, Kind)>,
}

impl Ticks {
    pub fn update(&mut self, shown: &Shown, heights: &mut Heights, strip: f32) {
        let total = heights.total().max(1.0);
        // Measuring lines while scrolling nudges the total; ticks move by less than a pixel
        // until it changes by about 0.1%, so only then are they recomputed.
        let key = (
            Arc::as_ptr(&shown.lines) as usize,
            strip as u32,
            (total.log2() * 1000.0) as u32,
        );
        if key == self.key {
            return;
        }
        self.key = key;
        self.ticks.clear();
        let scale = strip / total;
        // Every stop: a moved sentence is marked where it was and where it landed.
        for &line in &shown.lines.stops {
            let Some(row) = shown.lines.aligned.get(line).map(|l| l.row) else {
                continue;
            };
            let kind = shown
                .comparison
                .rows
                .get(row)
                .map_or(Kind::Shared, |r| r.kind);
            let top = heights.start(line) * scale;
            let bottom = top + (heights.height(line) * scale).max(2.0);
            match self.ticks.last_mut() {
                Some(last) if last.2 == kind && top <= last.1 + 0.5 => last.1 = last.1.max(bottom),
                _ => self.ticks.push((top, bottom, kind)),
            }
        }
    }
}
