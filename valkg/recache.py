"""Regular expressions compiled once per machine, not once per process.

Python compiles a pattern in Python code (``re._parser``, ``re._compiler``): for the reader's
and the extractor's five hundred patterns that is about 150 ms of every cold ``valkg export``,
more than the extraction itself.  ``compile`` keeps what that compiler produces (the code
``_sre.compile`` takes) in a file under the user's cache directory, and a later process builds
each pattern from it with ``_sre.compile`` directly, which checks the code it is given.

The file is named after the Python version and the regular expression engine's ``MAGIC``;
entries are keyed by the pattern and its flags, so a changed pattern is compiled afresh.  Each
new entry is first checked to equal what ``re.compile`` makes (patterns compare by their
code); if Python's internals ever differ, or the cache cannot be read or written, patterns
come from ``re.compile`` as usual.  ``VALKG_CACHE_DIR`` chooses the directory (default
``$XDG_CACHE_HOME/valkg`` or ``~/.cache/valkg``); set to an empty value, nothing is cached.
"""

from __future__ import annotations

import atexit
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
MAX_ENTRIES = 5000

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
        folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "valkg"
    version = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    magic = getattr(_sre, "MAGIC", 0)
    return folder / f"patterns-{version}-{magic}.marshal"


def _load() -> dict[_Key, _Entry]:
    global _entries
    if _entries is None:
        _entries = {}
        path = cache_file()
        if path is not None:
            try:
                loaded = marshal.loads(path.read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                loaded = None
            if isinstance(loaded, dict):
                _entries = loaded
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
    try:  # another process may have saved since this one loaded (the parent and child of valkg.ahead)
        on_disk = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        on_disk = None
    entries = {**on_disk, **_entries} if isinstance(on_disk, dict) else _entries
    if len(entries) > MAX_ENTRIES:
        entries = {key: entry for key, entry in entries.items() if key in _used}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(entries))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):  # a read-only home: the next process compiles again
        pass
