//! A page's pieces of text put in reading order: columns are found by the gutters between
//! them and read one after the other (the left column top to bottom, then the next), with
//! anything spanning a gutter (a headline, a running header) read where it stands; pieces on
//! one row of a column are joined into a line.

use super::pdf_lines::Line;

/// Fewest pieces on each side of a gutter: fewer are a caption or a stray number, not a column.
const MIN_COLUMN_PIECES: usize = 3;
/// A column's pieces are mostly at least this many font sizes wide: narrower ones are the
/// cells of a table, whose rows read across.
const MIN_COLUMN_WIDTH: f64 = 6.0;
/// A gutter is at least this many font sizes wide.
const MIN_GUTTER: f64 = 0.5;
/// At most this share of a region's pieces may span its gutter (headlines, running lines).
const MAX_SPANNING_SHARE: f64 = 0.25;
/// Columns inside columns are looked for at most this deep.
const MAX_DEPTH: usize = 6;

/// The pieces of one page in reading order, as lines: each line's `block` numbers the column
/// (or spanning piece) it belongs to, in reading order. A page without columns keeps the
/// order its content draws in.
pub fn reading_order(pieces: Vec<Line>) -> Vec<Line> {
    let mut blocks = Vec::new();
    split(pieces, 0, &mut blocks);
    let mut out = Vec::new();
    for (number, block) in blocks.into_iter().enumerate() {
        for mut line in join_rows(block) {
            line.block = number;
            out.push(line);
        }
    }
    out
}

/// Splits `region` at its gutter, if it has one, into bands between the pieces that span
/// the gutter, each band's columns left to right; appends the blocks in reading order.
fn split(region: Vec<Line>, depth: usize, blocks: &mut Vec<Vec<Line>>) {
    let Some((left_edge, right_edge)) = (depth < MAX_DEPTH).then(|| gutter(&region)).flatten()
    else {
        if !region.is_empty() {
            blocks.push(region);
        }
        return;
    };
    let mut spanning: Vec<Line> = Vec::new();
    let mut columns: Vec<Line> = Vec::new();
    for piece in region {
        if piece.end <= left_edge || piece.x >= right_edge {
            columns.push(piece);
        } else {
            spanning.push(piece);
        }
    }
    spanning.sort_by(|a, b| a.y.total_cmp(&b.y));
    // Band k holds the column pieces above spanning piece k (the last band, those below all).
    let mut bands: Vec<(Vec<Line>, Vec<Line>)> = Vec::new();
    bands.resize_with(spanning.len() + 1, Default::default);
    for piece in columns {
        let band = spanning.iter().take_while(|s| s.y < piece.y).count();
        let (left, right) = &mut bands[band];
        if piece.end <= left_edge {
            left.push(piece);
        } else {
            right.push(piece);
        }
    }
    let mut spanning = spanning.into_iter();
    for (left, right) in bands {
        split(left, depth + 1, blocks);
        split(right, depth + 1, blocks);
        if let Some(piece) = spanning.next() {
            blocks.push(vec![piece]);
        }
    }
}

/// The gutter of a region, as its left and right edge: the emptiest vertical strip with a
/// column of text on either side, crossed by few pieces.
fn gutter(region: &[Line]) -> Option<(f64, f64)> {
    if region.len() < 2 * MIN_COLUMN_PIECES {
        return None;
    }
    let size = median(region.iter().map(|p| p.size))?;
    let coverage = coverage(region);
    let most_spanning = (region.len() as f64 * MAX_SPANNING_SHARE) as usize;
    // The fewer pieces cross a strip, the likelier it is the gutter: try the emptiest first.
    let mut levels: Vec<usize> = coverage
        .iter()
        .map(|&(_, _, count)| count)
        .filter(|&count| count <= most_spanning)
        .collect();
    levels.sort_unstable();
    levels.dedup();
    for allowed in levels {
        let mut run: Option<(f64, f64)> = None;
        let mut candidates = Vec::new();
        for &(from, to, count) in &coverage {
            if count <= allowed {
                run = Some(run.map_or((from, to), |(start, _)| (start, to)));
            } else if let Some(found) = run.take() {
                candidates.push(found);
            }
        }
        let found = candidates.into_iter().find(|&(from, to)| {
            to - from >= size * MIN_GUTTER && has_columns(region, from, to, size)
        });
        if let Some((from, to)) = found {
            return Some((from, column_start(region, to, size).unwrap_or(to)));
        }
    }
    None
}

/// Where the column right of a gutter ending at `to` starts: the leftmost edge that several
/// of its lines share. A piece starting in the gutter (a page number centred under both
/// columns) is then not taken for a line of that column.
fn column_start(region: &[Line], to: f64, size: f64) -> Option<f64> {
    let mut starts: Vec<f64> = region.iter().map(|p| p.x).filter(|&x| x >= to).collect();
    starts.sort_by(f64::total_cmp);
    (0..starts.len()).find_map(|k| {
        let shared = starts[k..]
            .iter()
            .take_while(|&&x| x <= starts[k] + size)
            .count();
        (shared >= MIN_COLUMN_PIECES).then_some(starts[k])
    })
}

/// Whether the strip `from..to` has columns of text on both sides.
fn has_columns(region: &[Line], from: f64, to: f64, size: f64) -> bool {
    let widths = |keep: &dyn Fn(&Line) -> bool| -> Vec<f64> {
        region
            .iter()
            .filter(|p| keep(p))
            .map(|p| p.end - p.x)
            .collect()
    };
    let left = widths(&|p| p.end <= from);
    let right = widths(&|p| p.x >= to);
    let text_like = |widths: Vec<f64>| {
        widths.len() >= MIN_COLUMN_PIECES
            && median(widths.into_iter()).is_some_and(|w| w >= size * MIN_COLUMN_WIDTH)
    };
    text_like(left) && text_like(right)
}

/// How many pieces cover each stretch of the region's width, left to right, as
/// `(from, to, count)`; stretches between pieces count 0.
fn coverage(region: &[Line]) -> Vec<(f64, f64, usize)> {
    let mut edges: Vec<(f64, bool)> = region
        .iter()
        .flat_map(|p| [(p.x, true), (p.end.max(p.x), false)])
        .collect();
    // At one position, ends come before starts: touching pieces leave no empty strip.
    edges.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut out = Vec::new();
    let mut count = 0usize;
    let mut previous: Option<f64> = None;
    for (at, starts) in edges {
        if let Some(from) = previous
            && at > from
        {
            out.push((from, at, count));
        }
        if starts {
            count += 1;
        } else {
            count = count.saturating_sub(1);
        }
        previous = Some(at);
    }
    out
}

/// The median of some values (the lower one of an even count).
fn median(values: impl Iterator<Item = f64>) -> Option<f64> {
    let mut values: Vec<f64> = values.collect();
    values.sort_by(f64::total_cmp);
    values.get(values.len().saturating_sub(1) / 2).copied()
}

/// Joins pieces that follow each other on one row (a line drawn in parts, or split at a wide
/// space) into one line.
fn join_rows(block: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(block.len());
    for piece in block {
        match out.last_mut() {
            Some(line)
                if (piece.y - line.y).abs() <= line.size.max(piece.size) * 0.5
                    && piece.x >= line.end - line.size =>
            {
                if !line.text.ends_with(char::is_whitespace)
                    && !piece.text.starts_with(char::is_whitespace)
                {
                    line.text.push(' ');
                }
                line.text.push_str(&piece.text);
                line.end = line.end.max(piece.end);
            }
            _ => out.push(piece),
        }
    }
    out
}

#[cfg(test)]
mod tests;
