"""Write the pre-rendered help pages served by ``valkg.console`` (``--check``: only compare).

Run after changing any command, option or docstring of the CLI; the test suite
fails while the pages are stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from valkg.cli import help_pages
from valkg.console import help_file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a page differs, write nothing")
    options = parser.parse_args()
    folder = Path(help_file(None)).parent
    wanted = {Path(help_file(command)).name: text for command, text in help_pages().items()}
    stale = sorted(
        name for name, text in wanted.items() if not (folder / name).is_file() or (folder / name).read_text() != text
    )
    extra = sorted(p.name for p in folder.glob("*.txt") if p.name not in wanted)
    if options.check:
        for name in stale + extra:
            print(f"stale help page: {folder.name}/{name}", file=sys.stderr)
        return 1 if stale or extra else 0
    folder.mkdir(parents=True, exist_ok=True)
    for name in stale:
        (folder / name).write_text(wanted[name], encoding="utf-8")
    for name in extra:
        (folder / name).unlink()
    print(f"{len(stale)} written, {len(extra)} removed, {len(wanted) - len(stale)} unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
