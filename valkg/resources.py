"""Access to the data files that ship with the package.

Ontology and shapes live at the top of the repository (``ontology/``,
``shapes/``) and are mapped into the wheel as ``valkg/ontology`` and
``valkg/shapes``; in a source checkout they are read from the repository.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def package_dir(name: str) -> Traversable:
    """Return the packaged folder ``name`` (``data``, ``ontology`` or ``shapes``)."""
    packaged = resources.files("valkg").joinpath(name)
    if packaged.is_dir():
        return packaged
    checkout = _SOURCE_ROOT / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"valkg resource folder {name!r} is missing from the installation")


def data_file(*parts: str) -> Traversable:
    """Return a file under ``valkg/data``."""
    node = package_dir("data")
    for part in parts:
        node = node.joinpath(part)
    return node


@cache
def read_text(folder: str, *parts: str) -> str:
    """Return the text of a packaged file, cached."""
    node = package_dir(folder)
    for part in parts:
        node = node.joinpath(part)
    return str(node.read_text(encoding="utf-8"))


def read_tsv(*parts: str) -> list[dict[str, str]]:
    """Rows of a packaged TSV file under ``valkg/data`` (``#`` lines are comments)."""
    lines = [line for line in read_text("data", *parts).splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells), strict=False)))
    return rows


BUNDLED_MONOGRAPH = "valacyclovir.txt"
