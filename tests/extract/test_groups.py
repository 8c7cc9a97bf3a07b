"""Groups of people: one wording per group, the groups a heading names (``valkg.extract.groups``)."""

from __future__ import annotations

import pytest

from tests.extract.cases import facts, monograph


@pytest.mark.parametrize(
    ("heading", "populations"),
    [
        ("Can I take it while pregnant or breastfeeding?", {"pregnant-women", "breastfeeding-women"}),
        ("Who should take care", set()),  # a heading that names no group
    ],
)
def test_a_warnings_heading_names_the_groups_its_risks_are_for(heading: str, populations: set[str]) -> None:
    body = "Some risk of birth defects remains, so it is not recommended."
    assert {key for key, _ in facts(monograph(body, heading=heading), "risk_population")} == populations


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("Anyone who has had an allergic reaction to penicillin", "people allergic to penicillin"),
        ("those with a penicillin allergy", "people allergic to penicillin"),
        ("people who are allergic to sulfa drugs", "people allergic to sulfa drugs"),
        ("patients with an allergy to aspirin", "people allergic to aspirin"),
        ("people who have asthma", "people with asthma"),
        ("if you drink alcohol", "people who drink alcohol"),
        # a group built around words that already name people is their group
        ("people taking anyone who is also taking a beta-blocker", "people taking a beta-blocker"),
        ("people with people who are dehydrated, for example after vomiting", "people who are dehydrated"),
        ("people taking finasteride, another hair loss medicine", "people taking finasteride"),
        (
            "people allergic to zorbavir, or to the related medicines isoniazid or niacin",
            "people allergic to zorbavir, isoniazid or niacin",
        ),
        ("people with long QT syndrome or low potassium in the blood", "people with long QT syndrome or low potassium"),
        ("people having live vaccines", "people receiving live vaccines"),
        ("if you are over 65", "people over 65"),
        ("people who have had live vaccines", "people who have had live vaccines"),
        ("people taking lithium, diuretics or NSAID medicines", "people taking lithium, diuretics or NSAID medicines"),
        # those who have reacted to a medicine are allergic to it; "ever" says nothing more
        ("if you have ever reacted to a sulfa drug", "people allergic to a sulfa drug"),
        ("people who have reacted badly to zorbamycin", "people allergic to zorbamycin"),
        ("if you have ever misused prescription medicines", "people who have misused prescription medicines"),
        ("if you cannot empty your bladder", "people who cannot empty the bladder"),
        ("if your blood pressure is high", "people whose blood pressure is high"),
        ("people taking digoxin and beta-blockers like metoprolol", "people taking digoxin and beta-blockers"),
    ],
)
def test_a_group_has_one_wording(phrase: str, canonical: str) -> None:
    from valkg.extract import canonical_population

    assert canonical_population(phrase) == canonical
