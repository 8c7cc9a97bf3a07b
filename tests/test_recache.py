"""valkg.recache: patterns built from the cache are the patterns ``re.compile`` makes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from valkg import recache

EXTRACT = "from valkg.extract import extract; from valkg.reader import read_monograph; extract(read_monograph(None))"


def python(code: str, cache: Path | str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "VALKG_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=environment, check=False
    )


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """This process's cache state emptied, its file in ``tmp_path``."""
    monkeypatch.setenv("VALKG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "_new", False)
    monkeypatch.setattr(recache, "_working", True)
    return tmp_path


def test_an_extraction_fills_the_cache_and_every_pattern_built_from_it_equals_re_compile(tmp_path):
    first = python(EXTRACT, tmp_path)
    assert first.returncode == 0, first.stderr
    check = python(
        "import re\n"
        "from valkg import recache\n"
        "entries = recache._read(recache.cache_file())\n"
        "for (pattern, flags) in entries:\n"
        "    assert recache.compile(pattern, flags) == re.compile(pattern, flags), pattern\n"
        "print(len(entries), len(recache._used), recache._new)",
        tmp_path,
    )
    assert check.returncode == 0, check.stderr
    count, used, new = check.stdout.split()
    assert int(count) > 300 and used == count  # every one a hit
    assert new == "False"  # nothing to write back


def test_output_is_the_same_with_a_warm_cache_or_none(tmp_path):
    export = "import sys; from valkg.console import main; sys.argv = ['valkg', 'export', '-f', 'n-triples']; main()"
    without = python(export, "")
    cold = python(export, tmp_path)
    warm = python(export, tmp_path)
    assert without.returncode == cold.returncode == warm.returncode == 0, warm.stderr
    assert without.stdout == cold.stdout == warm.stdout
    assert without.stderr == warm.stderr == ""
    assert not list(Path(tmp_path).glob("*.tmp"))


def test_an_empty_setting_caches_nothing(monkeypatch):
    monkeypatch.setenv("VALKG_CACHE_DIR", "")
    assert recache.cache_file() is None


def test_the_file_is_named_after_the_python_and_its_regular_expression_engine(fresh):
    name = recache.cache_file().name
    assert ".".join(map(str, sys.version_info[:3])) in name  # a patch release may change the compiler
    assert name.startswith("patterns-") and name.endswith(".marshal")


def test_a_damaged_file_is_ignored_and_replaced(fresh):
    recache.cache_file().write_bytes(b"\x00not marshal")
    pattern = recache.compile(r"\bzorbavir (?P<dose>\d+) mg\b", re.I)
    assert pattern == re.compile(r"\bzorbavir (?P<dose>\d+) mg\b", re.I)
    assert pattern.match("Zorbavir 500 mg").group("dose") == "500"
    recache.save()
    assert (r"\bzorbavir (?P<dose>\d+) mg\b", int(re.I)) in recache._read(recache.cache_file())


def test_code_the_engine_refuses_is_compiled_again(fresh):
    """``_sre.compile`` checks the code it is given: a tampered entry is not used."""
    key = (r"zorb(a|i)vir", 0)
    flags, code, groups, groupindex, indexgroup = recache._entry(*key)
    tampered = {key: (flags, b"\xff" * len(code), groups, groupindex, indexgroup)}
    recache.write(recache.cache_file(), tampered)
    assert recache.compile(*key) == re.compile(*key)
    recache.save()
    assert recache._read(recache.cache_file())[key][1] == code


def test_saving_keeps_what_another_process_saved_meanwhile(fresh):
    recache.compile(r"zorbavir")
    recache.write(recache.cache_file(), {("kelpanor", 0): recache._entry("kelpanor", 0)})
    recache.save()
    assert set(recache._read(recache.cache_file())) == {("zorbavir", 0), ("kelpanor", 0)}


def test_a_file_grown_too_large_keeps_only_the_patterns_in_use(fresh, monkeypatch):
    monkeypatch.setattr(recache, "MAX_ENTRIES", 3)
    stale = {(f"old{n}", 0): recache._entry(f"old{n}", 0) for n in range(3)}
    recache.write(recache.cache_file(), stale)
    recache.compile("old0")
    recache.compile("zorbavir")
    recache.save()
    assert set(recache._read(recache.cache_file())) == {("old0", 0), ("zorbavir", 0)}


def test_a_cache_that_cannot_be_written_only_means_no_cache(fresh, monkeypatch):
    blocker = fresh / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("VALKG_CACHE_DIR", str(blocker / "valkg"))
    assert recache.compile("zorbavir") == re.compile("zorbavir")
    recache.save()
    assert blocker.read_text() == "not a directory"


def test_a_damaged_byte_makes_the_whole_file_ignored(tmp_path):
    """A flipped bit could crash the engine; the checksum keeps such a file from being used."""
    first = python(EXTRACT, tmp_path)
    assert first.returncode == 0, first.stderr
    (path,) = tmp_path.glob("patterns-*")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    check = python("from valkg import recache\nprint(recache._read(recache.cache_file()))", tmp_path)
    assert check.stdout.strip() == "None"
    export = "import sys; from valkg.console import main; sys.argv = ['valkg', 'export', '-f', 'n-triples']; main()"
    assert python(export, tmp_path).stdout == python(export, "").stdout


def test_no_home_directory_means_no_cache(monkeypatch):
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("VALKG_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert recache.cache_file() is None


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.delenv("VALKG_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert recache.cache_file().parent == tmp_path / ".cache" / "valkg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert recache.cache_file().parent == tmp_path / "xdg" / "valkg"
