"""``valkg.output``: atomic file writes and a quiet standard output."""

from __future__ import annotations

import errno
import io
import os
import stat

import pytest

from valkg import output
from valkg.errors import InputError, ValkgError
from valkg.output import write_atomic, write_output, write_stdout


def _listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_writes_a_new_file_with_umask_permissions(tmp_path):
    target = tmp_path / "out.ttl"
    write_atomic(target, b"data\n")
    assert target.read_bytes() == b"data\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert _listing(tmp_path) == ["out.ttl"]


def test_replaces_and_keeps_permissions(tmp_path):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old bytes that are longer than the new ones\n")
    target.chmod(0o640)
    write_atomic(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _listing(tmp_path) == ["out.ttl"]


def test_follows_a_symbolic_link(tmp_path):
    real = tmp_path / "real.ttl"
    real.write_bytes(b"old\n")
    link = tmp_path / "link.ttl"
    link.symlink_to(real)
    write_atomic(link, b"new\n")
    assert link.is_symlink()
    assert real.read_bytes() == b"new\n"


@pytest.mark.parametrize("fail_in", ["fsync", "replace", "chmod"])
def test_failure_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, fail_in):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"previous\n")

    def broken(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, fail_in, broken)
    with pytest.raises(ValkgError) as caught:
        write_atomic(target, b"x" * 100_000)
    assert not isinstance(caught.value, InputError)  # a full disk is not bad input: exit 1
    assert str(caught.value) == f"{target}: cannot write: No space left on device"
    assert caught.value.exit_code == 1
    assert target.read_bytes() == b"previous\n"
    assert _listing(tmp_path) == ["out.ttl"]


def test_interrupt_during_write_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"previous\n")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"previous\n"
    assert _listing(tmp_path) == ["out.ttl"]


def test_missing_folder_is_bad_input(tmp_path):
    target = tmp_path / "no" / "such" / "out.ttl"
    with pytest.raises(InputError) as caught:
        write_atomic(target, b"x")
    assert str(caught.value).startswith(f"{target}: cannot write: the folder")
    assert "does not exist" in str(caught.value)
    assert caught.value.exit_code == 2
    assert _listing(tmp_path) == []


def test_directory_target_is_bad_input(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        write_atomic(tmp_path, b"x")


def test_unwritable_folder_is_bad_input(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(output.tempfile, "mkstemp", denied)
    with pytest.raises(InputError, match="cannot write: Permission denied"):
        write_atomic(tmp_path / "out.ttl", b"x")


class _Stdout:
    """A stand-in for sys.stdout whose buffer fails, backed by a real descriptor."""

    def __init__(self, handle, error):
        self._handle = handle
        self.buffer = self
        self._error = error

    def write(self, data):
        raise self._error

    def flush(self):
        pass

    def fileno(self):
        return self._handle.fileno()


def test_broken_pipe_exits_quietly(tmp_path, monkeypatch):
    with open(tmp_path / "sink", "wb") as sink:
        monkeypatch.setattr(output.sys, "stdout", _Stdout(sink, BrokenPipeError(errno.EPIPE, "Broken pipe")))
        with pytest.raises(SystemExit) as caught:
            write_stdout(b"data")
    assert caught.value.code == 0


def test_full_stdout_is_one_line_error(tmp_path, monkeypatch):
    with open(tmp_path / "sink", "wb") as sink:
        monkeypatch.setattr(output.sys, "stdout", _Stdout(sink, OSError(errno.ENOSPC, "No space left on device")))
        with pytest.raises(ValkgError, match="cannot write to standard output: No space left on device"):
            write_stdout(b"data")


@pytest.mark.parametrize("path", [None, "-"])
def test_write_output_to_stdout(monkeypatch, path):
    buffer = io.BytesIO()

    class Fake:
        pass

    fake = Fake()
    fake.buffer = buffer
    monkeypatch.setattr(output.sys, "stdout", fake)
    write_output(path, b"abc")
    assert buffer.getvalue() == b"abc"


def test_write_output_to_file(tmp_path):
    write_output(str(tmp_path / "o.nt"), b"abc")
    assert (tmp_path / "o.nt").read_bytes() == b"abc"
