"""Helpers of the extraction tests: a small monograph about an invented drug, and the facts its claims state."""

from __future__ import annotations

from valkg.claims import DoseRange, Entity, Flag, Text
from valkg.extract import Extraction, extract
from valkg.reader import parse_monograph


def monograph(body: str, *, title: str = "Zorbavir (Zorbix)", heading: str = "What is zorbavir?") -> Extraction:
    """A small monograph of the genre about an invented drug, zorbavir (brand Zorbix)."""
    return extract(parse_monograph(f"{title}\n\n{heading}\n\n{body}\n", source="case.txt"))


def facts(extraction: Extraction, kind: str) -> set[tuple[str, bool]]:
    """(object key, negated) of the claims of one kind."""
    found = set()
    for claim in extraction.claims:
        if claim.kind != kind:
            continue
        obj = claim.object
        if isinstance(obj, Entity):
            key = obj.slug
        elif isinstance(obj, DoseRange):
            key = f"<={obj.maximum} {obj.unit}" if obj.upper_limit else f"{obj.minimum}-{obj.maximum} {obj.unit}"
        elif isinstance(obj, Text):
            key = obj.value
        elif isinstance(obj, Flag):
            key = str(obj.value)
        else:
            key = repr(obj)
        found.add((key, claim.negated))
    return found
