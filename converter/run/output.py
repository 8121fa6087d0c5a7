"""Write files atomically: a temporary file in the target folder, then one rename.

An interrupted run (Ctrl-C, SIGTERM, or a kill of any kind) leaves either the old file or the
new one at the target path, never half of one: the text goes to `.chap2bib-<pid>-<random>.tmp`
next to the target and is renamed over it only once it is complete.

Ctrl-C and SIGTERM remove the temporary file on the way out; SIGKILL (or a power cut) cannot,
so `remove_stale_temporaries` runs at the start of every batch on its output folder and deletes
the temporary files whose writing process is gone (its pid no longer runs on this machine).
A temporary file of a live process, ours or another run's, is never touched.

`durable=True` also fsyncs the file before the rename, for outputs that must survive a power
cut; it costs a disk flush per file, so batches leave it off (the rename is still atomic for
every other process, which is what an interrupted run needs).
"""

from __future__ import annotations

import os
import re

TEMP_PREFIX = ".chap2bib-"
TEMP_SUFFIX = ".tmp"
TEMP_NAME = re.compile(r"^\.chap2bib-(\d+)-[^/\\]*\.tmp$")


def write_atomic(path: str, text: str, durable: bool = False) -> None:
    """Write `text` (UTF-8) to `path` through a temporary file in the same folder and one rename."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = create_temporary(folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def create_temporary(folder: str) -> tuple[int, str]:
    """A new temporary file named after our pid, created with mode 0666 so the umask applies
    (tempfile.mkstemp would make it 0600, and reading the umask means changing it)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    while True:
        temporary = os.path.join(folder, f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(6).hex()}{TEMP_SUFFIX}")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue


def process_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl-C there: never guess, keep the file
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    except OSError:
        return True  # cannot tell: keep the file
    return not zombie(pid)


def zombie(pid: int) -> bool:
    """A killed process nobody has reaped yet (common in containers, whose pid 1 may not reap)
    still answers kill(pid, 0); Linux's /proc tells it apart."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
    except OSError:
        return False
    return stat[stat.rfind(b")") + 2:][:1] in (b"Z", b"X")


def remove_stale_temporaries(folder: str) -> list[str]:
    """Delete `.chap2bib-<pid>-*.tmp` files in `folder` whose pid is not running; return their paths."""
    removed = []
    try:
        names = os.listdir(folder or ".")
    except OSError:
        return removed
    for name in names:
        match = TEMP_NAME.match(name)
        if not match or process_alive(int(match[1])):
            continue
        path = os.path.join(folder, name)
        try:
            os.unlink(path)
        except OSError:
            continue
        removed.append(path)
    return removed
