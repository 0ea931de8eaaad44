//! The watcher of `a_sigkill_in_the_middle_of_a_save_keeps_the_last_saved_file`:
//! it sees each save's temporary file come and go (inotify), stops the
//! program in the middle of a chosen save and proves the save was under way
//! before it kills it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::{child_pid, leftovers};

/// The state of process `pid` from /proc: `R`, `S`, `T` (stopped), ...
pub(super) fn state(pid: i32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.trim_start().chars().next()
}

pub(super) fn signal(pid: i32, sig: i32) {
    // SAFETY: kill(2) with the pid of our own child and a signal number.
    assert_eq!(unsafe { libc::kill(pid, sig) }, 0, "kill({pid}, {sig})");
}

/// What one run's watcher saw: how long each save's temporary file was
/// seen to exist (from its creation to its rename, as the watcher woke for
/// them: a measure of a save), and how many saves it tried to stop mid-save
/// and found finished.
#[derive(Default)]
pub(super) struct Watched {
    pub(super) lifetimes: Vec<Duration>,
    pub(super) misses: usize,
    /// The watcher's scheduling (`ahead_of_the_rest`).
    pub(super) priority: &'static str,
}

/// A save cut short: its temporary file, the answer it was saving (1 for
/// the first), and how long after the file appeared the program stood
/// stopped.
pub(super) struct Cut {
    pub(super) tmp: PathBuf,
    pub(super) answer: usize,
    pub(super) pause: Duration,
}

/// An inotify watch on a folder for files created in it or renamed away
/// from it: the watcher wakes when a save starts and when it ends, instead
/// of polling (a save on a fast disk takes a fraction of a millisecond).
pub(super) struct Inotify(i32);

impl Inotify {
    pub(super) fn new(dir: &Path) -> Self {
        use std::os::unix::ffi::OsStrExt;
        // SAFETY: inotify_init1(2) with a flag; the result is checked.
        let fd = unsafe { libc::inotify_init1(libc::IN_CLOEXEC) };
        assert!(
            fd >= 0,
            "inotify_init1: {}",
            std::io::Error::last_os_error()
        );
        let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).unwrap();
        let mask = libc::IN_CREATE | libc::IN_MOVED_FROM | libc::IN_DELETE;
        // SAFETY: a valid descriptor and a NUL-terminated path.
        let wd = unsafe { libc::inotify_add_watch(fd, path.as_ptr(), mask) };
        assert!(
            wd >= 0,
            "inotify_add_watch: {}",
            std::io::Error::last_os_error()
        );
        Self(fd)
    }

    /// Waits up to `timeout` for a change; drains the events (the folder is
    /// listed afterwards). False when nothing came.
    fn wait(&self, timeout: Duration) -> bool {
        let mut pfd = libc::pollfd {
            fd: self.0,
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&raw mut pfd, 1, ms) } <= 0 {
            return false;
        }
        let mut events = [0u8; 4096];
        // SAFETY: reads at most the buffer's length into it.
        let _ = unsafe { libc::read(self.0, events.as_mut_ptr().cast(), events.len()) };
        true
    }
}

impl Drop for Inotify {
    fn drop(&mut self) {
        // SAFETY: our own descriptor, closed once.
        unsafe { libc::close(self.0) };
    }
}

/// Kills the program (the child whose command line holds `needle`) in the
/// middle of the save of answer `nth` or a later one up to `last` (`given`
/// is the number of the answer the walk is giving): when that save's
/// temporary file appears in `dir` (watched by `changes`), the program is
/// stopped (SIGSTOP) after a pause of `fraction` of the median save seen so
/// far (`before`, and this run's); if the file is still there while it is
/// stopped, the save is under way, and SIGKILL lands in it. Otherwise it is
/// let go, and the next save is tried with half the pause, so that a fast
/// machine or a busy one still lands a kill. Returns the save that was cut
/// short, or `None` when the save of `last` was let go or no save came for
/// ten seconds (the program is killed then).
pub(super) fn kill_mid_save(
    (dir, changes): (&Path, Inotify),
    needle: &str,
    target: (&AtomicUsize, usize, usize),
    fraction: f64,
    before: &[Duration],
) -> (Option<Cut>, Watched) {
    let (given, nth, last) = target;
    let pid = child_pid(needle).expect("the program is running");
    let mut watched = Watched::default();
    let mut fraction = fraction;
    let mut live = std::collections::BTreeMap::<PathBuf, Instant>::new();
    let mut last_new = Instant::now();
    'watch: while last_new.elapsed() < Duration::from_secs(10) {
        if !changes.wait(Duration::from_millis(100)) {
            continue;
        }
        let now = leftovers(dir);
        live.retain(|tmp, since| {
            let on = now.contains(tmp);
            if !on {
                watched.lifetimes.push(since.elapsed());
            }
            on
        });
        for tmp in now {
            if live.contains_key(&tmp) {
                continue;
            }
            let since = Instant::now();
            live.insert(tmp.clone(), since);
            last_new = since;
            let answer = given.load(Ordering::SeqCst);
            if answer < nth {
                continue;
            }
            let mut measured: Vec<Duration> = before.to_vec();
            measured.extend(&watched.lifetimes);
            measured.sort();
            let median = measured.get(measured.len() / 2).copied();
            let pause = median.map_or(Duration::ZERO, |m| m.mul_f64(fraction));
            if pause >= Duration::from_micros(20) {
                std::thread::sleep(pause);
            }
            if stopped_with(pid, &tmp) {
                signal(pid, libc::SIGKILL);
                let pause = since.elapsed();
                return (Some(Cut { tmp, answer, pause }), watched);
            }
            signal(pid, libc::SIGCONT);
            watched.misses += 1;
            fraction /= 2.0;
            if answer >= last {
                break 'watch;
            }
        }
    }
    signal(pid, libc::SIGKILL);
    (None, watched)
}

/// Stops `pid` (SIGSTOP, waiting until it stands stopped); true when `tmp`
/// is there while it stands: the save that wrote it has not ended.
pub(super) fn stopped_with(pid: i32, tmp: &Path) -> bool {
    signal(pid, libc::SIGSTOP);
    while state(pid).is_some_and(|s| s != 'T') {
        std::thread::sleep(Duration::from_micros(20));
    }
    tmp.exists()
}

/// Puts the calling thread (the watcher) ahead of the machine's other work
/// where it may (real-time, else the highest nice), so that on a busy
/// machine it still wakes within a save; says which it got, for the log.
pub(super) fn ahead_of_the_rest() -> &'static str {
    let param = libc::sched_param { sched_priority: 1 };
    // SAFETY: sched_setscheduler(2) and setpriority(2) on the calling
    // thread (0) with a valid parameter; failures are only reported.
    if unsafe { libc::sched_setscheduler(0, libc::SCHED_FIFO, &raw const param) } == 0 {
        "real-time"
    } else if unsafe { libc::setpriority(libc::PRIO_PROCESS, 0, -20) } == 0 {
        "nice -20"
    } else {
        "ordinary priority"
    }
}

/// The shortest, the median and the longest of `d`, for the log.
pub(super) fn spread(d: &[Duration]) -> String {
    let mut d = d.to_vec();
    d.sort();
    match (d.first(), d.last()) {
        (Some(lo), Some(hi)) => format!("{lo:?}/{:?}/{hi:?}", d[d.len() / 2]),
        _ => "none".to_owned(),
    }
}
