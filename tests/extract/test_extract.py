"""``valkg.extract.extract``: provenance holds for every claim of every monograph we have."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from valkg.claims import Entity
from valkg.extract import extract
from valkg.reader import parse_monograph, read_monograph

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


@pytest.mark.parametrize(
    "text",
    [
        # a quiz's statement answered false, and a myth the text corrects
        "Zorbavir quiz\n\n1. Zorbavir is used to treat gout.\nFALSE. It is used to treat pain only.\n",
        "Zorbavir: myths and facts\n\nMyth: Zorbavir is used to treat gout.\nFact: It is used to treat pain only.\n",
        # a fact followed by the next myth, and a myth with its fact on the same line
        "Zorbavir: myths\n\nMyth: It is used to treat gout.\nFact: It is used to treat pain.\nMyth: It is addictive.\n",
        "Zorbavir: myths\n\nMyth: Zorbavir is used to treat gout. Fact: Zorbavir is used to treat pain.\n",
    ],
)
def test_a_statement_the_text_says_is_untrue_makes_no_claim(text: str) -> None:
    extraction = extract(parse_monograph(text, source="case.txt"))
    found = {c.object.slug for c in extraction.claims if c.kind == "indication" and isinstance(c.object, Entity)}
    assert "gout" not in found and "pain" in found


def test_a_label_with_many_asides_is_read_in_linear_time() -> None:
    # (each parenthesised aside could be read two ways by the label pattern: minutes at 22 asides)
    body = "Available as tablets " + " ".join(f"({n})" for n in range(40)) + " in most pharmacies."
    started = time.perf_counter()
    extract(parse_monograph(f"Zorbavir\n\nForms\n\n{body}\n", source="case.txt"))
    assert time.perf_counter() - started < 5
