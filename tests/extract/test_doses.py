"""Doses (``valkg.extract.doses``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract.cases import facts, monograph
from valkg.claims import DoseRange


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The dosage ranges between 500 mg to 1 g.", "500-1000 mg"),
        ("Adults take between 250 and 500 mg three times a day.", "250-500 mg"),
        ("Most adults take 10\u201320 mg once a day.", "10-20 mg"),  # an en dash
        ("The usual dose is 200 mcg.", "200-200 ug"),
        ("The dose is 2.5 mg daily.", "2.5-2.5 mg"),
        ("Breast cancer: 600 mg per square metre into a vein.", "600-600 mg/m2"),  # by body surface
        ("Epilepsy, children 6 to 12 - 100 mg twice a day to start.", "100-100 mg"),  # a line's label, then its dose
        # upper limits, however the text words them
        ("Adults should take no more than 1,200 mg in a day.", "<=1200 mg"),
        ("The dose is up to 3 g per day.", "<=3000 mg"),
        ("The total should not exceed 800 micrograms a day.", "<=800 ug"),
        ("Children have 10 mg per kilogram, up to a maximum of 500 mg a day.", "<=500 mg"),
        ("The maximum is 1.2 mg a day.", "<=1.2 mg"),
        ("It may be raised to 20 mg if needed; 20 mg is the maximum.", "<=20 mg"),
        ("In the US the top dose is 80 mg.", "<=80 mg"),
        ("Do not take more than 25 mg in a day.", "<=25 mg"),
        ("Children should not have more than 400 micrograms a day.", "<=400 ug"),
        # a dose the text moves up to is a dose
        ("Most adults take 250 mg, going up to 500 mg for severe infections.", "500-500 mg"),
        ("After three months they can move up to 23 mg a day.", "23-23 mg"),
        # units of a vitamin or a hormone are international units
        ("For deficiency, 50,000 units once a week for 6 weeks.", "50000-50000 [iU]"),
        ("Adults take 800 IU a day.", "800-800 [iU]"),
    ],
)
def test_dose_expressions(body: str, expected: str) -> None:
    assert (expected, False) in facts(monograph(body, heading="Dosage"), "dose")


def test_this_drugs_dose_after_a_word_for_its_form() -> None:
    assert ("5-5 mg", False) in {(str(k), n) for k, n in facts(monograph("The tablets start at 5 mg a day."), "dose")}


def test_a_limit_restated_in_other_units_is_the_same_limit() -> None:
    found = facts(
        monograph("Adults should not take more than 100 micrograms (4,000 units) a day.", heading="Dosage"), "dose"
    )
    assert found == {("<=100 ug", False), ("<=4000 [iU]", False)}


def test_a_limit_and_a_dose_of_the_same_amount_are_two_facts() -> None:
    found = facts(monograph("The usual dose is 7.5 mg. No more than 7.5 mg in one night.", heading="Dosage"), "dose")
    assert found == {("7.5-7.5 mg", False), ("<=7.5 mg", False)}


@pytest.mark.parametrize(
    "body",
    [
        "In a bad flare-up a steroid such as prednisolone, often 40 mg a day, may be added.",
        "Most people are also given pyridoxine (vitamin B6), typically 10 mg a day.",
        "Your doctor may add a medicine such as omeprazole, usually 20 mg a day.",
        "That job goes to a single 200 mg dose of doxycycline.",
        "Cirrhosis needs more, often alongside furosemide 40 mg.",
        "A higher dose of folic acid, 5 mg a day, is recommended.",
        "Keep using the steroid inhaler (for example beclometasone, often 200 micrograms twice a day).",
        "For threadworm, doctors usually choose mebendazole instead, given as a single 100 mg dose.",
        "Oseltamivir (Tamiflu) is taken as 75 mg twice a day for five days.",
        "Aspirin, even low-dose aspirin (81 mg), raises the risk of bleeding.",
        "Newborns are given folic acid at 5 mg a day.",
        "If you also take mefenamic acid, the usual dose of that medicine is 500 mg three times a day.",
        # concentrations, pack sizes and drinks, not doses
        "The injection holds 3.3 mg per millilitre.",
        "It comes in 1 g and 15 g tubes.",
        "Take it with a full glass (240 mL) of water.",
        "It also comes as an oral solution (20 mg per 5 mL).",
        # how two units compare
        "Doses are written in micrograms or in units; 1 microgram equals 40 units.",
    ],
)
def test_doses_of_another_medicine_are_not_this_drugs(body: str) -> None:
    assert facts(monograph(body, heading="Dosage"), "dose") == set()


def test_dose_values_are_numbers_in_one_unit() -> None:
    doses = [
        c.object for c in monograph("The dose is 500 mg to 1 g daily.", heading="Dosage").claims if c.kind == "dose"
    ]
    assert doses == [DoseRange(Decimal(500), Decimal(1000), "mg", "500 mg to 1 g", "daily")]


@pytest.mark.parametrize(
    ("body", "doses"),
    [
        # strengths: a table's cells, a list of strengths, counted tablets, film-coated tablets
        ("| Strength | Colour |\n|---|---|\n| 0.5 mg | white |\n| 3 mg | blue |", set()),
        ("Tablets come in 100 mg, 250 mg, 500 mg and 750 mg strengths.", set()),
        (
            "A 70 kg adult takes about 1,100 mg (two 500 mg tablets and one 100 mg tablet).",
            {"1100-1100 mg"},
        ),
        ("Zorbix 250 mg and 750 mg film-coated tablets", set()),
        # a concentration and its volume; a drink
        ("The suspension contains 250 mg in 5 ml.", set()),
        ("The granules can be stirred into 100 mL water.", set()),
        # another medicine's dose, with an aside and a route
        ("Cisplatin, for example, is given by drip at 75 mg/m2 on day 1.", set()),
        # a drug card's amounts per day
        ("\u2022 HTN: usual 2.5\u201320 mg/day; max 20 mg/day", {"2.5-20 mg", "<=20 mg"}),
    ],
)
def test_strengths_concentrations_and_a_cards_amounts(body: str, doses: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="Dosage"), "dose")} == doses


@pytest.mark.parametrize(
    ("body", "doses"),
    [
        # a dosing table is no table of strengths; counted tablets outside a restatement are a dose
        ("| Adults | 500 mg |\n| Children 6 to 12 | 250 mg |", {"500-500 mg", "250-250 mg"}),
        ("Adults: take two 500 mg tablets twice a day.", {"500-500 mg"}),
        ("Take 20 mg at full strength.", {"20-20 mg"}),
        # a liquid dose, granules, a dose dissolved in water
        ("The usual dose is 10 mL liquid twice a day.", {"10-10 mL"}),
        ("Take 500 mg water-soluble granules.", {"500-500 mg"}),
        ("Dissolve 250 mg in 10 ml water.", {"250-250 mg"}),
        # a field that lists the forms and their strengths
        ("Form: extended-release tablets, 4 mg and 8 mg", set()),
        ("Usual dose: 40 mg a day. Maximum: 120 mg a day.", {"40-40 mg", "<=120 mg"}),
    ],
)
def test_doses_beside_strengths_and_drinks(body: str, doses: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="Dosage"), "dose")} == doses


def test_a_comparison_tables_other_columns_and_another_medicines_sentences_give_no_doses() -> None:
    body = (
        "Feature | Zorbavir | Pravastatin\nUsual dose | 10 mg once a day | 40 mg once a day\n"
        "Maximum | 20 mg a day | 80 mg a day\n\nPravastatin is taken as 40 mg, within a range of 10 to 60 mg."
    )
    found = {key for key, _ in facts(monograph(body, heading="How much to take"), "dose")}
    assert found == {"10-10 mg", "20-20 mg"}


@pytest.mark.parametrize(
    ("body", "doses"),
    [
        # another medicine opens the sentence, but the dose is this drug's
        ("Omeprazole can be taken with it, but its usual dose stays 10 mg daily.", {"10-10 mg"}),
        ("Warfarin users need no change: the usual dose is 10 mg daily.", {"10-10 mg"}),
        # another medicine the sentence is about, after an aside
        ("Memantine, which is often added later, is built up from 5 mg to 20 mg a day.", set()),
    ],
)
def test_a_sentence_about_another_medicine_gives_its_doses_not_this_drugs(body: str, doses: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="How to take it"), "dose")} == doses
