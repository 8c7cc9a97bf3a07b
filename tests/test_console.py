"""The ``valkg`` executable (``valkg.console``): help and version without click, same text as click."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from valkg.cli import help_pages, main
from valkg.console import help_file

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = sorted(main.commands)
CLICK = "import sys; from valkg.cli import main; main(prog_name='valkg')"


def run(program: list[str], *args: str, columns: int | None = 100) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        environment["COLUMNS"] = str(columns)
    return subprocess.run(
        [sys.executable, *program, *args], capture_output=True, text=True, timeout=60, env=environment, check=False
    )


def test_the_shipped_help_pages_are_current():
    """Fails after a change to a command until `python scripts/build_help.py` is run."""
    for command, text in help_pages().items():
        assert Path(help_file(command)).read_text(encoding="utf-8") == text, f"stale: {help_file(command)}"
    shipped = {p.name for p in Path(help_file(None)).parent.glob("*.txt")}
    assert shipped == {Path(help_file(c)).name for c in help_pages()}


@pytest.mark.parametrize("args", [["--help"], ["-h"], *([c, "--help"] for c in COMMANDS), ["export", "-h"]])
@pytest.mark.parametrize("columns", [80, 200, None])
def test_help_is_what_click_prints(args, columns):
    fast = run(["-m", "valkg"], *args, columns=columns)
    slow = run(["-c", CLICK], *args, columns=columns)
    assert (fast.returncode, fast.stderr) == (0, "")
    assert fast.stdout == slow.stdout


@pytest.mark.parametrize("args", [["--help"], ["export", "--help"]])
def test_a_narrow_terminal_gets_clicks_wrapping(args):
    fast = run(["-m", "valkg"], *args, columns=60)
    assert fast.stdout == run(["-c", CLICK], *args, columns=60).stdout
    assert fast.stdout != run(["-m", "valkg"], *args, columns=80).stdout


@pytest.mark.parametrize("args", [["--help"], ["query", "--help"], ["--version"], ["-V"]])
def test_help_and_version_import_neither_click_nor_rdflib(args):
    program = (
        "import sys; sys.argv = ['valkg', *sys.argv[1:]]; from valkg.console import main; main(); "
        "print(sorted(m for m in ('click', 'rdflib', 'pyshacl', 'pyoxigraph') if m in sys.modules), file=sys.stderr)"
    )
    process = run(["-c", program], *args)
    assert process.returncode == 0
    assert process.stderr.strip() == "[]"
    assert process.stdout


@pytest.mark.parametrize("args", [["--version"], ["-V"]])
def test_version_is_what_click_prints(args):
    assert run(["-m", "valkg"], *args).stdout == run(["-c", CLICK], *args).stdout


@pytest.mark.parametrize("args", [["nosuch", "--help"], ["export", "--nosuch", "--help"], ["-x"]])
def test_anything_else_is_left_to_click(args):
    fast = run(["-m", "valkg"], *args)
    slow = run(["-c", CLICK], *args)
    assert (fast.returncode, fast.stdout, fast.stderr) == (slow.returncode, slow.stdout, slow.stderr)


def test_help_into_a_closed_pipe_is_quiet():
    process = subprocess.run(
        f"'{sys.executable}' -m valkg --help | head -c 1", shell=True, capture_output=True, text=True, timeout=60
    )
    assert process.stdout == "U" and process.stderr == ""
