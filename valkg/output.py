"""Write output safely: atomically to files, quietly to a closed pipe."""

from __future__ import annotations

import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from valkg.errors import InputError, ValkgError


@contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` only if the ``with`` block completes.

    It is written as a temporary file in the same folder and renamed into place, so a
    failed run never leaves a partial file and never truncates an existing one. An
    existing file keeps its permissions; a symbolic link is followed, not replaced.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent
    if not folder.is_dir():
        raise InputError(f"cannot write: the folder {str(folder)!r} does not exist", source=str(path))
    if target.is_dir():
        raise InputError("cannot write: is a directory", source=str(path))
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise _write_error(error, str(path)) from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _write_error(error, str(path)) from error
        raise


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see ``atomic_file``)."""
    with atomic_file(path) as handle:
        handle.write(data)


def _write_error(error: OSError, path: str) -> ValkgError:
    """A one-line error for a failed write: bad usage (exit 2) if the path is unusable."""
    reason = error.strerror or str(error)
    if error.errno in (
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
        errno.ENOENT,
        errno.ENOTDIR,
        errno.EISDIR,
    ):
        return InputError(f"cannot write: {reason}", source=path)
    return ValkgError(f"{path}: cannot write: {reason}")


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def write_stdout(data: bytes) -> None:
    """Write to standard output; a reader that went away (``| head``) is not an error."""
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise SystemExit(0) from None
    except OSError as error:  # e.g. > /dev/full
        _silence_stdout()
        raise ValkgError(f"cannot write to standard output: {error.strerror or error}") from None


def write_output(path: str | None, data: bytes) -> None:
    """Write to ``path`` atomically, or to stdout when ``path`` is None or ``-``."""
    if path is None or path == "-":
        write_stdout(data)
    else:
        write_atomic(path, data)


@contextmanager
def output_file(path: str | None) -> Iterator[BinaryIO]:
    """Where a streamed export goes: ``path`` atomically, or stdout once the block completes."""
    if path is not None and path != "-":
        with atomic_file(path) as handle:
            yield handle
        return
    with tempfile.TemporaryFile() as spool:
        yield spool
        spool.seek(0)
        try:
            shutil.copyfileobj(spool, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            _silence_stdout()
            raise SystemExit(0) from None
