"""Statements kept in the monograph's words (``valkg.extract.statements``), and disputes (``tidy``)."""

from __future__ import annotations

from tests.extract.cases import facts, monograph


def test_the_mechanism_is_kept_as_stated_and_a_false_one_is_disputed() -> None:
    extraction = monograph(
        "Zorbavir is converted into its active form, zorbacin. "
        "Zorbacin then acts on the wall of the viral agents and kills the virus.",
        heading="How does zorbavir work?",
    )
    mechanisms = [c for c in extraction.claims if c.kind == "mechanism"]
    assert len(mechanisms) == 1
    assert mechanisms[0].dispute is not None and "cell wall" in mechanisms[0].dispute.note
    assert not mechanisms[0].asserted


def test_a_sound_mechanism_is_not_disputed() -> None:
    extraction = monograph("Zorbavir works by blocking the viral DNA polymerase.", heading="How does zorbavir work?")
    mechanisms = [c for c in extraction.claims if c.kind == "mechanism"]
    assert mechanisms and mechanisms[0].dispute is None


def test_management_statement() -> None:
    text = "In the event of side-effects, zorbavir must be stopped and an alternative therapy must be commenced."
    assert (text, False) in facts(monograph(text, heading="Taking precautions"), "management")
