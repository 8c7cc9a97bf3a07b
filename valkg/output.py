"""Write output safely: atomically to files, quietly to a closed pipe."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from valkg.errors import InputError


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    A failed run never leaves a partial file, and never truncates an existing one.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise InputError("cannot write: the folder does not exist", source=str(folder))
    if target.is_dir():
        raise InputError("cannot write: is a directory", source=str(target))
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_stdout(data: bytes) -> None:
    """Write to standard output; a reader that went away (``| head``) is not an error."""
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # Point stdout at devnull so the interpreter's final flush does not fail too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(0) from None


def write_output(path: str | None, data: bytes) -> None:
    """Write to ``path`` atomically, or to stdout when ``path`` is None or ``-``."""
    if path is None or path == "-":
        write_stdout(data)
    else:
        write_atomic(path, data)
