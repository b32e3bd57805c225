//! Two threads for large jobs (`std::thread::scope`): the two sides of a comparison, or the
//! two halves of a list, each on its own core. Small jobs stay on the calling thread, where
//! spawning would cost more than it saves.

/// Jobs of fewer items (sentences, rows) than this stay on one thread.
pub const MIN_ITEMS: usize = 4096;

/// Runs `a` and `b`, on two threads when `parallel`; a panic in either is passed on.
pub fn join<A: Send, B: Send>(
    parallel: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if !parallel {
        return (a(), b());
    }
    std::thread::scope(|scope| {
        let handle = scope.spawn(b);
        let a = a();
        let b = handle
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (a, b)
    })
}

/// `items` mapped by `f`, in order; the two halves on two threads when there are many.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let (front, back) = items.split_at(items.len() / 2);
    let run = |part: &[T]| part.iter().map(&f).collect::<Vec<R>>();
    let (mut out, rest) = join(items.len() >= MIN_ITEMS, || run(front), || run(back));
    out.extend(rest);
    out
}

/// Calls `f` on every item, the two halves on two threads when there are many.
pub fn for_each<T: Send>(items: &mut [T], f: impl Fn(&mut T) + Sync) {
    let parallel = items.len() >= MIN_ITEMS;
    let (front, back) = items.split_at_mut(items.len() / 2);
    join(
        parallel,
        || front.iter_mut().for_each(&f),
        || back.iter_mut().for_each(&f),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_and_small_jobs_give_the_same_results_in_order() {
        for n in [0, 1, 7, MIN_ITEMS, MIN_ITEMS * 3 + 1] {
            let items: Vec<usize> = (0..n).collect();
            assert_eq!(
                map(&items, |x| x * 2),
                (0..n).map(|x| x * 2).collect::<Vec<_>>()
            );
            let mut doubled = items.clone();
            for_each(&mut doubled, |x| *x *= 2);
            assert_eq!(doubled, map(&items, |x| x * 2));
        }
        let (a, b) = join(true, || "left", || "right");
        assert_eq!((a, b), ("left", "right"));
    }
}
