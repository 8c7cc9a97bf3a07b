"""Negation and hedging scopes (``valkg.context``, the ConText algorithm)."""

from __future__ import annotations

import pytest

from valkg.context import modifiers


@pytest.mark.parametrize(
    ("text", "target", "negated"),
    [
        ("Zorbavir is not a prodrug.", "prodrug", True),
        ("Zorbavir is a prodrug, not an antibiotic.", "prodrug", False),
        # a line that ends in a colon leads into its list: its trigger covers every item
        ("Not available as:\n- a liquid\n- an injection", "injection", True),
        # items of a list of statements are statements of their own
        ("- Not available as: a liquid\n- Prescription only", "Prescription", False),
        # a trigger on an item ends with the item
        ("It is used to treat:\n- seizures, with or without spread\n- myoclonic seizures", "myoclonic", False),
        # the lead of a second list covers that list's items
        ("Avoid with:\n- nitrates\nNot used for:\n- children\n- migraine", "migraine", True),
        # a leaflet's frequency band "Not known:" negates nothing; "not known to cause" still does
        ("Not known: transient hair loss.", "hair loss", False),
        ("Zorbavir is not known to cause liver damage.", "liver damage", True),
        # a line's label covers every item of its line, past semicolons
        (
            "Not for: heart failure; hypertensive emergencies; migraine prophylaxis or menopausal flushing.",
            "menopausal flushing",
            True,
        ),
        ("- Not used for: gout; fever\n- Used for: pain; swelling", "swelling", False),
        # illnesses said not to be helped, uses a review removed
        ("Viral illnesses such as flu or COVID-19 are not helped by it.", "COVID-19", True),
        ("The review removed its older uses in tinnitus, vertigo and poor vision.", "vertigo", True),
    ],
)
def test_negation_scope_in_lists(text: str, target: str, negated: bool) -> None:
    start = text.index(target)
    assert ("negated" in modifiers(text, start, start + len(target))) is negated


def test_a_negations_window_runs_on_to_the_end_of_a_list_it_cuts() -> None:
    text = "It is not approved for short bursts of pain such as a headache, a toothache or period cramps."
    start = text.index("period cramps")
    assert "negated" in modifiers(text, start, start + len("period cramps"))


def test_a_negations_window_does_not_run_on_into_a_clause_of_its_own() -> None:
    text = (
        "Zorbavir does not usually make people sleepy during the day or at night, and it commonly causes nausea,"
        " headache, dizziness and diarrhoea."
    )
    start = text.index("nausea")
    assert "negated" not in modifiers(text, start, start + len("nausea"))


def test_a_list_the_window_cuts_ends_where_a_clause_of_its_own_begins() -> None:
    text = (
        "It is not used for the long-term stiffness (spasticity) that can follow a stroke, multiple sclerosis or a"
        " spinal cord injury, and it is a painkiller that helps with back pain."
    )
    for target, negated in (("spinal cord injury", True), ("back pain", False)):
        start = text.index(target)
        assert ("negated" in modifiers(text, start, start + len(target))) is negated


def test_a_negating_line_label_ends_where_its_line_turns_round() -> None:
    text = "Not for: colds or flu, but it does treat shingles and cold sores."
    start = text.index("shingles")
    assert "negated" not in modifiers(text, start, start + len("shingles"))
    assert "negated" in modifiers(text, text.index("flu"), text.index("flu") + 3)
