"""Dosage forms: positive and negative facts (``valkg.extract.forms``, and ``tidy`` for plain forms)."""

from __future__ import annotations

import pytest

from tests.extract.cases import facts, monograph


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Zorbavir comes as tablets and an oral suspension.",
            {("oral-tablet", False), ("oral-suspension", False)},
        ),
        ("There is no injectable form of zorbavir.", {("injection", True)}),
        (
            "Zorbavir is not available as a cream or ointment.",
            {("topical-cream", True), ("ointment", True)},
        ),
        (
            "Tablets are often prescribed and there does not appear to be an intravenous dose available.",
            {("oral-tablet", False), ("intravenous-form", True)},
        ),
        ("Zorbavir does not come in an injectable form.", {("injection", True)}),
        # more wordings of an absent form; a negation does not reach past "so"
        (
            "It isn't made as a liquid, so children must swallow tablets.",
            {("oral-liquid", True), ("oral-tablet", False)},
        ),
        (
            "Zorbavir is only available as tablets; there is no liquid form.",
            {("oral-tablet", False), ("oral-solution", True)},
        ),
        ("An injectable form of zorbavir has not been developed.", {("injection", True)}),
        ("Zorbavir does not exist as eye drops.", {("eye-drops", True)}),
        # the parenthesis names the form meant, unless it only says "liquid"
        (
            "Zorbavir comes as tablets and a fruit-flavoured liquid (oral suspension).",
            {("oral-tablet", False), ("oral-suspension", False)},
        ),
        ("Zorbavir comes as an oral suspension (liquid).", {("oral-suspension", False)}),
        (
            "Capsules are available, but no injection is available.",
            {("oral-capsule", False), ("injection", True)},
        ),
        # the form taken, not the powder it is made from
        (
            "Zorbavir comes as capsules and as a powder that is made up into an oral solution.",
            {("oral-capsule", False), ("oral-solution", False)},
        ),
        # a form that only describes the one before it
        (
            "Zorbavir comes as tablets and as an oral concentrate, a liquid that is mixed with water.",
            {("oral-tablet", False), ("oral-concentrate", False)},
        ),
        # a list is not a description
        (
            "Zorbavir comes as tablets, an oral suspension and an injection.",
            {("oral-tablet", False), ("oral-suspension", False), ("injection", False)},
        ),
        ("In hospital it is given straight into a vein as an intravenous infusion.", {("intravenous-form", False)}),
        # a shared head, and "not as" in a list
        ("There is no liquid or injectable form of zorbavir.", {("oral-solution", True), ("injection", True)}),
        ("Zorbavir comes only as tablets, not as a liquid.", {("oral-tablet", False), ("oral-liquid", True)}),
        (
            "Zorbavir is not available as an oral suspension or as an injection.",
            {("oral-suspension", True), ("injection", True)},
        ),
        # "manufactured as", a head after the coordinated words, and the mention a negation is about
        (
            "Zorbavir is tablets only: it is not manufactured as a syrup or an injection.",
            {("oral-tablet", False), ("syrup", True), ("injection", True)},
        ),
        ("It has no injectable or patch version.", {("injection", True), ("transdermal-patch", True)}),
        (
            "Eye drops of the same family are separate medicines: zorbavir is not made as eye drops.",
            {("eye-drops", True)},
        ),
        (
            "Zorbavir comes as tablets and as a foam for people who cannot swallow tablets.",
            {("oral-tablet", False), ("topical-foam", False)},
        ),
        # "won't find" negates; forms named the way the genre names them
        (
            "What you won't find is a zorbavir tablet that you swallow, or an injection.",
            {("oral-tablet", True), ("injection", True)},
        ),
        (
            "There are also small tablets that dissolve under the tongue and thin strips that melt on the tongue.",
            {("sublingual-tablet", False), ("orodispersible-film", False)},
        ),
        ("Mouth spray and nasal spray act fastest.", {("oromucosal-spray", False), ("nasal-spray", False)}),
        # a kind of medicine is not a form of this one
        ("It is not a sleeping tablet, though it makes people drowsy.", set()),
        # advice to a group is not a statement of what is made
        ("People with a very high INR should not have it given by injection into a muscle.", set()),
        # "there is no" lists forms the lexicon may not know, each with its own "no"; a form withdrawn
        (
            "There is no tablet, no liquid and no gel.",
            {("oral-tablet", True), ("oral-liquid", True), ("topical-gel", True)},
        ),
        ("An aerosol inhaler was sold in the past but has been withdrawn.", {("inhaler", True)}),
        ("There is no cure for the infection, and there is no generic version.", set()),
        # a sign on the body that has a form's word
        ("Call your doctor if it does not go away, or if you have white patches in your mouth.", set()),
        # a question asks, and the answer says; another medicine's form
        ("Does it come as a cream? My neighbour uses a rub.", set()),
        ("The migraine injections you may have read about, such as erenumab, work differently.", set()),
        # a question answered yes; this drug's own form compared with another medicine's
        ("Is it available as a cream? Yes, and as tablets.", {("topical-cream", False), ("oral-tablet", False)}),
        ("Zorbavir is given as an injection under the skin, like insulin.", {("subcutaneous-injection", False)}),
        # a liquid and a shot in plain words; "nobody makes" and "nor is there" deny them
        (
            "It comes as capsules. Nor is there a liquid for children, or an injection.",
            {("oral-capsule", False), ("oral-liquid", True), ("injection", True)},
        ),
        (
            "Zorbavir comes only as tablets. Nobody makes a liquid or an injectable form.",
            {("oral-tablet", False), ("oral-liquid", True), ("injection", True)},
        ),
        ("Zorbavir does not come as a shot.", {("injection", True)}),
        # a formulary's word for an injection
        ("Tablets only. No parenteral formulation of zorbavir exists.", {("oral-tablet", False), ("injection", True)}),
        # "the liquid" is the short name of the suspension the text names; a liquid enema is an enema
        (
            "Zorbavir comes as tablets and an oral suspension. Children usually have the liquid.",
            {("oral-tablet", False), ("oral-suspension", False)},
        ),
        ("Forms: tablets; liquid enemas.", {("oral-tablet", False), ("enema", False)}),
        # a liquid to drink is not a form
        ("Zorbavir comes as tablets. Swallow them with a glass of liquid.", {("oral-tablet", False)}),
        ("It is given as tablets; drink plenty of liquids while taking them.", {("oral-tablet", False)}),
    ],
)
def test_dosage_forms_keep_their_polarity(body: str, expected: set[tuple[str, bool]]) -> None:
    assert facts(monograph(body, heading="Dosage and forms"), "dosage_form") == expected


@pytest.mark.parametrize(
    ("heading", "body", "expected"),
    [
        # "there's no" outside a section on the products
        ("How I got on", "There's no zorbavir nasal spray or eye drop.", {("nasal-spray", True), ("eye-drops", True)}),
        # how many units not to take says nothing of whether the form exists
        ("How to take it", "Do NOT take 2 tablets in the same week.", set()),
        ("How to take it", "Do not take it as an injection.", {("injection", True)}),
        ("How to take it", "There's no need to take the capsules with food.", set()),
    ],
)
def test_forms_said_in_passing(heading: str, body: str, expected: set[tuple[str, bool]]) -> None:
    assert facts(monograph(body, heading=heading), "dosage_form") == expected


def test_plain_capsules_are_the_kind_of_capsule_the_text_names() -> None:
    body = "It is sold as generic tablets and capsules. Zorbavir comes as tablets and as modified-release capsules."
    forms = {key for key, negated in facts(monograph(body, heading="Dosage and forms"), "dosage_form") if not negated}
    assert forms == {"oral-tablet", "extended-release-capsule"}


def test_a_section_on_the_products_is_about_forms() -> None:
    body = "- Patches give a steady supply through the skin.\n- Lozenges dissolve slowly in the mouth."
    found = facts(monograph(body, heading="Pick your product"), "dosage_form")
    assert found == {("transdermal-patch", False), ("lozenge", False)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another product's form, and then an explicit negation: the negation holds
        (
            "Zorbacin is sold separately, mainly as an inhaler. Zorbavir comes as tablets."
            " It is not made as an inhaler.",
            {("oral-tablet", False), ("inhaler", True)},
        ),
        # a negation leaking into the next clause: the form stays available
        (
            "Zorbavir comes as capsules. It is not made as a syrup, and the capsules should not be opened.",
            {("oral-capsule", False), ("syrup", True)},
        ),
        # a negation ends with its bulleted line, unless a line ending in a colon opened the list
        (
            "- Available as: capsules\n- Not available as: an injection\n- Brand names: Zorbix, a combination tablet",
            {("oral-capsule", False), ("injection", True), ("oral-tablet", False)},
        ),
        ("Not available as:\n- an oral suspension\n- an injection", {("oral-suspension", True), ("injection", True)}),
    ],
)
def test_a_form_is_never_both_available_and_unavailable(body: str, expected: set[tuple[str, bool]]) -> None:
    assert facts(monograph(body, heading="Dosage and forms"), "dosage_form") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a liquid to drink or to fill a capsule, and a shot of a drink, are no forms
        (
            "Zorbavir comes as tablets. Swallow them with a full glass of water or another liquid.",
            {("oral-tablet", False)},
        ),
        ("Zorbavir comes as soft capsules filled with a yellow liquid.", {("oral-capsule", False)}),
        # a class word before a form, a combination with this drug, a shot of the drug itself
        ("Zorbavir is an antibiotic cream.", {("topical-cream", False)}),
        ("Zorbavir is only sold as zorbavir/metformin tablets.", {("oral-tablet", False)}),
        ("You will get a shot of zorbavir in your arm.", {("injection", False)}),
        # a liquid to swallow beside a spray is a form of its own
        (
            "Zorbavir comes as tablets, a liquid to swallow and a nasal spray.",
            {("oral-tablet", False), ("oral-liquid", False), ("nasal-spray", False)},
        ),
        ("Zorbavir comes as a cream. Do not use it on liquid-filled blisters.", {("topical-cream", False)}),
        ("Zorbavir comes as tablets. Do not take it with a shot of alcohol.", {("oral-tablet", False)}),
        # another medicine's form named by the medicine
        (
            "There is no zorbavir injection. People who vomit may do better with a sumatriptan shot, a product of a"
            " different drug.",
            {("injection", True)},
        ),
        # another medicine's form: the subject of its clause, the medicine it is "of"
        (
            "Zorbavir comes as tablets. Unlike zorbavir, ceftriaxone has a parenteral formulation used in hospital.",
            {("oral-tablet", False)},
        ),
        ("Zorbavir comes as tablets, while vancomycin is given by injection.", {("oral-tablet", False)}),
        (
            "A parenteral formulation of omeprazole is used when patients cannot swallow; zorbavir comes as tablets.",
            {("oral-tablet", False)},
        ),
        ("Zorbavir and ceftriaxone are both given by injection.", {("injection", False)}),
        (
            "Zorbavir comes as tablets, while an injection of zorbavir is used in hospital.",
            {("oral-tablet", False), ("injection", False)},
        ),
    ],
)
def test_liquids_shots_and_words_before_a_form(body: str, expected: set[tuple[str, bool]]) -> None:
    assert facts(monograph(body, heading="Forms"), "dosage_form") == expected


def test_a_form_the_drug_once_came_in_denies_none_it_comes_in_now() -> None:
    body = "Historically zorbavir came as an injection; today you take it as tablets."
    assert ("oral-tablet", False) in facts(monograph(body, heading="Forms"), "dosage_form")


@pytest.mark.parametrize(
    "body",
    ["Zorbantus is a clear injection of insulin zorbine.", "Insulin must be injected; it is destroyed in the stomach."],
)
def test_the_drugs_own_name_whose_first_word_names_other_medicines(body: str) -> None:
    extraction = monograph(body, title="Insulin zorbine (Zorbantus)", heading="Forms")
    assert ("injection", False) in facts(extraction, "dosage_form")
