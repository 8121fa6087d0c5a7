"""Write files atomically: a temporary file in the target folder, then one rename.

An interrupted run (Ctrl-C, kill) leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import tempfile


def write_atomic(path: str, text: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".chap2bib-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~current_umask())  # mkstemp makes 0600; honour the umask
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
