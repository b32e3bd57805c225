//! Second chances inside the gaps that in-order pairing leaves between paired sentences:
//! position is evidence. A sentence that is clearly the best match of its counterpart in the
//! same gap, and the reverse, pairs below the threshold; so does one that keeps the other's
//! opening frame with a different name in it ("Voting against the action was Ann Lee, …").

use super::bag::Bag;

/// Gaps larger than this many sentences a side get no second chance (cost stays bounded, and
/// position says little in a rewritten stretch).
pub const GAP_MAX: usize = 8;

/// Mutual best matches pair from this similarity. Measured: true rewrites the only fit in
/// their gap scored 0.24–0.40, unrelated neighbours in gaps 0.16 at most once the shared
/// opening words are set aside.
const MUTUAL_FLOOR: f32 = 0.2;
/// …when the runner-up on either side is at least this much further away.
const MUTUAL_MARGIN: f32 = 0.1;
/// A kept opening frame with a new name in it pairs from this similarity.
const FRAME_FLOOR: f32 = 0.1;
/// A frame is at least this many words.
const FRAME_WORDS: usize = 2;

/// One sentence of a gap: its index and text.
pub struct Item<'t> {
    /// Sentence index on its side.
    pub index: usize,
    /// The sentence text.
    pub text: &'t str,
}

/// Pairs inside one gap: returns (left index, right index, score), in order on both sides.
/// `score` is the word similarity of two items (by position in `lefts`, `rights`).
pub fn pair_gap(
    lefts: &[Item],
    rights: &[Item],
    score: impl Fn(usize, usize) -> f32,
) -> Vec<(usize, usize, f32)> {
    let (n, m) = (lefts.len(), rights.len());
    if n == 0 || m == 0 || n > GAP_MAX || m > GAP_MAX {
        return Vec::new();
    }
    let table: Vec<f32> = (0..n * m).map(|k| score(k / m, k % m)).collect();
    let at = |i: usize, j: usize| table[i * m + j];
    let mut found: Vec<(usize, usize, f32)> = Vec::new();
    for (i, left) in lefts.iter().enumerate() {
        let Some(j) = best(m, |j| at(i, j)) else {
            continue;
        };
        if best(n, |k| at(k, j)) != Some(i) {
            continue;
        }
        let s = at(i, j);
        let runner_up = |len: usize, f: &dyn Fn(usize) -> f32, skip: usize| {
            (0..len)
                .filter(|&k| k != skip)
                .map(f)
                .fold(0.0f32, f32::max)
        };
        let margin = (s - runner_up(m, &|k| at(i, k), j)).min(s - runner_up(n, &|k| at(k, j), i));
        let (a, b) = (left.text, rights[j].text);
        let frame = common_frame(a, b);
        let by_frame = s >= FRAME_FLOOR && frame >= FRAME_WORDS && names_after(a, b, frame);
        let by_margin = margin >= MUTUAL_MARGIN
            && s >= MUTUAL_FLOOR
            && (frame == 0 || rest_similarity(a, b, frame) >= MUTUAL_FLOOR);
        if by_frame || by_margin {
            found.push((i, j, s));
        }
    }
    // Keep an order-preserving subset, best scores first.
    found.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)));
    let mut kept: Vec<(usize, usize, f32)> = Vec::new();
    for p in found {
        if kept
            .iter()
            .all(|q| (q.0 < p.0 && q.1 < p.1) || (q.0 > p.0 && q.1 > p.1))
        {
            kept.push(p);
        }
    }
    kept.sort_by_key(|p| p.0);
    kept.into_iter()
        .map(|(i, j, s)| (lefts[i].index, rights[j].index, s))
        .collect()
}

/// The position of the highest score, if any is above 0 and it is unique.
fn best(len: usize, f: impl Fn(usize) -> f32) -> Option<usize> {
    let mut top: Option<(usize, f32)> = None;
    let mut tied = false;
    for k in 0..len {
        let s = f(k);
        match top {
            Some((_, t)) if s < t => {}
            Some((_, t)) if s == t => tied = true,
            _ => {
                top = Some((k, s));
                tied = false;
            }
        }
    }
    top.filter(|&(_, s)| s > 0.0 && !tied).map(|(k, _)| k)
}

/// Words (runs of letters and digits), case kept.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// How many opening words the two sentences share (case-insensitive).
fn common_frame(a: &str, b: &str) -> usize {
    words(a)
        .zip(words(b))
        .take_while(|(x, y)| x.to_lowercase() == y.to_lowercase())
        .count()
}

/// Within two words after the frame both sentences name something (a capitalised word), so
/// the frame is a slot filled with a new name, not a shared subject with new news after it.
fn names_after(a: &str, b: &str, frame: usize) -> bool {
    let named = |t: &str| {
        words(t)
            .skip(frame)
            .take(2)
            .any(|w| w.starts_with(char::is_uppercase))
    };
    named(a) && named(b)
}

/// Similarity of what follows the shared opening words: "Fontaine said the city …" twice is
/// no evidence that the rest is the same news.
fn rest_similarity(a: &str, b: &str, frame: usize) -> f32 {
    let rest = |t: &str| {
        let start = words(t)
            .nth(frame)
            .map_or(t.len(), |w| w.as_ptr() as usize - t.as_ptr() as usize);
        Bag::new(&t[start..])
    };
    rest(a).similarity(&rest(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items<'t>(texts: &[&'t str]) -> Vec<Item<'t>> {
        texts
            .iter()
            .enumerate()
            .map(|(index, text)| Item { index, text })
            .collect()
    }

    fn run(left: &[&str], right: &[&str]) -> Vec<(usize, usize)> {
        let (l, r) = (items(left), items(right));
        let bags_l: Vec<Bag> = left.iter().map(|t| Bag::new(t)).collect();
        let bags_r: Vec<Bag> = right.iter().map(|t| Bag::new(t)).collect();
        pair_gap(&l, &r, |i, j| bags_l[i].similarity(&bags_r[j]))
            .into_iter()
            .map(|(i, j, _)| (i, j))
            .collect()
    }

    #[test]
    fn a_frame_with_a_new_name_pairs() {
        let pairs = run(
            &[
                "Dissenting from the ruling was Judge Mara Quist, who argued the statute left no room for the agency's reading of it.",
            ],
            &[
                "Dissenting from the ruling was Judge Tomas Ferreira, who wrote that precedent bound the court to defer.",
                "The case now returns to the district court.",
            ],
        );
        assert_eq!(pairs, vec![(0, 0)]);
    }

    #[test]
    fn a_shared_subject_with_new_news_stays_apart() {
        let pairs = run(
            &["Okafor said the county's parks had drawn record crowds over the summer holidays."],
            &["Okafor said the county would replace its aging snowplows with a leased fleet."],
        );
        assert!(pairs.is_empty(), "{pairs:?}");
    }

    #[test]
    fn a_clear_mutual_best_pairs_below_the_threshold() {
        let pairs = run(
            &[
                "Because grant programs are built to avoid risk, her eagerness to rethink the schedule and experiment was unusual and right.",
                "She chaired the committee for nine years.",
            ],
            &["Her eagerness to experiment was widely admired."],
        );
        assert_eq!(pairs, vec![(0, 0)]);
    }
}
