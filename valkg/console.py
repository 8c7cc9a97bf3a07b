"""The ``valkg`` executable: answers ``--help`` and ``--version`` without importing click.

Importing click alone costs about three times a bare interpreter start, so the
help pages are rendered once (``scripts/build_help.py``, checked by the tests
against click's own rendering) and shipped as text under ``valkg/data/help``.
Anything else, and any terminal narrower than click's 80-column layout, goes to
``valkg.cli``.
"""

from __future__ import annotations

import gc
import os
import sys

HELP_FLAGS = ("-h", "--help")
VERSION_FLAGS = ("-V", "--version")
PROG_NAME = "valkg"
_CLICK_MAX_WIDTH = 80  # click wraps help at min(terminal columns, 80) - 2
_COLLECT_AFTER_ALLOCATIONS = 50_000


def _terminal_columns() -> int:
    """The width click would read, as ``shutil.get_terminal_size`` computes it."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or _CLICK_MAX_WIDTH


def help_file(command: str | None) -> str:
    """The path of the pre-rendered help page of ``command`` (None: the top level)."""
    name = PROG_NAME if command is None else f"{PROG_NAME}-{command}"
    return os.path.join(os.path.dirname(__file__), "data", "help", f"{name}.txt")


def prerendered(arguments: list[str]) -> str | None:
    """The text click would print for ``arguments``, when it is a help or version request."""
    if arguments in ([flag] for flag in VERSION_FLAGS):
        from valkg import __version__

        return f"{PROG_NAME}, version {__version__}\n"
    if not arguments or arguments[-1] not in HELP_FLAGS or len(arguments) > 2:
        return None
    if _terminal_columns() < _CLICK_MAX_WIDTH:
        return None
    command = arguments[0] if len(arguments) == 2 else None
    if command is not None and (command.startswith("-") or os.sep in command):
        return None
    try:
        with open(help_file(command), encoding="utf-8") as page:
            return page.read()
    except OSError:  # not a command valkg knows: click says so
        return None


def main(prog_name: str | None = None) -> None:
    program = prog_name or os.path.basename(sys.argv[0])
    text = prerendered(sys.argv[1:]) if program == PROG_NAME else None
    if text is None:
        # rdflib, pyshacl and the packaged shapes leave some 300,000 objects that live until
        # exit; at the default threshold (700 allocations) the collector walks them dozens of
        # times while they are created, and once more at shutdown: together a third of the
        # time of `valkg export` on one monograph.  Collections stay on, only rarer; at exit
        # every object is about to go, so the final walk is skipped.
        gc.set_threshold(_COLLECT_AFTER_ALLOCATIONS, *gc.get_threshold()[1:])
        from valkg.cli import main as cli

        try:
            cli(prog_name=prog_name)
        finally:
            gc.freeze()
        return
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `valkg --help | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
