//! The consecutive comparisons of a series of versions, computed in parallel: each step is
//! independent of the others.

use std::num::NonZeroUsize;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::compare::{Comparison, Options};
use crate::load::Document;

/// Compares each version with the next: step k is version k against version k + 1. Steps are
/// shared out among at most as many threads as the machine runs at once; a thread takes the
/// next step when it finishes one, so a long step does not hold the others back.
pub(super) fn compare_consecutive(
    documents: &[Arc<Document>],
    options: &Options,
) -> Vec<Comparison> {
    let count = documents.len().saturating_sub(1);
    let step = |k: usize| Comparison::new(documents[k].clone(), documents[k + 1].clone(), options);
    let workers = std::thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(count);
    if workers <= 1 {
        return (0..count).map(step).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Comparison)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        if k >= count {
                            break mine;
                        }
                        mine.push((k, step(k)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_unstable_by_key(|(k, _)| *k);
    done.into_iter().map(|(_, comparison)| comparison).collect()
}
