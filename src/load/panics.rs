//! Catching a parser's panic on a malformed file without the panic's message on standard
//! error: the caller reports the file as damaged in one line instead.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Set while this thread runs a parser whose panics are caught and reported.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

static HOOK: Once = Once::new();

/// Runs `parse`, turning a panic into `None`. The panic hook in place stays in charge of
/// every other panic (another thread's, or a real bug after this returns): only panics of
/// this thread while `parse` runs are kept off standard error.
pub fn catch_quietly<R>(parse: impl FnOnce() -> R) -> Option<R> {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let was_quiet = QUIET.with(|quiet| quiet.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(parse));
    QUIET.with(|quiet| quiet.set(was_quiet));
    result.ok()
}
