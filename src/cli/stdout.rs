//! Whether standard output exists at all: a closed one (`>&-`) is an error, not silence.
//!
//! Before `main` runs, Rust's runtime reopens a closed standard output on `/dev/null`, which
//! cannot be told apart from `> /dev/null` afterwards. So where the platform runs
//! constructors (ELF `.init_array`, Apple `__mod_init_func`) the state is recorded before
//! the runtime starts; elsewhere only a descriptor closed later is seen.

use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};

/// `EBADF`, "bad file descriptor": 9 on every Unix.
const EBADF: i32 = 9;

/// Set when descriptor 1 was closed as the process started.
static CLOSED_AT_START: AtomicBool = AtomicBool::new(false);

/// Whether standard output is closed, so that nothing written to it can arrive.
pub(super) fn is_closed() -> bool {
    CLOSED_AT_START.load(Ordering::Relaxed) || closed_now()
}

/// Whether descriptor 1 is closed now: duplicating it fails with `EBADF`.
fn closed_now() -> bool {
    std::io::stdout()
        .as_fd()
        .try_clone_to_owned()
        .is_err_and(|e| e.raw_os_error() == Some(EBADF))
}

#[cfg(any(
    target_os = "linux",
    target_os = "android",
    target_os = "freebsd",
    target_os = "netbsd",
    target_os = "openbsd",
    target_os = "dragonfly",
    target_os = "illumos",
    target_vendor = "apple",
))]
mod at_start {
    use super::{CLOSED_AT_START, Ordering, closed_now};

    /// Called by the C runtime before `main`, hence before Rust's runtime hides the state.
    extern "C" fn record() {
        CLOSED_AT_START.store(closed_now(), Ordering::Relaxed);
    }

    /// The entry in the platform's constructor table; `#[used]` keeps it through linking.
    #[used]
    #[cfg_attr(not(target_vendor = "apple"), unsafe(link_section = ".init_array"))]
    #[cfg_attr(
        target_vendor = "apple",
        unsafe(link_section = "__DATA,__mod_init_func")
    )]
    static RECORD: extern "C" fn() = record;
}
