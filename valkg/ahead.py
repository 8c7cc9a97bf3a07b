"""Extraction started ahead, in a forked process, while this one imports the graph libraries.

A cold ``valkg export`` of one monograph is two independent halves: importing rdflib and
pyshacl and parsing the shapes, and importing the extractor (compiling its patterns) and
running it.  Where ``fork`` is safe and there is a second core, a child process reads the
monograph and extracts its claims while the command's own process does the first half; the
child sends back the monograph and its extraction, pickled.  Whatever goes wrong on that
path (no fork, one core, an error in the child) leaves the work to this process, which then
does it itself, so the results and errors are the same either way (tests/test_ahead.py).
"""

from __future__ import annotations

import os
import pickle
import signal
import stat
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from valkg.claims import Extraction


def _regular_file(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class ExtractionAhead:
    """A child process reading and extracting one monograph; ``result()`` collects it."""

    def __init__(self, pid: int, pipe: int) -> None:
        self._pid: int | None = pid
        self._pipe = pipe

    @property
    def pid(self) -> int | None:
        """The child's process id, until its result is collected or it is stopped."""
        return self._pid

    def result(self) -> Extraction | None:
        """The child's extraction (with its monograph), or None when this process must do the work."""
        if self._pid is None:
            return None
        pipe, self._pipe = self._pipe, -1  # (closed below whatever happens; close() must not close it again)
        with os.fdopen(pipe, "rb") as reader:
            data = reader.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if status != 0 or not data:
            return None
        extraction: Extraction = pickle.loads(data)
        return extraction

    def close(self) -> None:
        """Stop the child if its result was never collected."""
        if self._pid is None:
            return
        if self._pipe != -1:
            os.close(self._pipe)  # a child still writing gets EPIPE and leaves
            self._pipe = -1
        try:
            os.kill(self._pid, signal.SIGTERM)
            os.waitpid(self._pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self._pid = None


def extract_ahead(source: str | None, encoding: str = "utf-8") -> ExtractionAhead | None:
    """Start reading and extracting ``source`` in a child process, when that can save time.

    It cannot when the extractor is already imported (a warm process: nothing to overlap),
    for anything but a regular file (stdin or a pipe would be consumed by the child), without
    ``fork`` (Windows) or where forking is unsafe (macOS system libraries, a process with
    threads), and on a single core.
    """
    if "valkg.extract" in sys.modules or not hasattr(os, "fork") or sys.platform == "darwin":
        return None
    if source is not None and not _regular_file(source):
        return None  # stdin, a pipe or /dev/stdin would be read by the child; a missing file has nothing to do
    if _usable_cores() < 2:
        return None
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return None  # forking a process with threads is unsafe (a test runner, a notebook)
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:
        _child(read_end, write_end, source, encoding)
    os.close(write_end)
    return ExtractionAhead(pid, read_end)


def _child(read_end: int, write_end: int, source: str | None, encoding: str) -> None:
    """Extract, send the result and leave without running the parent's exit handlers."""
    status = 1
    try:
        os.close(read_end)
        # (the caller's stdin, stdout and stderr are not the child's: it must not hold a pipe open)
        quiet = os.open(os.devnull, os.O_RDWR)
        for stream in (0, 1, 2):
            os.dup2(quiet, stream)
        from valkg.extract import extract
        from valkg.reader import read_monograph

        data = pickle.dumps(extract(read_monograph(source, encoding=encoding)), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
        status = 0
        from valkg import recache

        recache.save()  # after the parent has its result
    except BaseException:  # any failure: the parent does the work and reports it
        pass
    finally:
        os._exit(status)
