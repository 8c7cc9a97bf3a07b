"""Regular expressions compiled once per machine, not once per process.

Python compiles a pattern in Python code (``re._parser``, ``re._compiler``): for the reader's
and the extractor's five hundred patterns that is about 150 ms of every cold ``valkg export``,
more than the extraction itself.  ``compile`` keeps what that compiler produces (the code
``_sre.compile`` takes) in a file under the user's cache directory, and a later process builds
each pattern from it with ``_sre.compile`` directly, which checks the code it is given.

The file is named after the Python version (to the patch release) and the regular expression
engine's ``MAGIC``; entries are keyed by the pattern and its flags, so a changed pattern is
compiled afresh.  Each new entry is first checked to equal what ``re.compile`` makes (patterns
compare by their code); if Python's internals ever differ, or the cache cannot be read or
written, patterns come from ``re.compile`` as usual.  The file carries a SHA-256 of its contents
and is ignored when that does not match (a damaged entry could crash the engine); like Python's
own bytecode cache, it is trusted otherwise, so it lives in a directory only its user writes.
``VALKG_CACHE_DIR`` chooses the directory (default ``$XDG_CACHE_HOME/valkg`` or
``~/.cache/valkg``); set to an empty value, nothing is cached.  Any process that compiles the
patterns (an export, or a program importing the extractor) adds the ones it compiled at exit.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

try:  # the engine and compiler behind re; private, hence every use is checked (see compile)
    _sre: Any = importlib.import_module("_sre")
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
except ImportError:  # another Python implementation: no cache
    _sre = _parser = _compiler = None

#: Several times the package's patterns: a file grown past it (patterns of earlier versions)
#: is rewritten with only the ones this process used.
MAX_ENTRIES = 2000
#: what a cache file starts with, before the SHA-256 of the rest
_HEADER = b"valkg compiled patterns 1\n"

_Key = tuple[str, int]
#: flags, code (packed as an array of ``_sre.CODESIZE``-byte words), groups, groupindex, indexgroup
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_entries: dict[_Key, _Entry] | None = None
_used: set[_Key] = set()
_new = False
_working = _sre is not None and array("I").itemsize == _sre.CODESIZE


def cache_file() -> Path | None:
    """Where the compiled patterns are kept, or None when caching is off."""
    configured = os.environ.get("VALKG_CACHE_DIR")
    if configured is not None:
        if not configured:
            return None
        folder = Path(configured)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        if os.path.isabs(xdg):  # (a relative one is to be ignored, says the XDG specification)
            folder = Path(xdg) / "valkg"
        else:
            try:
                folder = Path.home() / ".cache" / "valkg"
            except RuntimeError:  # no home directory: no cache
                return None
    # (the full version: a patch release may fix the compiler, and the cache must not keep its old code)
    version = f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}"
    magic = getattr(_sre, "MAGIC", 0)
    return folder / f"patterns-{version}-{magic}.marshal"


def _read(path: Path) -> dict[_Key, _Entry] | None:
    """The entries of a cache file, or None when it is missing or fails its checksum (a damaged
    file could crash the regular-expression engine, which checks the structure of the code it is
    given but not everything that code may do)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, digest, payload = data[: len(_HEADER)], data[len(_HEADER) : len(_HEADER) + 32], data[len(_HEADER) + 32 :]
    if header != _HEADER or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        loaded = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    return loaded if isinstance(loaded, dict) else None


def _load() -> dict[_Key, _Entry]:
    global _entries
    if _entries is None:
        path = cache_file()
        _entries = (_read(path) if path is not None else None) or {}
    return _entries


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when it holds the pattern."""
    global _new, _working
    key = (pattern, int(flags))
    if not _working:
        return re.compile(pattern, flags)
    cached = _load().get(key)
    if cached is not None:
        try:
            built: re.Pattern[str] = _built(pattern, cached)
        except (TypeError, ValueError, RuntimeError):  # not what this engine accepts
            del _load()[key]
        else:
            _used.add(key)
            return built
    compiled = re.compile(pattern, flags)
    try:
        entry = _entry(pattern, key[1])
        same = _built(pattern, entry) == compiled
    except Exception:  # internals not as expected: stop caching
        same = False
    if not same:
        _working = False
        return compiled
    _load()[key] = entry
    _used.add(key)
    if not _new:
        _new = True
        atexit.register(save)
    return compiled


def _built(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    built: re.Pattern[str] = _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    return built


def _entry(pattern: str, flags: int) -> _Entry:
    """The arguments ``re._compiler.compile`` gives ``_sre.compile`` (the same in Python 3.11 to 3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()  # a tenth of the memory of a list of ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, int(parsed.state.groups - 1), groupindex, tuple(indexgroup)


def save() -> None:
    """Write the cache if this process compiled new patterns (a forked child calls this itself:
    it leaves without running exit handlers)."""
    global _new
    path = cache_file()
    if not _new or path is None or _entries is None:
        return
    _new = False
    on_disk = _read(path)  # another process may have saved since this one loaded (valkg.ahead's parent and child)
    entries = {**on_disk, **_entries} if on_disk else _entries
    if len(entries) > MAX_ENTRIES:
        entries = {key: entry for key, entry in entries.items() if key in _used}
    with contextlib.suppress(OSError, ValueError):  # a read-only home: the next process compiles again
        write(path, entries)


def write(path: Path, entries: dict[_Key, _Entry]) -> None:
    """Write ``entries`` to ``path`` atomically, with the checksum ``_read`` checks."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        payload = marshal.dumps(entries)
        with os.fdopen(handle, "wb") as out:
            out.write(_HEADER + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
