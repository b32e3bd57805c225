//! Line heights for virtual scrolling: estimated for every line from its text length when the
//! width or zoom changes, replaced by the measured height of each line as it is drawn, with
//! prefix sums for positions. Only visible lines are ever laid out.

/// Heights of a list of lines at one text width and font size.
#[derive(Clone, Debug, Default)]
pub struct Heights {
    /// The (width, font size) the estimates were made for.
    key: (f32, f32),
    heights: Vec<f32>,
    /// `starts[i]` is the top of line `i`; `starts[len]` the total height.
    starts: Vec<f32>,
    dirty: bool,
}

/// A scroll position: a line and how far below its top the view starts. Anchoring on a line
/// keeps the view still when heights above it are corrected.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ScrollPos {
    /// The line at the top of the view.
    pub line: usize,
    /// Pixels of that line above the view.
    pub offset: f32,
}

impl Heights {
    /// Whether the estimates are for this width and font size and this many lines.
    pub fn is_for(&self, width: f32, font_size: f32, len: usize) -> bool {
        self.key == (width, font_size) && self.heights.len() == len
    }

    /// Starts over with estimated heights.
    pub fn reset(&mut self, width: f32, font_size: f32, estimates: impl Iterator<Item = f32>) {
        self.key = (width, font_size);
        self.heights = estimates.collect();
        self.dirty = true;
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.heights.len()
    }

    /// True when there are no lines.
    pub fn is_empty(&self) -> bool {
        self.heights.is_empty()
    }

    /// Records the measured height of line `i`.
    pub fn set(&mut self, i: usize, height: f32) {
        if let Some(h) = self.heights.get_mut(i)
            && (*h - height).abs() > 0.25
        {
            *h = height;
            self.dirty = true;
        }
    }

    /// The height of line `i`.
    pub fn height(&self, i: usize) -> f32 {
        self.heights.get(i).copied().unwrap_or(0.0)
    }

    fn update(&mut self) {
        if !self.dirty && self.starts.len() == self.heights.len() + 1 {
            return;
        }
        self.starts.clear();
        self.starts.reserve(self.heights.len() + 1);
        let mut y = 0.0;
        self.starts.push(0.0);
        for h in &self.heights {
            y += h;
            self.starts.push(y);
        }
        self.dirty = false;
    }

    /// The top of line `i` (the total height for `i == len`).
    pub fn start(&mut self, i: usize) -> f32 {
        self.update();
        self.starts[i.min(self.heights.len())]
    }

    /// The total height.
    pub fn total(&mut self) -> f32 {
        self.start(self.heights.len())
    }

    /// The line at height `y` (clamped to the lines).
    pub fn line_at(&mut self, y: f32) -> usize {
        self.update();
        let after = self.starts.partition_point(|&s| s <= y);
        after
            .saturating_sub(1)
            .min(self.heights.len().saturating_sub(1))
    }

    /// `pos` as a height.
    pub fn y_of(&mut self, pos: ScrollPos) -> f32 {
        self.start(pos.line) + pos.offset
    }

    /// The position at height `y`, kept within the content for a view of height `view`.
    pub fn pos_at(&mut self, y: f32, view: f32) -> ScrollPos {
        let y = y.clamp(0.0, (self.total() - view).max(0.0));
        let line = self.line_at(y);
        ScrollPos {
            line,
            offset: y - self.start(line),
        }
    }

    /// The position that shows line `i` at `fraction` of a view of height `view` (0 = top,
    /// 0.5 = middle).
    pub fn pos_showing(&mut self, i: usize, fraction: f32, view: f32) -> ScrollPos {
        let y = self.start(i) + self.height(i) / 2.0 - view * fraction;
        self.pos_at(y, view)
    }
}

/// Estimated height of a text of `chars` characters wrapped at `width`: enough rows for the
/// text at an average glyph width.
pub fn estimate(chars: usize, width: f32, glyph_width: f32, row_height: f32) -> f32 {
    let per_row = (width / glyph_width.max(1.0)).max(8.0);
    (chars as f32 / per_row).ceil().max(1.0) * row_height
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_measured_heights() {
        let mut h = Heights::default();
        h.reset(300.0, 14.0, [10.0, 20.0, 30.0].into_iter());
        assert_eq!(h.total(), 60.0);
        assert_eq!(h.line_at(25.0), 1);
        assert_eq!(h.line_at(1000.0), 2);
        h.set(0, 40.0);
        assert_eq!(h.start(1), 40.0);
        assert_eq!(h.total(), 90.0);
        let pos = h.pos_at(45.0, 10.0);
        assert_eq!(
            pos,
            ScrollPos {
                line: 1,
                offset: 5.0
            }
        );
        assert_eq!(h.y_of(pos), 45.0);
        // Clamped to the end of the content.
        let end = h.pos_at(500.0, 30.0);
        assert_eq!(h.y_of(end), 60.0);
        assert!(h.is_for(300.0, 14.0, 3) && !h.is_for(301.0, 14.0, 3));
    }

    #[test]
    fn estimates_grow_with_text_and_shrink_with_width() {
        assert_eq!(estimate(10, 300.0, 7.0, 18.0), 18.0);
        assert_eq!(estimate(100, 300.0, 7.0, 18.0), 54.0);
        assert!(estimate(100, 600.0, 7.0, 18.0) < estimate(100, 300.0, 7.0, 18.0));
    }
}
