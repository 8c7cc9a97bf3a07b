"""The drug a monograph is about and its brand names (``valkg.extract.drug``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extract.cases import facts, monograph
from valkg.errors import InputError
from valkg.extract import extract
from valkg.extract.drug import identify_drug
from valkg.lexicon import load_lexicon
from valkg.reader import parse_monograph, read_monograph


@pytest.mark.parametrize(
    ("title", "heading", "drug", "brand"),
    [
        ("Zorbavir (Zorbix)", "What is zorbavir?", "zorbavir", "Zorbix"),
        ("Zorbix (zorbavir)", "What is zorbavir?", "zorbavir", "Zorbix"),
        ("Valtrex (valacyclovir)", "Uses", "valacyclovir", "Valtrex"),
        ("Metformin", "What is metformin?", "metformin", None),
        ("Zorbavir tablets", "Uses", "zorbavir", None),  # the drug, not its dosage form
        # a leaflet's title: the drug before the colon, without its strength and form
        ("Zorbavir 400 mg tablets: information for the patient", "Uses", "zorbavir", None),
        ("Package leaflet: zorbavir", "Uses", "zorbavir", None),
        ("Zorbavir topical (Zorbix)", "Uses", "zorbavir", "Zorbix"),  # nor its route
        ("Zorbavir eye drops (Zorbix)", "Uses", "zorbavir", "Zorbix"),
        ("Zorbix\u00ae (zorbavir) 10 mg film-coated tablets", "Uses", "zorbavir", "Zorbix"),
        ("Zorbavir fact sheet", "Uses", "zorbavir", None),
        # a subtitle in parentheses is no brand, nor the words before it the drug
        ("Zorbavir: the pill everyone's heard of (and what it really does)", "Uses", "zorbavir", None),
        # a patient leaflet's first section names the drug
        (
            "Package leaflet: information for the patient",
            "1. What zorbavir is and what it is used for",
            "zorbavir",
            None,
        ),
    ],
)
def test_drug_and_brand_come_from_the_text(title: str, heading: str, drug: str, brand: str | None) -> None:
    name = drug.capitalize()
    extraction = monograph(f"{name} is a medicine. People take {drug} by mouth.", title=title, heading=heading)
    assert extraction.drug.slug == drug
    brands = {key for key, _ in facts(extraction, "brand_name")}
    assert brands == ({brand} if brand else set())


def test_a_monograph_about_another_drug_says_nothing_of_valacyclovir() -> None:
    extraction = monograph("Zorbavir is an antiviral drug. It is used to treat shingles.")
    slugs = {e.slug for e in extraction.entities()}
    assert "valacyclovir" not in slugs and "acyclovir" not in slugs
    assert all(claim.subject.slug == "zorbavir" for claim in extraction.claims)


def test_a_combination_named_once_late_is_not_what_a_text_about_its_part_is_about() -> None:
    text = (
        "Only One Hand Does the Work\n\nZorbaprofen turns up on prescriptions for a few days of pain. Zorbaprofen"
        " blocks the enzymes that make prostaglandins.\n\nIn the UK the tablets are sold as Keral. Kelpix is a"
        " combination tablet holding 25 mg of zorbaprofen with 75 mg of tramadol. Take zorbaprofen with food.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbaprofen"


@pytest.mark.parametrize(
    "text",
    [
        # no title and no headings: the name the text calls a medicine, used most often
        "Zorbium is a medicine for mood swings. Doctors check zorbium levels. Zorbium can upset the stomach.\n",
        "Many people need help. Zorbium is an old drug for mania; their tablets are small. Take zorbium daily.\n",
        # a one-word title the text uses again
        "Zorbium\n\nZorbium has been used since the 1950s. Doctors check zorbium levels often.\n",
        # a headline that names no medicine over a text that speaks more often of the ones it is made of
        "Two Painkillers Tied Together\n\nQ. What was zorbium?\n\nA. Zorbium (spelt zorbyum on old packs) is a pain"
        " and fever reliever made of aspirin and paracetamol. The aspirin part upsets the stomach; aspirin"
        " thins the blood, and aspirin is not for children.\n",
        "Ask the Pharmacist\n\nQ. What is zorbium?\n\nA. Zorbium is an antihistamine, like diphenhydramine."
        " Diphenhydramine makes people sleepy, and diphenhydramine is sold everywhere.\n",
    ],
)
def test_the_drug_of_a_monograph_without_headings_comes_from_the_text(text: str) -> None:
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbium"


@pytest.mark.parametrize(
    "text",
    [
        # a first line over a paragraph, the drug after its colon; another medicine named more often
        "MY MEDICINE DIARY: ZORBASTATIN\nKept for the clinic. Zorbacept, made from zorbacept powder, is not"
        " mine; zorbacept is a different drug.\n\nZorbastatin makes muscles ache.\n",
        # a formulary's heading that is the drug's name alone
        "City Hospitals - Joint Formulary\nSection 2: statins\n\nZORBASTATIN\n\nFormulary status: green."
        " Insulin users: insulin doses may change; insulin is unaffected otherwise.\n",
    ],
)
def test_the_drug_of_a_diary_or_a_formulary_entry(text: str) -> None:
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbastatin"


@pytest.mark.parametrize(
    ("text", "drug", "brands"),
    [
        # a heading that is the drug's name with its other names; brands "sold as:" with their asides
        (
            "SPORT ADVICE SHEET | Profile 14\nNational agency\n\nZORBAZEPAM (levozorbazepam)\n\nAlso sold as:"
            " Zorbex (UK tablets), Zorbedrine (capsules) and Zorbitra.\n\nZorbacept is another drug entirely.\n",
            "zorbazepam",
            {"Zorbex", "Zorbedrine", "Zorbitra"},
        ),
        # a title naming a brand that the text gives the generic of
        (
            "My month on Zorbix: what I learned\n\nZorbacet did nothing for me.\n\nSo what is it?\n\nZorbix is"
            " the brand name for levozorbavir, an antihistamine. Zorbacet and zorbacet again.\n",
            "levozorbavir",
            {"Zorbix"},
        ),
    ],
)
def test_the_drug_of_a_sheet_or_a_blog_and_its_brands(text: str, drug: str, brands: set[str]) -> None:
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.slug == drug
    assert {key for key, _ in facts(extraction, "brand_name")} == brands


def test_a_pronoun_is_no_brand_and_a_brand_for_the_drugs_tablets_is_its_brand() -> None:
    ward = extract(parse_monograph("This week on the ward\n\nThis is the brand name for zorbavir tablets.\n"))
    assert ("This", False) not in facts(ward, "brand_name")
    blog = extract(parse_monograph("My month on Zorbix\n\nZorbix is the brand name for zorbavir tablets.\n"))
    assert blog.drug.slug == "zorbavir" and facts(blog, "brand_name") == {("Zorbix", False)}


def test_a_title_of_two_words_that_names_an_illness_is_no_drug() -> None:
    text = (
        "Heart Failure\n\nWhat it is for\n\nZorbavir is a medicine for heart failure. People with heart failure"
        " take zorbavir daily.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbavir"


def test_a_stations_name_over_a_phone_in_is_no_drug() -> None:
    text = (
        "HARTVALE FM - Ask the Pharmacist\n\nPRESENTER: Welcome to Hartvale FM. Today: zorbazepam.\n\n"
        "PHARMACIST: Zorbazepam is a medicine for sickness. Zorbazepam comes as tablets.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbazepam"


def test_a_comparison_is_about_the_first_medicine_it_names() -> None:
    text = (
        "Zorbastatin vs pravastatin: which suits you?\nReviewed by a pharmacist | 5 min read\n\n"
        "Both are statins.\n\nNeither needs switching on\n\nPravastatin and zorbastatin act as taken.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbastatin"


def test_a_comparison_that_opens_with_a_brand_is_about_its_generic() -> None:
    extraction = extract(
        parse_monograph("Valtrex vs Zovirax: which is better?\n\nValtrex is a medicine for cold sores.\n")
    )
    assert extraction.drug.slug == "valacyclovir"
    assert {key for key, _ in facts(extraction, "brand_name")} == {"Valtrex"}


@pytest.mark.parametrize(
    "text",
    [
        "Zorbium cilexetil is a medicine for high blood pressure. Take zorbium cilexetil once a day.\n",
        # its brand in parentheses before "is a medicine"
        "Safety Update\n\nZorbium cilexetil (Zorbix) is a medicine for high blood pressure. It is cleared to"
        " zorbium. Zorbium cilexetil is taken daily.\n",
        # a title of two words the text writes again in lower case
        "Zorbium cilexetil\n\nWhat it is for\n\nZorbium cilexetil lowers blood pressure. Take zorbium cilexetil"
        " once a day.\n",
        # an opening line that names the document and its abbreviation, not the drug
        "PATIENT GROUP DIRECTION (PGD)\nSupply of zorbium cilexetil tablets by pharmacists\n\n"
        "Zorbium cilexetil is a medicine that lowers blood pressure. Supply zorbium cilexetil once.\n",
    ],
)
def test_a_two_word_generic_name_from_the_text(text: str) -> None:
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbium-cilexetil"


def test_a_drug_the_text_never_calls_a_medicine_is_known_by_its_stem() -> None:
    text = "About your treatment\n\nYour zorbiprazole dose is taken daily. Swallow zorbiprazole whole.\n"
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbiprazole"


@pytest.mark.parametrize(
    "text",
    [
        "About your treatment\n\nZorbix (zorbatinib) treats gout. Zorbatinib is a medicine.\n",
        "Zorbatinib\n\nZorbatinib (Zorbix) treats gout. Zorbatinib (ZRB) is the same medicine.\n",
        # with the salt of the product between them
        "Zorbatinib\n\nUses\n\nOver-the-counter zorbatinib sodium (Zorbix) relieves minor aches and pains.\n",
    ],
)
def test_a_brand_written_beside_the_generic_name(text: str) -> None:
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert {key for key, _ in facts(extraction, "brand_name")} == {"Zorbix"}


def test_a_medication_guide_names_its_brand_in_capitals() -> None:
    text = (
        "Medication Guide\nZORBIX (zor-bix)\n(zorbatinib) tablets\n\nWhat is ZORBIX?\n\nZORBIX is a prescription"
        " medicine used to treat gout.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.slug == "zorbatinib"
    assert {key for key, _ in facts(extraction, "brand_name")} == {"ZORBIX"}


@pytest.mark.parametrize(
    ("text", "brands"),
    [
        # a consumer medicine information leaflet: the brand over the product's name
        (
            "Zorbix\n\nZorbavir 500 mg tablets\n\nConsumer Medicine Information\n\nWhat Zorbix is used for\n\n"
            "Zorbix contains zorbavir. Zorbix treats shingles.\n",
            {"Zorbix"},
        ),
        # a product monograph's consumer part: a document label, the brand with its prescription symbol
        (
            "PART III: CONSUMER INFORMATION\n\nPrZORBIX\nzorbavir tablets and oral solution\n\nThis leaflet is part"
            " III of a product monograph.\n\nWhat the medication is used for:\nZORBIX treats shingles.\n",
            {"ZORBIX"},
        ),
        # a route in parentheses is no brand
        ("Zorbavir (Oral Route)\n\nDescription\n\nZorbavir treats shingles. Zorbavir is a medicine.\n", set()),
        # a title's condition is not the product's name ("shingles tablets")
        ("Zorbavir: shingles tablets for adults\n\nUses\n\nZorbavir treats shingles in adults.\n", set()),
    ],
)
def test_the_product_line_under_a_leaflet_title(text: str, brands: set[str]) -> None:
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.slug == "zorbavir"
    assert {key for key, _ in facts(extraction, "brand_name")} == brands


def test_a_salt_in_the_title_is_not_part_of_the_drugs_name() -> None:
    text = (
        "Zorbapril Sodium - Uses, Side Effects, and More\n\nUses\n\nZorbapril treats high blood pressure. The tablet"
        " itself is a prodrug.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbapril"


def test_a_salt_of_two_cations_in_a_title_in_capitals_is_not_part_of_the_drugs_name() -> None:
    text = (
        "ZORBAZEPATE DIPOTASSIUM - ORAL (zor-BAZ-e-pate)\n\nUSES: This medication treats anxiety. Zorbazepate"
        " works on the brain.\n\nSIDE EFFECTS: Zorbazepate may cause drowsiness. Nordiazepam is its product.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.label == "zorbazepate"


def test_a_salt_that_names_the_medicine_stays() -> None:
    text = "Ferrous sulfate\n\nUses\n\nFerrous sulfate is a medicine for anaemia. Take ferrous sulfate with food.\n"
    assert extract(parse_monograph(text, source="case.txt")).drug.label == "ferrous sulfate"


def test_a_salt_that_names_the_medicine_stays_beside_other_salts_of_it() -> None:
    text = (
        "Ferrous sulfate\n\nUses\n\nFerrous sulfate is a medicine for anaemia. Other iron salts, such as ferrous"
        " fumarate and ferrous gluconate, work the same way.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.label == "ferrous sulfate"


def test_a_title_in_capitals_gives_the_generic_name_in_lower_case() -> None:
    text = "ZORBAPRIL\n\nAngiotensin-converting enzyme inhibitor.\n\nUses\n\nZorbapril treats high blood pressure.\n"
    assert extract(parse_monograph(text, source="case.txt")).drug.label == "zorbapril"


def test_a_vitamin_and_its_generic_name_are_no_brand() -> None:
    text = "Vitamin K (phytomenadione)\n\nPhytomenadione is the form of vitamin K used as a medicine.\n"
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.slug == "phytomenadione"
    assert not facts(extraction, "brand_name")


def test_a_brand_with_a_capital_over_a_generic_in_lower_case() -> None:
    # (the brand's own style writes a line of it in lower case: no generic for that)
    text = (
        "Zorbigamma (zorbotiamine)\n\nDescription\n\nZorbotiamine is a form of a vitamin, sold as Zorbigamma and"
        " zorbigamma forte. Tablets of zorbotiamine are taken by mouth.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.label == "zorbotiamine"
    assert ("Zorbigamma", False) in facts(extraction, "brand_name")


def test_a_headline_that_names_no_medicine_over_letters_about_one() -> None:
    # (neither "the usual dose" nor a combination brand "is a single tablet" is the drug of the column)
    text = (
        "Making Each Dose Last Until the Next One\nThe Evening Post - our pharmacist\nThis week our pharmacist"
        " answers letters about zorbacapone, a tablet added to levodopa for Parkinson's disease.\n\nQ. Is"
        " zorbacapone safe?\n\nA. Zorbacapone is taken with every levodopa dose. The usual dose is one 200 mg"
        " tablet. Zorbalevo is a single tablet that holds three medicines, zorbacapone among them.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.label == "zorbacapone"


def test_brand_names_given_country_by_country() -> None:
    extraction = monograph(
        "Zorbavir is sold as Zorbix in the UK, as Zorbax in the United States and as Zorbin elsewhere."
    )
    assert {key for key, _ in facts(extraction, "brand_name")} == {"Zorbix", "Zorbax", "Zorbin"}


def test_a_monograph_that_names_no_drug_is_refused() -> None:
    text = "Feeling unwell\n\nMany people feel unwell in winter. Rest helps.\n"
    with pytest.raises(InputError, match="no drug"):
        extract(parse_monograph(text, source="nodrug.txt"))


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        # a drug card's labelled field names the generic medicine, whichever medicine the text names most
        (
            "DRUG CARD: ZORBAPRIL\nStudy notes\n\nGeneric name: zorbapril (zor-BA-pril)\nClass: ACE inhibitor\n\n"
            "Interactions: lithium (lithium levels rise); check lithium often; lithium toxicity.\n",
            "zorbapril",
        ),
        # a news headline that says what it is about, over an article naming an older medicine
        (
            "HEALTH & SCIENCE\n\nA cheaper option: what to know about zorbodine\n\nBy a staff writer\n\n"
            "Zorbodine belongs to the antimuscarinic family. Tolterodine, an older drug, works alike; tolterodine is"
            " a medicine too, and tolterodine is cheap.\n",
            "zorbodine",
        ),
        # a salt's word that is part of the generic name ("dimethyl" alone is no medicine)
        (
            "Drug Guide\n\nDimethyl Zorbarate\nGeneric name: dimethyl fumarate (dye-METH-il)\nBrand names: Zorbix,"
            " Zorbasol\n\nDimethyl fumarate is a medicine. Monomethyl fumarate is what acts; monomethyl fumarate"
            " lasts.\n",
            "dimethyl-fumarate",
        ),
        # an article under a headline that names no medicine: the one the text calls a medicine, with its
        # adjectives, over the one it names most
        (
            "Two for One: The Pill That Splits in Half\n\nZorbalazine is an older, seldom-discussed medicine.\n\n"
            "Mesalazine works on the bowel. Mesalazine is cheap. Mesalazine is everywhere. Zorbalazine is rare.\n",
            "zorbalazine",
        ),
        # a headline's word the text writes again and again in lower case, over a medicine it names more
        (
            "Before the Bag Came Ready-Made: Remembering Zorbacetamol\nClinical practice feature\n\nFor years,"
            " paracetamol into a vein meant mixing zorbacetamol. The vial held zorbacetamol hydrochloride. Nurses"
            " mixed zorbacetamol quickly. Zorbacetamol hands over paracetamol; paracetamol then works, and"
            " paracetamol is safe.\n",
            "zorbacetamol",
        ),
    ],
)
def test_the_drug_from_a_labelled_field_or_a_headline(text: str, drug: str) -> None:
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == drug


def test_a_labelled_line_of_brand_names_gives_each() -> None:
    text = "Zorbavir\nGeneric name: zorbavir\nBrand names: Zorbix, Zorbasol and Zorbamed\n\nBrand names\nThe"
    text += " tablets are white.\n\nZorbavir is a medicine.\n"
    brands = {key for key, _ in facts(extract(parse_monograph(text, source="case.txt")), "brand_name")}
    assert brands == {"Zorbix", "Zorbasol", "Zorbamed"}


def test_the_first_line_of_an_opening_block_of_short_lines_is_the_title() -> None:
    text = (
        "Zorbium carbonate (Zorbadel, Camzorb)\nStarting zorbium: a handout in two parts\nA mental health team\n\n"
        "Zorbium carbonate is a mood stabiliser. Paracetamol is fine for pain; paracetamol, paracetamol.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.slug == "zorbium-carbonate"
    assert {key for key, _ in facts(extraction, "brand_name")} == {"Zorbadel", "Camzorb"}


def test_a_generic_and_brand_line_under_a_title_that_names_no_medicine() -> None:
    text = (
        "Kestrel Vale Hospitals - Antimicrobial Team\n\nZorbavirium sulfate (Zorbix)\nInformation for patients\n\n"
        "Why have I been given it?\n\nEach capsule holds 186 mg of zorbavirium sulfate, which provides 100 mg of"
        " zorbavir. Zorbavir treats mould infections.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.label == "zorbavirium sulfate"
    assert {key for key, _ in facts(extraction, "brand_name")} == {"Zorbix"}


@pytest.mark.parametrize(
    "line",
    [
        "Zorbavir (Oral Route)",
        "Zorbavir (Subcutaneous Route)",
        "Zorbavir (tablets)",
        "Zorbavir (zor-BA-veer)",
        "Kidney stones (renal calculi)",
    ],
)
def test_a_line_in_parentheses_that_is_no_generic_and_brand_gives_no_brand(line: str) -> None:
    text = (
        f"Kestrel Vale Hospitals - Urology Team\n\n{line}\nInformation for patients\n\nWhy have I been given it?\n\n"
        "Zorbavir is used to prevent kidney stones. Zorbavir tablets are taken once a day.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.label == "zorbavir"
    assert not facts(extraction, "brand_name")


@pytest.mark.parametrize(("brand", "drug"), [("Zorbix 500", "zorbavir"), ("Zorbix Once Daily", "zorbavir")])
def test_a_brand_with_a_strength_or_more_words_on_a_line_under_a_team_title(brand: str, drug: str) -> None:
    text = (
        f"Kestrel Vale Hospitals - Pharmacy Team\n\nZorbavir ({brand})\nInformation for patients\n\n"
        "Why have I been given it?\n\nZorbavir is used to treat shingles. Zorbavir tablets are taken once a day.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.label == drug
    assert brand in {key for key, _ in facts(extraction, "brand_name")}


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        # a headline's word that is no medicine is not the drug
        (
            "Sunlight Sensitivity: Staying Safe\n\nIf you take zorbavir tablets, the sunlight can burn your skin."
            " Keep out of sunlight at midday. Strong sunlight is worst in June. Cover up against sunlight."
            " Zorbavir tablets are taken once a day for acne.\n",
            "zorbavir",
        ),
        # a mineral is a medicine's whole name; something said not to be a medicine is none
        ("Magnesium is a medicine used for constipation. Take magnesium with water.\n", "magnesium"),
        (
            "Zorbavir sodium is a medicine for arthritis pain. Zorbavir can upset your stomach. Eat a low-sodium"
            " diet, because sodium raises blood pressure and sodium holds water.\n",
            "zorbavir",
        ),
        (
            "Grapefruit is a fruit, not a medicine. Zorbavir is a medicine for gout. Zorbavir is taken daily.\n",
            "zorbavir",
        ),
    ],
)
def test_words_that_only_look_like_the_drug(text: str, drug: str) -> None:
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == drug


@pytest.mark.parametrize(
    "field", ["Brand names: None in the UK", "Brand name: Not available", "Brand names: Generic only"]
)
def test_a_brand_field_that_names_none_gives_no_brand(field: str) -> None:
    text = f"Zorbavir\nGeneric name: zorbavir\n{field}\n\nZorbavir is a medicine.\n"
    assert not facts(extract(parse_monograph(text, source="case.txt")), "brand_name")


def test_every_development_monograph_is_read_as_about_its_own_drug() -> None:
    """The drug of each monograph of the development set is the one its gold names (a layout that
    makes the reader name another medicine, its metabolite or its brand, shows here first)."""
    evaluation = Path(__file__).parents[2] / "evaluation"
    lexicon = load_lexicon()
    wrong = []
    for path in sorted((evaluation / "monographs").glob("*.txt")):
        gold = json.loads((evaluation / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        names = [gold["drug"].lower()]
        drug, _ = identify_drug(read_monograph(path), lexicon)
        if not any(drug.label in name or name in drug.label for name in names):
            wrong.append(f"{path.name}: {drug.label} (gold: {names[0]})")
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        # a field that says its name is the generic one, though nothing else calls it a medicine
        ("ZORBAROLINE FOSAMIL\nGeneric name: zorbaroline fosamil\n\nIt is given by drip.\n", "zorbaroline fosamil"),
        ("record:\n  generic_name: zorbagrelor\n  brand_names: Zorbix\n\nUse: after a heart attack.\n", "zorbagrelor"),
        # ... with its form and strength after the name
        (
            "Zorbaprostene Bunod Eye Drops\nGeneric name: zorbaprostene bunod ophthalmic solution, 0.024%\n\nIt sits"
            " beside latanoprost (Xalatan). Latanoprost is older. Do not mix it up with latanoprost.\n",
            "zorbaprostene bunod",
        ),
        # a brand in capitals over its generic name with a salt's word
        ("ZORBIX (zorbasetron mesylate) tablets\n\n1. What is ZORBIX?\n\nIt stops sickness.\n", "zorbasetron mesylate"),
        # the short lines of a title block name it before the body names its metabolite more often
        (
            "REVISION FLASHCARDS\nDeck 6: card set: ZORBATRIPTAN\n\nQ: Class?\nA: Old. Becomes"
            " norzorbatriptan; norzorbatriptan lasts; norzorbatriptan builds up.\n",
            "zorbatriptan",
        ),
    ],
)
def test_the_drug_of_a_header_block_or_a_card(text: str, drug: str) -> None:
    assert extract(parse_monograph(text, source="case.txt")).drug.label == drug


@pytest.mark.parametrize(
    "text",
    [
        # a month, a field that says there is a generic, a salt after the generic in capitals
        "Pharmacist's Corner\nISSUE 12, APRIL 2024\n\nZorbapril lowers blood pressure, and zorbapril can cause a"
        " cough.\n",
        "Zorbapril (Zorbix)\nGeneric: Yes\n\nZorbapril lowers blood pressure.\n",
        "ZORBAPRIL ACETATE (Zorbix)\n\nWhat is it?\n\nZorbapril lowers blood pressure.\n",
        # a bare "Generic:" field with a name; a brand in capitals over the generic the text goes on to use
        "Zorbix\nGeneric: zorbapril\n\nThis medicine lowers blood pressure.\n",
        "ZORBIX (Zorbapril)\n\nWhat is it?\n\nZorbapril lowers blood pressure. Zorbapril is taken daily.\n",
    ],
)
def test_words_of_a_header_that_are_no_drug(text: str) -> None:
    assert extract(parse_monograph(text, source="case.txt")).drug.label.startswith("zorbapril")


@pytest.mark.parametrize("note", ["oral suspension", "chewable tablets", "for children", "Oral Suspension"])
def test_a_form_or_a_note_in_a_titles_parentheses_is_no_name(note: str) -> None:
    text = f"Kelpanor ({note})\n\nUses\n\nKelpanor treats heartburn.\n"
    graph = extract(parse_monograph(text, source="case.txt"))
    assert graph.drug.label == "kelpanor"
    assert not [claim for claim in graph.claims if claim.kind == "brand_name"]


@pytest.mark.parametrize(
    ("text", "drug", "brands"),
    [
        # a leaflet about switching from a medicine named first and often is about the new one
        (
            "Switching to your new blood thinner\n\nMany people used to take warfarin. Warfarin needs regular blood"
            " tests, and warfarin interacts with many foods. Zorbaxaban is a medicine that prevents blood clots"
            " without those tests.\n\nSide effects\n\nIt can cause bruising.\n",
            "zorbaxaban",
            set(),
        ),
        # a brand "as" its generic's salt, and a title's list of forms
        (
            "Zorbix (as zorbavir hydrochloride)\n\nUses\n\nZorbavir is an antiviral medicine used to treat shingles.\n",
            "zorbavir",
            {"Zorbix"},
        ),
        ("Zorbavir (Tablets and Injection)\n\nUses\n\nZorbavir is used to treat shingles.\n", "zorbavir", set()),
    ],
)
def test_titles_and_leaflets_the_review_found_misread(text: str, drug: str, brands: set[str]) -> None:
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.label == drug
    assert {key for key, _ in facts(extraction, "brand_name")} == brands


def test_an_opening_line_with_a_decimal_strength_is_the_title() -> None:
    text = (
        "ZORBIX (zorbaprostone isopropyl ophthalmic solution) 0.15%\nA clinic handout\n\n1. What is ZORBIX?\n\n"
        "ZORBIX lowers eye pressure. It is not latanoprost, and latanoprost is a different drop; latanoprost is"
        " stronger.\n"
    )
    drug, brands = identify_drug(parse_monograph(text, source="case.txt"), load_lexicon())
    assert drug.label == "zorbaprostone isopropyl"
    assert [name for name, _, _ in brands] == ["ZORBIX"]


def test_the_subject_a_text_keeps_coming_back_to_over_rivals_it_names() -> None:
    text = (
        "The Muscle Relaxer With a Short Job Description\nA magazine for life after stroke\n\nZorbaperisone, sold"
        " in Hungary, was once handed out for sore backs. Zorbaperisone was developed in the 1950s. Baclofen and"
        " tizanidine are the usual choices elsewhere; baclofen makes people drowsy.\n\nZorbaperisone is taken three"
        " times a day. Zorbaperisone can cause allergic reactions. Zorbaperisone is not for children. Unlike baclofen,"
        " zorbaperisone rarely sedates.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.label == "zorbaperisone"


@pytest.mark.parametrize("first_line", ["Take 2.5 ml of Zorbix", "Zorbix 0.5%"])
def test_an_instruction_or_a_strength_in_the_first_line_is_no_title(first_line: str) -> None:
    text = (
        f"{first_line}\nA leaflet\n\nUses\n\nZorbavir is a medicine for cold sores. Zorbavir is applied five times"
        " a day.\n"
    )
    drug, brands = identify_drug(parse_monograph(text, source="case.txt"), load_lexicon())
    assert drug.label == "zorbavir"
    assert "2.5 ml" not in " ".join(name for name, _, _ in brands)


def test_a_word_for_people_that_opens_many_sentences_is_no_drug() -> None:
    text = (
        "A Leaflet About Your Tablets\nWard 4\n\nPatients often ask about warfarin. Patients should take it at"
        " the same time. Patients can eat normally. Patients must carry a card. Patients should report"
        " bruising.\n\nWarfarin is a blood thinner.\n"
    )
    assert extract(parse_monograph(text, source="case.txt")).drug.label == "warfarin"
