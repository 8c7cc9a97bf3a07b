"""``valkg.extract.extract``: provenance holds for every claim of every monograph we have."""

from __future__ import annotations

from pathlib import Path

from valkg.extract import extract
from valkg.reader import read_monograph

EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"


def test_every_quote_is_the_text_at_its_offsets() -> None:
    paths = sorted(str(p) for p in EVALUATION.rglob("*.txt"))
    for path in [None, *paths]:
        extraction = extract(read_monograph(path))
        text = extraction.monograph.text
        for claim in extraction.claims:
            assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote, (
                path,
                claim,
            )
