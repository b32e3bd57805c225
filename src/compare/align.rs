//! Aligning two sentence sequences into rows: a diff of normalised sentence keys, then moves
//! and pairings inside the changed regions, then the rows in reading order.

use super::bag::{Bag, Bags};
use super::gaps::{self, Item};
use super::key::{Interner, fold_positions, key_hash};
use super::{Kind, Options, Row, Segmented, diff, index, inline, moves, pair, parallel};

/// Word similarity ignores spelling variants and punctuation, so two different sentences can
/// score 1; a reported similarity of 1 is kept for sentences that are the same.
const BELOW_IDENTICAL: f32 = 0.999;

/// In a large region, a sentence looks for its counterpart this many sentences either side of
/// its proportional place.
const LARGE_REGION_REACH: usize = 500;

/// Moves are long-range links, so they need more evidence than a pairing in place.
const MOVE_MARGIN: f32 = 0.15;

/// Where a sentence of one side went.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Link {
    /// Not decided yet.
    Free,
    /// Same key, same place.
    Shared(usize),
    /// Paired in place with a reworded sentence.
    Modified(usize, f32),
    /// Linked to a sentence elsewhere.
    Moved(usize, f32),
}

/// A changed region: left sentences `left` faced right sentences `right`.
struct Region {
    left: std::ops::Range<usize>,
    right: std::ops::Range<usize>,
}

/// Where every sentence of both sides went, filled in phase by phase.
struct Links {
    left: Vec<Link>,
    right: Vec<Link>,
}

impl Links {
    /// Shared links from the equal runs of the sentence diff, and the regions between them.
    fn from_diff(left_ids: &[u32], right_ids: &[u32], id_count: usize) -> (Links, Vec<Region>) {
        let mut links = Links {
            left: vec![Link::Free; left_ids.len()],
            right: vec![Link::Free; right_ids.len()],
        };
        let mut regions = Vec::new();
        let (mut l, mut r) = (0, 0);
        let ends = diff::equal_runs(left_ids, right_ids, id_count)
            .into_iter()
            .chain(std::iter::once(diff::Run {
                left: left_ids.len(),
                right: right_ids.len(),
                len: 0,
            }));
        for run in ends {
            if run.left > l || run.right > r {
                regions.push(Region {
                    left: l..run.left,
                    right: r..run.right,
                });
            }
            for k in 0..run.len {
                links.set(run.left + k, run.right + k, Link::Shared);
            }
            (l, r) = (run.left + run.len, run.right + run.len);
        }
        (links, regions)
    }

    /// Links left `l` with right `r`; `link` makes the link from the partner's index.
    fn set(&mut self, l: usize, r: usize, link: impl Fn(usize) -> Link) {
        self.left[l] = link(r);
        self.right[r] = link(l);
    }

    fn free_left(&self) -> Vec<usize> {
        free(&self.left)
    }

    fn free_right(&self) -> Vec<usize> {
        free(&self.right)
    }
}

fn free(links: &[Link]) -> Vec<usize> {
    (0..links.len())
        .filter(|&i| links[i] == Link::Free)
        .collect()
}

/// Aligns the sentences of `left` and `right` into rows (see [`super::Comparison::rows`]).
pub fn align(left: &Segmented, right: &Segmented, options: &Options) -> Vec<Row> {
    // Keys are hashed on two threads, then interned in order on this one.
    let large = left.sentences.len() + right.sentences.len() >= parallel::MIN_ITEMS;
    let ((left_texts, left_hashes), (right_texts, right_hashes)) = parallel::join(
        large,
        || key_hashes(left, options),
        || key_hashes(right, options),
    );
    let mut interner = Interner::with_capacity(left_texts.len() + right_texts.len());
    let left_ids = intern(&mut interner, &left_texts, left_hashes, options);
    let right_ids = intern(&mut interner, &right_texts, right_hashes, options);
    let (mut links, regions) = Links::from_diff(&left_ids, &right_ids, interner.len());

    // 1. Identical sentences that changed place.
    for (l, r) in moves::exact(
        &links.free_left(),
        &links.free_right(),
        &left_ids,
        &right_ids,
    ) {
        links.set(l, r, |to| Link::Moved(to, 1.0));
    }

    // 2. Reworded sentences paired in place, region by region.
    let (left_bags, right_bags) = parallel::join(
        large,
        || Bags::new(&left_texts, |i| links.left[i] == Link::Free),
        || Bags::new(&right_texts, |i| links.right[i] == Link::Free),
    );
    for region in &regions {
        let lefts: Vec<usize> = region
            .left
            .clone()
            .filter(|&l| links.left[l] == Link::Free)
            .collect();
        let rights: Vec<usize> = region
            .right
            .clone()
            .filter(|&r| links.right[r] == Link::Free)
            .collect();
        // Scores below the lowest floor pairing uses are never looked at.
        let floor = options.threshold - pair::SAME_PLACE_BONUS;
        let score = |i: usize, j: usize| {
            let (a, b) = (&left_bags[lefts[i]], &right_bags[rights[j]]);
            if a.could_reach(b, floor) {
                a.similarity(b)
            } else {
                0.0
            }
        };
        let (n, m) = (lefts.len(), rights.len());
        let pairs = if n * m <= pair::DENSE_CELLS {
            pair::pair_in_order(n, m, options.threshold, score)
        } else {
            // A large region (a rewrite, two unrelated texts): only pairs sharing rare words
            // near the diagonal are scored, so its cost stays linear.
            let l: Vec<&Bag> = lefts.iter().map(|&i| &left_bags[i]).collect();
            let r: Vec<&Bag> = rights.iter().map(|&j| &right_bags[j]).collect();
            let candidates = index::near_diagonal(&l, &r, LARGE_REGION_REACH);
            pair::pair_candidates(n, m, options.threshold, &candidates, score)
        };
        for p in pairs {
            let score = p.score.min(BELOW_IDENTICAL);
            links.set(lefts[p.left], rights[p.right], |to| {
                Link::Modified(to, score)
            });
        }
    }

    // A split or merge pairs with the piece that carries most of the sentence.
    prefer_larger_pieces(&mut links, &left_bags, &right_bags, options.threshold);

    // 3. Edited sentences that changed place.
    let move_threshold = (options.threshold + MOVE_MARGIN).min(0.95);
    let found = moves::similar(
        &links.free_left(),
        &links.free_right(),
        &left_bags,
        &right_bags,
        move_threshold,
    );
    for (l, r, score) in found {
        let score = score.min(BELOW_IDENTICAL);
        links.set(l, r, |to| Link::Moved(to, score));
    }

    // Position as evidence: second chances in the gaps between in-place pairs.
    for (l, r, score) in gap_pairs(&links, &left_texts, &right_texts, &left_bags, &right_bags) {
        links.set(l, r, |to| Link::Modified(to, score.min(BELOW_IDENTICAL)));
    }

    // 4. Rows in reading order, with the changed words of every pair.
    let mut rows = assemble(&links.left, &links.right);
    parallel::for_each(&mut rows, |row| {
        if let (Kind::Modified | Kind::Moved, Some(l), Some(r)) = (row.kind, row.left, row.right) {
            let (ls, rs) = (&left.sentences[l], &right.sentences[r]);
            (row.left_changes, row.right_changes) =
                inline::changes(left_texts[l], ls.start, right_texts[r], rs.start, options);
        }
    });
    rows
}

/// Moves each in-place pair whose sentence was split (or merged) to the neighbouring piece
/// when that piece shares more characters with it and is itself a pairing; the other piece
/// stays one-sided. Both directions are checked, so swapping the sides gives the same pairs.
fn prefer_larger_pieces(links: &mut Links, left_bags: &Bags, right_bags: &Bags, threshold: f32) {
    for (l, bag) in left_bags.iter() {
        let Some(&Link::Modified(r, _)) = links.left.get(l) else {
            continue;
        };
        let here = bag.common_chars(&right_bags[r]);
        let better = [r.checked_sub(1), r.checked_add(1)]
            .into_iter()
            .flatten()
            .filter(|&n| links.right.get(n) == Some(&Link::Free))
            .map(|n| (n, bag.common_chars(&right_bags[n])))
            .filter(|&(n, c)| c > here && bag.similarity(&right_bags[n]) >= threshold)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((n, _)) = better {
            let score = bag.similarity(&right_bags[n]).min(BELOW_IDENTICAL);
            links.right[r] = Link::Free;
            links.set(l, n, |to| Link::Modified(to, score));
        }
    }
    for (r, bag) in right_bags.iter() {
        let Some(&Link::Modified(l, _)) = links.right.get(r) else {
            continue;
        };
        let here = bag.common_chars(&left_bags[l]);
        let better = [l.checked_sub(1), l.checked_add(1)]
            .into_iter()
            .flatten()
            .filter(|&n| links.left.get(n) == Some(&Link::Free))
            .map(|n| (n, bag.common_chars(&left_bags[n])))
            .filter(|&(n, c)| c > here && bag.similarity(&left_bags[n]) >= threshold)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((n, _)) = better {
            let score = bag.similarity(&left_bags[n]).min(BELOW_IDENTICAL);
            links.left[l] = Link::Free;
            links.set(n, r, |to| Link::Modified(to, score));
        }
    }
}

/// The second-chance pairs of every gap between consecutive in-place pairs (see [`gaps`]).
fn gap_pairs(
    links: &Links,
    left_texts: &[&str],
    right_texts: &[&str],
    left_bags: &Bags,
    right_bags: &Bags,
) -> Vec<(usize, usize, f32)> {
    let mut out = Vec::new();
    let mut lefts: Vec<Item> = Vec::new();
    let mut next_right = 0;
    let ends = (0..=links.left.len()).filter_map(|l| match links.left.get(l) {
        Some(Link::Shared(r) | Link::Modified(r, _)) => Some((l, *r)),
        Some(_) => None,
        None => Some((l, links.right.len())),
    });
    let mut from_left = 0;
    for (l_end, r_end) in ends {
        lefts.clear();
        lefts.extend(
            (from_left..l_end)
                .filter(|&l| links.left[l] == Link::Free)
                .map(|index| Item {
                    index,
                    text: left_texts[index],
                })
                .take(gaps::GAP_MAX + 1),
        );
        if !lefts.is_empty() && lefts.len() <= gaps::GAP_MAX {
            let rights: Vec<Item> = (next_right..r_end)
                .filter(|&r| links.right[r] == Link::Free)
                .map(|index| Item {
                    index,
                    text: right_texts[index],
                })
                .take(gaps::GAP_MAX + 1)
                .collect();
            out.extend(gaps::pair_gap(&lefts, &rights, |i, j| {
                left_bags[lefts[i].index].similarity(&right_bags[rights[j].index])
            }));
        }
        from_left = l_end + 1;
        next_right = r_end + 1;
    }
    out
}

/// The texts of one side's sentences and their key hashes (see [`key_hash`]).
fn key_hashes<'t>(side: &'t Segmented, options: &Options) -> (Vec<&'t str>, Vec<u64>) {
    let text = side.document.text.as_str();
    let folds = fold_positions(text);
    let mut next_fold = folds.iter().peekable();
    let mut buf = String::new();
    let texts: Vec<&str> = side.sentences.iter().map(|s| &text[s.range()]).collect();
    let hashes = (side.sentences.iter().zip(&texts))
        .map(|(sentence, text)| {
            while next_fold.next_if(|&&p| p < sentence.start).is_some() {}
            let folds = next_fold.peek().is_some_and(|&&p| p < sentence.end);
            key_hash(text, options, folds, &mut buf)
        })
        .collect();
    (texts, hashes)
}

/// The key ids of one side's sentences, from their hashes.
fn intern<'t>(
    interner: &mut Interner<'t>,
    texts: &[&'t str],
    hashes: Vec<u64>,
    options: &Options,
) -> Vec<u32> {
    (texts.iter().zip(hashes))
        .map(|(text, hash)| interner.id_hashed(text, hash, options))
        .collect()
}

/// Lays the links out as rows in reading order: walking both sides together, a left sentence
/// that is removed or moved gets its row where it stands; a right sentence that is added gets
/// its row where it stands; a moved right sentence has its row at its left counterpart.
fn assemble(left_links: &[Link], right_links: &[Link]) -> Vec<Row> {
    let mut rows = Vec::with_capacity(left_links.len().max(right_links.len()));
    let (mut l, mut r) = (0, 0);
    loop {
        // Left sentences that are removed or moved, up to the next in-place pair.
        while l < left_links.len() {
            match left_links[l] {
                Link::Shared(_) | Link::Modified(..) => break,
                Link::Moved(to, score) => rows.push(Row {
                    kind: Kind::Moved,
                    left: Some(l),
                    right: Some(to),
                    similarity: score,
                    left_changes: Vec::new(),
                    right_changes: Vec::new(),
                }),
                Link::Free => rows.push(one_sided(Kind::Removed, Some(l), None)),
            }
            l += 1;
        }
        // Right sentences added before the counterpart of that pair.
        while r < right_links.len()
            && !matches!(right_links[r], Link::Shared(_) | Link::Modified(..))
        {
            if right_links[r] == Link::Free {
                rows.push(one_sided(Kind::Added, None, Some(r)));
            }
            r += 1;
        }
        if l >= left_links.len() {
            break;
        }
        let (kind, to, similarity) = match left_links[l] {
            Link::Shared(to) => (Kind::Shared, to, 1.0),
            Link::Modified(to, score) => (Kind::Modified, to, score),
            _ => unreachable!("loop above stops only at in-place links"),
        };
        rows.push(Row {
            kind,
            left: Some(l),
            right: Some(to),
            similarity,
            left_changes: Vec::new(),
            right_changes: Vec::new(),
        });
        l += 1;
        r = to + 1;
    }
    rows
}

fn one_sided(kind: Kind, left: Option<usize>, right: Option<usize>) -> Row {
    Row {
        kind,
        left,
        right,
        similarity: 0.0,
        left_changes: Vec::new(),
        right_changes: Vec::new(),
    }
}
