//! What differs between Unix and Windows, in one place. Each function has a
//! Unix body and a Windows body side by side (and a plain one for other
//! systems), so that nothing done on one has no counterpart on the other;
//! `tests/cli/shape.rs` keeps `cfg(unix)` and `cfg(windows)` out of every
//! other file of `src/`.
//!
//! | What | Unix | Windows |
//! | --- | --- | --- |
//! | A pipe, which a read would wait on | a FIFO or a socket | a path in the `pipe` namespace (`\\.\pipe\NAME`) |
//! | A device, written to, never replaced | not a regular file (`/dev/null`, a terminal) | the same, and the reserved names (`NUL`, `CON`, `COM1`, ...) |
//! | Which file a handle or a name is | device and inode | volume serial number and file index |
//! | Standard output closed | a descriptor Rust's runtime put on `/dev/null` | no handle |
//! | A replaced file's permissions | its mode is kept | a read-only file is refused (Windows will not rename over one); the new file takes the folder's permissions |
//! | The command that opens a file | `xdg-open` (`open` on a Mac) | `start ""` |
//! | This machine's name | `/proc/sys/kernel/hostname`, `/etc/hostname` | `COMPUTERNAME` |
//! | The terminal's escape sequences | always read | turned on for the console |
//! | Ctrl-C and the terminal | `ctrlc` and crossterm, the same code on both | |

use std::fs::{File, Metadata};
use std::path::Path;

/// Whether `path` names a pipe or a socket: opening or reading one waits for
/// the other end, which may never come.
#[cfg(unix)]
pub fn is_pipe(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo() || m.file_type().is_socket())
}

#[cfg(windows)]
pub fn is_pipe(path: &Path) -> bool {
    is_windows_pipe(&path.as_os_str().to_string_lossy())
}

#[cfg(not(any(unix, windows)))]
pub fn is_pipe(_: &Path) -> bool {
    false
}

/// Whether a Windows path names a named pipe: every one lives under `pipe` on
/// a machine (`\\.\pipe\NAME`, `\\server\pipe\NAME`, `\\?\UNC\server\pipe\NAME`).
#[cfg(any(windows, test))]
fn is_windows_pipe(name: &str) -> bool {
    let name = name.replace('/', "\\").to_ascii_lowercase();
    let Some(rest) = name.strip_prefix(r"\\") else {
        return false;
    };
    let rest = rest.strip_prefix(r"?\unc\").unwrap_or(rest);
    rest.split('\\').nth(1) == Some("pipe")
}

/// Whether `path` names a device by a name that is not a file's: written to
/// directly, since replacing it would fail or make a file of that name. On
/// Unix a device is a file of its own kind, told by its metadata.
#[cfg(windows)]
pub fn is_device_name(path: &Path) -> bool {
    is_windows_device(&path.as_os_str().to_string_lossy())
}

#[cfg(not(windows))]
pub fn is_device_name(_: &Path) -> bool {
    false
}

/// Whether a Windows path is a device: one in the device namespace
/// (`\\.\COM1`), a pipe, or a reserved name (`NUL`, `con.txt`,
/// `C:\out\aux`), in any case and with any extension.
#[cfg(any(windows, test))]
fn is_windows_device(name: &str) -> bool {
    let name = name.replace('/', "\\").to_ascii_uppercase();
    if name.starts_with(r"\\.\") || is_windows_pipe(&name) {
        return true;
    }
    let last = name.rsplit(['\\', ':']).next().unwrap_or_default();
    let stem = last.split('.').next().unwrap_or_default().trim_end();
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix)
            .is_some_and(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit())
    };
    matches!(stem, "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$")
        || numbered("COM")
        || numbered("LPT")
}

/// Which file `file` is, as two numbers that another handle or name for the
/// same file gives too (a hard link, a path through a symlink).
#[cfg(unix)]
pub fn identity(file: &File) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    let m = file.metadata().ok()?;
    Some((m.dev(), m.ino()))
}

#[cfg(windows)]
pub fn identity(file: &File) -> Option<(u64, u64)> {
    use std::os::windows::io::AsRawHandle;
    use windows_sys::Win32::Storage::FileSystem::{
        BY_HANDLE_FILE_INFORMATION, GetFileInformationByHandle,
    };
    // SAFETY: an all-zero BY_HANDLE_FILE_INFORMATION is valid, and the call
    // only writes to it, given a handle `file` keeps open.
    let mut info: BY_HANDLE_FILE_INFORMATION = unsafe { std::mem::zeroed() };
    let ok = unsafe { GetFileInformationByHandle(file.as_raw_handle(), &mut info) };
    (ok != 0).then(|| {
        let index = u64::from(info.nFileIndexHigh) << 32 | u64::from(info.nFileIndexLow);
        (u64::from(info.dwVolumeSerialNumber), index)
    })
}

#[cfg(not(any(unix, windows)))]
pub fn identity(_: &File) -> Option<(u64, u64)> {
    None
}

/// Which file `path` names (see [`identity`]), if there is one.
pub fn identity_of(path: &Path) -> Option<(u64, u64)> {
    if is_pipe(path) {
        return None;
    }
    identity(&File::open(path).ok()?)
}

/// Whether standard output was open when `assure` started. Rust's runtime
/// puts `/dev/null`, opened for reading and writing, on a standard descriptor
/// that was closed; a shell's `>/dev/null` opens it for writing only.
#[cfg(unix)]
pub fn stdout_is_open() -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: fcntl(2) with F_GETFL only reads the flags of descriptor 1.
    let flags = unsafe { libc::fcntl(1, libc::F_GETFL) };
    if flags == -1 {
        return false;
    }
    if flags & libc::O_ACCMODE != libc::O_RDWR {
        return true;
    }
    let Ok(null) = std::fs::metadata("/dev/null") else {
        return true;
    };
    // SAFETY: an all-zero stat is valid, and fstat(2) writes only to it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::fstat(1, &mut st) } == 0;
    !(ok && st.st_rdev == null.rdev() && (st.st_mode & libc::S_IFMT) == libc::S_IFCHR)
}

/// On Windows a process started without standard output has no handle for
/// it, and Rust's stdout then drops what is written.
#[cfg(windows)]
pub fn stdout_is_open() -> bool {
    use std::os::windows::io::AsRawHandle;
    !std::io::stdout().as_raw_handle().is_null()
}

#[cfg(not(any(unix, windows)))]
pub fn stdout_is_open() -> bool {
    true
}

/// The mode for a file written in place of `existing` (or a new file):
/// temporary files are private (0600 on Unix), and the result should look
/// like any other file: the mode of the file it replaces, else rw-r--r--.
#[cfg(unix)]
pub fn mode_for(existing: Option<&Metadata>) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    existing.map_or(0o644, |m| m.permissions().mode() & 0o7777)
}

/// On Windows a new file takes its folder's permissions: no mode.
#[cfg(not(unix))]
pub fn mode_for(_: Option<&Metadata>) -> u32 {
    0o644
}

/// Gives a file about to be created the mode from [`mode_for`].
#[cfg(unix)]
pub fn set_mode(options: &mut std::fs::OpenOptions, mode: u32) {
    std::os::unix::fs::OpenOptionsExt::mode(options, mode);
}

#[cfg(not(unix))]
pub fn set_mode(_: &mut std::fs::OpenOptions, _: u32) {}

/// Why a file cannot be replaced by a new one, if it cannot: Windows will not
/// rename over a read-only file (Unix replaces it and keeps its mode).
#[cfg(windows)]
pub fn not_replaceable(existing: &Metadata) -> Option<&'static str> {
    existing
        .permissions()
        .readonly()
        .then_some("it is read-only")
}

#[cfg(not(windows))]
pub fn not_replaceable(_: &Metadata) -> Option<&'static str> {
    None
}

/// Whether a lock on a file leaves other programs free to read and replace
/// it. Unix locks are advisory: they stop only those who ask for the lock.
/// Windows locks are mandatory: a locked file cannot be read by others, so
/// `assess` locks only the file beside the answers file there.
pub const LOCKS_ARE_ADVISORY: bool = cfg!(unix);

/// The command that opens a file in the program that shows it (a report in
/// the browser), as the respondent would type it.
pub fn opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "start \"\""
    } else {
        "xdg-open"
    }
}

/// Turns on the terminal's escape sequences (for colours and for moving the
/// cursor), and says whether they work. A Unix terminal reads them always; a
/// Windows console once asked to (anstyle-query sets its
/// `ENABLE_VIRTUAL_TERMINAL_PROCESSING`).
pub fn enable_escapes() -> bool {
    anstyle_query::windows::enable_ansi_colors().unwrap_or(true)
}

/// This machine's name, if it can be found.
pub fn machine_name() -> Option<String> {
    let name = if cfg!(windows) {
        std::env::var("COMPUTERNAME").ok()?
    } else {
        std::fs::read_to_string("/proc/sys/kernel/hostname")
            .or_else(|_| std::fs::read_to_string("/etc/hostname"))
            .ok()?
    };
    Some(name.trim().to_owned()).filter(|n| !n.is_empty())
}

#[cfg(test)]
mod tests;
