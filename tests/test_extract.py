"""Extraction rules of the genre, as tables: text in, claims out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from valkg.claims import Count, DoseRange, Entity, Flag, Text
from valkg.errors import InputError
from valkg.extract import Extraction, extract
from valkg.reader import parse_monograph, read_monograph


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


# --- the drug and its brand --------------------------------------------------------


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


@pytest.mark.parametrize(
    "text",
    [
        # no title and no headings: the name the text calls a medicine, used most often
        "Zorbium is a medicine for mood swings. Doctors check zorbium levels. Zorbium can upset the stomach.\n",
        "Many people need help. Zorbium is an old drug for mania; their tablets are small. Take zorbium daily.\n",
        # a one-word title the text uses again
        "Zorbium\n\nZorbium has been used since the 1950s. Doctors check zorbium levels often.\n",
    ],
)
def test_the_drug_of_a_monograph_without_headings_comes_from_the_text(text: str) -> None:
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbium"


def test_a_two_word_generic_name_from_the_text() -> None:
    text = "Zorbium cilexetil is a medicine for high blood pressure. Take zorbium cilexetil once a day.\n"
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbium-cilexetil"


def test_a_drug_the_text_never_calls_a_medicine_is_known_by_its_stem() -> None:
    text = "About your treatment\n\nYour zorbiprazole dose is taken daily. Swallow zorbiprazole whole.\n"
    assert extract(parse_monograph(text, source="case.txt")).drug.slug == "zorbiprazole"


@pytest.mark.parametrize(
    "text",
    [
        "About your treatment\n\nZorbix (zorbatinib) treats gout. Zorbatinib is a medicine.\n",
        "Zorbatinib\n\nZorbatinib (Zorbix) treats gout. Zorbatinib (ZRB) is the same medicine.\n",
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


def test_a_vitamin_and_its_generic_name_are_no_brand() -> None:
    text = "Vitamin K (phytomenadione)\n\nPhytomenadione is the form of vitamin K used as a medicine.\n"
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert extraction.drug.slug == "phytomenadione"
    assert not facts(extraction, "brand_name")


def test_brand_names_given_country_by_country() -> None:
    extraction = monograph(
        "Zorbavir is sold as Zorbix in the UK, as Zorbax in the United States and as Zorbin elsewhere."
    )
    assert {key for key, _ in facts(extraction, "brand_name")} == {"Zorbix", "Zorbax", "Zorbin"}


def test_a_monograph_that_names_no_drug_is_refused() -> None:
    text = "Feeling unwell\n\nMany people feel unwell in winter. Rest helps.\n"
    with pytest.raises(InputError, match="no drug"):
        extract(parse_monograph(text, source="nodrug.txt"))


# --- prodrugs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "active"),
    [
        ("Zorbavir is converted in the liver into its active form, zorbavirate.", "zorbavirate"),
        ("Zorbavir is a prodrug. In the gut it is broken down into zorbacin.", "zorbacin"),
        (
            "After it is absorbed, zorbavir releases zorbacin, which is the active antiviral agent.",
            "zorbacin",
        ),
        ("The active metabolite of zorbavir is zorbacin.", "zorbacin"),
        ("Zorbavir is a prodrug that works by breaking down into zorbacin.", "zorbacin"),
        # described, not named
        (
            "It is a prodrug: enzymes in the liver convert it into an active thiol metabolite.",
            "active-thiol-metabolite",
        ),
        # named after its description: the name, not the description
        ("Zorbavir is a prodrug, converted into its active acid form, zorbacin.", "zorbacin"),
        # the product made from the drug, actively or passively
        ("Zorbavir is a prodrug, which means the body has to make zorbacin from it.", "zorbacin"),
        ("Zorbavir is a prodrug. The liver produces zorbacin out of it.", "zorbacin"),
        ("Zorbavir is a prodrug; zorbacin is formed from it in the blood.", "zorbacin"),
        ("Zorbavir is a prodrug. In the stomach a sulfenamide called zorbacin forms from it.", "zorbacin"),
        ("Zorbavir is a prodrug. Most of its effect comes from zorbacin, which the liver makes from it.", "zorbacin"),
        ("Zorbavir is an inactive prodrug; once swallowed it becomes zorbacin.", "zorbacin"),
        # the drug said to be inactive by itself, or the product said to do the work
        ("Zorbavir itself is inactive. The body turns it into zorbacin.", "zorbacin"),
        ("Zorbavir is inactive until the liver converts it to zorbacin.", "zorbacin"),
        ("Zorbavir does nothing by itself. Enzymes in the bowel split it into zorbacin and a sugar.", "zorbacin"),
        ("Zorbavir only starts to work when the liver turns it into zorbacin.", "zorbacin"),
        ("When zorbavir reaches the liver it is activated to zorbacin, the form that works.", "zorbacin"),
        ("Zorbavir has little effect itself. Its active metabolite, zorbacin, does most of the work.", "zorbacin"),
        # several products
        ("Zorbavir is a prodrug. Gut bacteria cut it into two parts, zorbacin and zorbamide.", "zorbamide"),
        ("Zorbavir is a prodrug. It is converted to zorbacin and zorbamide in the colon.", "zorbamide"),
        ("Zorbavir is a prodrug. Bacteria in the bowel break it down into zorbacin and zorbamide.", "zorbamide"),
        # a metabolite named after the drug, made "stronger" by the conversion
        ("Zorbavir is a prodrug: the body must first make zorbavirat out of it.", "zorbavirat"),
        (
            "Zorbavir has some effect itself, but the liver turns it into the stronger N-desmethylzorbavir.",
            "n-desmethylzorbavir",
        ),
        # the product set free, left behind, or the result; a name with a number; an ester's name
        ("Zorbavir is a prodrug. In the colon, bacteria set zorbacin free.", "zorbacin"),
        ("Enzymes in the gut strip a group off zorbavir to leave zorbacin, the acid that does the work.", "zorbacin"),
        (
            "Zorbavir is not active as it stands. The resulting zorbavir sulfate is the form that opens channels.",
            "zorbavir-sulfate",
        ),
        ("Zorbavir is a prodrug: the liver turns most of it into a compound that chemists call 4-ZBA.", "4-zba"),
        (
            "Esterases cut a handle off zorbavir and release orbavir, the part that actually kills the bacteria.",
            "orbavir",
        ),
        ("Zorbavir is zorbacin in disguise: a carrier keeps it intact until the colon.", "zorbacin"),
        ("Zorbavir is zorbacin wearing a chemical coat, which an enzyme peels off.", "zorbacin"),
        (
            "Enzymes snip the tail off, and what's left is plain zorbacin,"
            " the antibiotic that actually wrecks the wall.",
            "zorbacin",
        ),
        (
            "It is hydrolysed in the gut, so the compound that reaches the bloodstream is zorbacin alone,"
            " and zorbacin is what occupies the receptor.",
            "zorbacin",
        ),
        ("Zorbavir is only a starting material: the liver reshapes it into zorbacin.", "zorbacin"),
        ("Zorbavir is a prodrug. In cirrhosis the conversion to zorbacin is unpredictable.", "zorbacin"),
        # a precursor; a drug that has to be activated or only starts working once changed; "which is active"
        ("Zorbavir is a precursor of zorbavirat.", "zorbavirat"),
        ("Zorbavir has to be activated by the liver, which turns it into zorbavirat.", "zorbavirat"),
        ("Zorbavir only starts working after it has been changed into zorbavirat.", "zorbavirat"),
        ("In the body, zorbavir is transformed into zorbavirat, which is active.", "zorbavirat"),
        # what circulates, the finished form, the part that acts, a group attached, a pro-class word
        (
            "The liver oxidises it, and what circulates in the blood is zorbavir sulfoxide, the substance"
            " that does the killing.",
            "zorbavir-sulfoxide",
        ),
        ("The liver adds the missing group, and the finished molecule, zorbatriol, acts on the gut.", "zorbatriol"),
        ("Enzymes unwrap it, and the free zorbavir acid that emerges is the part that acts.", "zorbavir-acid"),
        ("Zorbavir is zorbacin with a phosphate group attached, which makes it dissolve.", "zorbacin"),
        ('Zorbavir is a "pro-retinoid". It sits idle until esterases release zorbavirenic acid.', "zorbavirenic-acid"),
        # a slimmed-down molecule; what is left behind; a switched-off state rearranged into a reactive form
        (
            "Zorbavir dipropionate does little by itself. Enzymes trim away a side chain. The slimmed-down"
            " molecule, zorbavir 17-monopropionate, grips the receptors.",
            "zorbavir-17-monopropionate",
        ),
        (
            "Enzymes discard the marboxil group. What is left behind, zorbavir acid, is the part that disables the"
            " virus.",
            "zorbavir-acid",
        ),
        (
            "Zorbavir is swallowed in a switched-off state. Acid rearranges it into a reactive sulfenamide.",
            "sulfenamide",
        ),
        # what is left and the result of a step, each "what" acts; a product that "does much of the
        # work"; a reduction, with the product that acts set against the one swallowed
        (
            "The substance in the tablet is not quite the one that does the work. The gut wall clips a tag"
            " away, and what is left, zorbacin, is what settles on the receptors.",
            "zorbacin",
        ),
        (
            "Zorbavir is not active in the form you swallow. An enzyme attaches a phosphate group to it, and the"
            " result, zorbavir phosphate, is what keeps white cells in the lymph nodes.",
            "zorbavir-phosphate",
        ),
        (
            "In the hours after each dose the liver reworks part of it into phenobarbital, and this"
            " phenobarbital does much of the work of holding seizures back.",
            "phenobarbital",
        ),
        (
            "The tablet itself does very little: zorbavir is a sulfoxide that the liver reduces to zorbavir"
            " sulfide, and it is this sulfide, not the swallowed compound, that blocks the enzymes.",
            "zorbavir-sulfide",
        ),
        # what is swallowed "is not yet the working medicine", then a new name, a finished product, a
        # code name, a compound the molecule falls apart into
        (
            "The tablet you swallow is not yet the working medicine. An enzyme unhooks a small ethyl group, and only"
            " after that does the drug, now called zorbaprilat, block the enzyme.",
            "zorbaprilat",
        ),
        (
            "The zorbavir in your drip cannot harm any cell on its own. Enzymes in the liver rebuild it in stages."
            " The finished product, phosphoramide mustard, ties the strands of DNA together.",
            "phosphoramide-mustard",
        ),
        (
            "What you swallow is not the working medicine. Liver enzymes turn an intermediate into the active"
            " metabolite, a compound labelled R-138727, which makes platelets less sticky.",
            "r-138727",
        ),
        (
            "A zorbavir tablet does not kill anything by itself. In acidic urine each molecule slowly falls apart"
            " into formaldehyde and ammonia. The formaldehyde is what damages bacteria.",
            "formaldehyde",
        ),
    ],
)
def test_prodrug_phrasings(body: str, active: str) -> None:
    assert (active, False) in facts(monograph(body), "prodrug_of")


@pytest.mark.parametrize(
    "body",
    [
        "Unlike some drugs, zorbavir is not a prodrug; it is active as taken.",
        "Zorbavir is broken down in the liver into inactive substances.",
        "Zorbavir is an antiviral drug that blocks viral enzymes.",
        # a described product without a prodrug statement
        "The liver turns zorbavir into an inactive acid form.",
        # a conversion the text negates, or a product that is not a name
        "Zorbavir does not need to be converted into zorbacin to work.",
        "Zorbavir is broken down in the liver into harmless waste products.",
        "Zorbavir works quickly. After a few hours it becomes less effective.",
        # another drug that acts, with no conversion said
        "Unlike zorbavir, aspirin, the drug that actually blocks the enzyme, thins the blood.",
        "Zorbavir forms crystals in the urine if you drink too little.",
        "The liver makes bile from cholesterol, and zorbavir lowers it.",
        # a metabolite named without any sign that it is what works
        "The liver changes zorbavir into zorbacin, which is removed by the kidneys.",
        "Once absorbed, zorbavir is rapidly converted to zorbavirat.",
        # a metabolite that is active too: the drug itself works
        "Zorbavir is changed in the liver to zorbavirat, which is also active, and both fight the virus.",
        # leaving, releasing and results that are not products of the drug
        "Zorbavir leaves the body in the urine within a day.",
        "Zorbavir makes the stomach release histamine, the chemical that causes itching.",
        # products called inactive, beside a prodrug statement about another medicine
        "Zorbavir is not a prodrug: the zorbavir in the tablet is the substance that acts on the brain, and the"
        " liver simply breaks it down into an inactive acid.",
        "Zorbavir itself does very little. Part of each dose is oxidized to a sulfone, which is inactive.",
        # a question asks, it does not say
        "Does zorbavir have to be activated by the liver? Not really. The liver does turn part of it into norzorbavir.",
    ],
)
def test_no_prodrug_claim_without_a_prodrug_statement(body: str) -> None:
    extraction = monograph(body)
    assert not facts(extraction, "prodrug_of")
    assert ("prodrug", False) not in facts(extraction, "has_role")


def test_a_negated_prodrug_statement_is_kept_as_a_negative_claim() -> None:
    roles = facts(monograph("Zorbavir is not a prodrug."), "has_role")
    assert roles == {("prodrug", True)}


def test_conversion_site_and_count() -> None:
    extraction = monograph("After zorbavir is swallowed, it is broken down in the liver and releases two compounds.")
    sites = [c.object for c in extraction.claims if c.kind == "conversion_site"]
    counts = [c.object for c in extraction.claims if c.kind == "product_count"]
    assert counts == [Count(2)]
    assert len(sites) == 1 and isinstance(sites[0], Entity) and sites[0].slug == "liver"


# --- dosage forms: positive and negative facts ----------------------------------------


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
            {("liquid", True), ("oral-tablet", False)},
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
        ("Zorbavir comes only as tablets, not as a liquid.", {("oral-tablet", False), ("liquid", True)}),
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
            {("oral-tablet", True), ("liquid", True), ("topical-gel", True)},
        ),
        ("An aerosol inhaler was sold in the past but has been withdrawn.", {("inhaler", True)}),
        ("There is no cure for the infection, and there is no generic version.", set()),
    ],
)
def test_dosage_forms_keep_their_polarity(body: str, expected: set[tuple[str, bool]]) -> None:
    assert facts(monograph(body, heading="Dosage and forms"), "dosage_form") == expected


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


# --- doses ---------------------------------------------------------------------------------


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
    ],
)
def test_dose_expressions(body: str, expected: str) -> None:
    assert (expected, False) in facts(monograph(body, heading="Dosage"), "dose")


def test_this_drugs_dose_after_a_word_for_its_form() -> None:
    assert ("5-5 mg", False) in {(str(k), n) for k, n in facts(monograph("The tablets start at 5 mg a day."), "dose")}


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
    ],
)
def test_doses_of_another_medicine_are_not_this_drugs(body: str) -> None:
    assert facts(monograph(body, heading="Dosage"), "dose") == set()


def test_dose_values_are_numbers_in_one_unit() -> None:
    doses = [
        c.object for c in monograph("The dose is 500 mg to 1 g daily.", heading="Dosage").claims if c.kind == "dose"
    ]
    assert doses == [DoseRange(Decimal(500), Decimal(1000), "mg", "500 mg to 1 g", "daily")]


# --- indications ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        (
            "Zorbavir is used to treat cold sores, chickenpox and shingles.",
            {"herpes-labialis", "chickenpox", "herpes-zoster"},
            set(),
        ),
        ("It is used in the management of genital herpes.", {"genital-herpes"}, set()),
        (
            "It relieves the pain and swelling of rheumatoid arthritis.",
            {"rheumatoid-arthritis"},
            {"edema"},
        ),
        ("Zorbavir is not used to treat the common cold.", set(), {"common-cold"}),
        ("Zorbavir is also used for frobnitz disease.", {"frobnitz-disease"}, set()),
        # the most specific name: disease adjectives, acronyms, eponyms and organs before a known head
        ("Doctors use it to treat psoriatic arthritis.", {"psoriatic-arthritis"}, {"arthritis"}),
        ("It is used to treat CMV pneumonia.", {"cmv-pneumonia"}, {"pneumonia"}),
        ("It is also used to treat non-Hodgkin lymphoma.", {"non-hodgkin-lymphoma"}, set()),
        ("It is used to relieve cancer pain.", {"cancer-pain"}, set()),
        # degree words are not part of the name
        ("It is used to relieve severe pain.", {"pain"}, {"severe-pain"}),
        # one condition per organ of a list
        (
            "Given into a vein, it treats infections of the blood, the bones and the heart valves.",
            {"sepsis", "osteomyelitis", "endocarditis"},
            set(),
        ),
        ("It is used to treat infections of the urinary tract.", {"urinary-tract-infection"}, set()),
        # organs after a named condition say where it occurs
        (
            "It treats ringworm (tinea) infections of the skin, hair and nails.",
            {"ringworm"},
            {"skin-infection", "hair-infection", "nail-infection"},
        ),
        # the patients a use is for, after the cue in the same clause; a group in another clause is none
        ("It is used for long-term lowering of uric acid in adults with gout.", {"gout"}, set()),
        (
            "It is used for gout; it needs care in people with kidney disease.",
            {"gout"},
            {"kidney-disease", "chronic-kidney-disease"},
        ),
        # a bulleted list: each line names a use before its own clauses, and another name in parentheses
        (
            "It is used to treat:\n- zorbic disease (zorbosis), in which cysts form in the liver\n"
            "- quornitis, in which the brain swells",
            {"zorbic-disease", "quornitis"},
            {"zorbosis"},
        ),
        # "and some kinds of X": a quantity, not a symptom list before "of"
        ("It treats pneumonia and some kinds of meningitis.", {"pneumonia", "meningitis"}, set()),
        ("It treats infection at the back of the eye.", set(), {"back-infection"}),  # a part, not an organ list
        ("It is used to clear Helicobacter pylori.", set(), {"clear-helicobacter-pylori"}),  # a verb is no modifier
        ("It is also used to heal peptic ulcers.", {"peptic-ulcer"}, {"heal-peptic-ulcers"}),  # nor one ending in -al
        ("It is a sleeping tablet for severe insomnia of short duration.", {"insomnia"}, set()),
        # a part of the body is no condition, nor "both" part of one
        ("It helps people with allergies to house dust mites or pet hair.", set(), {"pet-hair"}),
        ("It treats both depression and pain.", {"depression"}, {"both-depression"}),
        ("It is prescribed off-label for dementia with Lewy bodies.", {"dementia-with-lewy-bodies"}, {"dementia"}),
        # a symptom tied to its cause is the use, not the cause
        ("It is used to relieve pain caused by cancer.", {"cancer-pain"}, {"cancer"}),
        # a disease's complications are not uses
        (
            "It is used to treat high blood pressure, which can lead to heart attack and stroke.",
            {"hypertension"},
            {"myocardial-infarction", "stroke"},
        ),
        # the symptoms of a disease are not uses: the disease is
        ("It relieves the pain and swelling of rheumatoid arthritis.", {"rheumatoid-arthritis"}, {"pain"}),
        # "it" after an opening phrase is this drug, not the class named after it
        (
            "At much higher doses it is a chemotherapy drug for non-Hodgkin lymphoma.",
            {"non-hodgkin-lymphoma"},
            set(),
        ),
        # a course word belongs to a name already extended, not to a bare one
        ("It is used for acute granulocytic leukaemia.", {"acute-granulocytic-leukaemia"}, set()),
        ("It is used for acute pain.", {"pain"}, {"acute-pain"}),
        # "the" and the last word of a use named before is that use again
        (
            "It is used for ulcerative colitis. Once the colitis is quiet, it is given to stop it coming back.",
            {"ulcerative-colitis"},
            {"colitis"},
        ),
        # cystitis is a urinary tract infection of its own name; a modifier before a known head
        (
            "It is used for urinary tract infections, especially uncomplicated cystitis in women.",
            {"urinary-tract-infection", "cystitis"},
            set(),
        ),
        (
            "It is given to people who have CMV retinitis, an infection of the eye.",
            {"cytomegalovirus-retinitis"},
            set(),
        ),
        # "does nothing for" says it is no use
        ("It does nothing for the pain of arthritis itself, but it protects the stomach.", set(), {"arthritis"}),
        # harms named after a use, the condition behind an operation, the cause of a use, another
        # medicine's use in an apposition
        ("It is used for gout, but it can cause kidney stones.", {"gout"}, {"kidney-stones"}),
        (
            "It is used for arthritis, but not around heart surgery, because it raises the risk of a heart attack.",
            {"arthritis"},
            {"myocardial-infarction"},
        ),
        ("As drops it treats the inflammation that follows cataract surgery.", set(), {"cataract"}),
        ("It is used for swelling of the brain caused by brain tumours.", set(), {"brain-tumor"}),
        (
            "Tretinoin, a tablet used for one kind of leukaemia, can cause clots when taken with zorbavir.",
            set(),
            {"leukemia"},
        ),
    ],
)
def test_indications(body: str, expected: set[str], absent: set[str]) -> None:
    found = {key for key, negated in facts(monograph(body, heading="Clinical uses"), "indication") if not negated}
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("It treats gout.", {("gout", "treatment")}),
        ("It is used for gout.", {("gout", None)}),  # "used for" does not say which
        ("It is used to prevent gout.", {("gout", "prevention")}),
        ("It treats and prevents osteoporosis.", {("osteoporosis", "treatment"), ("osteoporosis", "prevention")}),
        ("It is used to lower the chance of stroke.", {("stroke", "prevention")}),
        ("To keep gout from coming back, it is taken every day.", {("gout", "prevention")}),
        ("It is the mainstay of gout prevention.", {("gout", "prevention")}),
        ("It can also help with tinnitus.", {("tinnitus", "treatment")}),
        (
            "It heals peptic ulcers and is used to prevent malaria.",
            {("peptic-ulcer", "treatment"), ("malaria", "prevention")},
        ),
        # "the next seizure" after "focal seizures" is that use, prevented
        (
            "Its licensed use is focal seizures. Taken every day, it lowers the chance of the next seizure.",
            {("focal-seizures", None), ("focal-seizures", "prevention")},
        ),
    ],
)
def test_indications_say_whether_they_treat_or_prevent(body: str, expected: set[tuple[str, str | None]]) -> None:
    claims = monograph(body, heading="Clinical uses").claims
    assert {
        (c.object.slug, c.purpose) for c in claims if c.kind == "indication" and isinstance(c.object, Entity)
    } == expected


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        # a verb of therapy with the drug as its agent, outside a uses section
        ("Zorbavir relieves the pain of osteoarthritis.", {"osteoarthritis"}, {"pain"}),
        ("It treats and prevents malaria.", {"malaria"}, set()),
        ("Zorbavir keeps schizophrenia under control.", {"schizophrenia"}, set()),
        ("Zorbavir clears up urinary tract infections.", {"urinary-tract-infection"}, set()),
        ("Zorbavir reduces the risk of heart attacks and strokes.", {"myocardial-infarction", "stroke"}, set()),
        ("Doctors prescribe zorbavir for gout.", {"gout"}, set()),
        ("Zorbavir is given to people with epilepsy to control their seizures.", {"epilepsy"}, set()),
        # another agent, or a harm, is not the drug's use
        ("Smoking raises the risk of heart attacks; zorbavir is a tablet.", set(), {"myocardial-infarction"}),
        # other medicines' uses and a length of time
        ("It also weakens warfarin, which may then fail to prevent clots.", set(), {"clot"}),
        ("Do not take zorbavir if you take medicines for an irregular heartbeat.", set(), {"arrhythmia"}),
        ("Taken for many years, it can also soften the bones (osteomalacia).", set(), {"osteomalacia"}),
        ("The dose is lowered because a high dose reduces the risk of nothing.", set(), set()),
        # symptoms listed before "of" a disease belong to it
        (
            "Zorbavir relieves the wheezing, coughing and breathlessness of asthma.",
            {"asthma"},
            {"wheezing", "cough", "dyspnea"},
        ),
        # a condition "in people who …" with a later condition is not a symptom of that one
        (
            "Doctors use it to lower the chance of a stroke in people at high risk, such as those with diabetes.",
            {"stroke"},
            set(),
        ),
        # "its chief use is in X"; the patients a drug is prescribed for are not a risk group
        ("Its chief use is in status epilepticus, after other drugs have failed.", {"status-epilepticus"}, set()),
        ("Doctors also prescribe it for women with polycystic ovary syndrome.", {"polycystic-ovary-syndrome"}, set()),
        # "the treatment of X" is this drug's use; "radiotherapy for X" is another treatment's
        ("It is used in the treatment of viral infections and works well.", {"viral-infection"}, set()),
        ("It eases sickness after radiotherapy for cancer.", set(), {"cancer"}),
        # the reasons for something else are not the drug's uses
        (
            "Bacterial infections are among the commonest reasons for a trip to the doctor, from earache to cystitis.",
            set(),
            {"earache", "urinary-tract-infection"},
        ),
        ("Gout is the commonest reason it is prescribed.", {"gout"}, set()),
        # another drug's mainstay; the germ that causes a disease; an "existing" ulcer is an ulcer
        ("Painkillers such as ibuprofen are a mainstay of arthritis treatment.", set(), {"arthritis"}),
        ("It works only against the mycobacteria that cause TB.", {"tuberculosis"}, {"mycobacteria"}),
        ("It is used to heal an existing ulcer.", {"ulcer"}, {"existing-ulcer"}),
        # other products' use in a clause of their own; a place is no condition
        (
            "It is not made as a skin ointment; the vitamin D ointments used for psoriasis contain zorbacin instead.",
            set(),
            {"psoriasis"},
        ),
        (
            "Zorbavir is an anti-nausea medicine. It is sold as Zorbix for injection in the United States.",
            set(),
            {"united-state"},
        ),
    ],
)
def test_indications_outside_a_uses_section(body: str, expected: set[str], absent: set[str]) -> None:
    found = {key for key, negated in facts(monograph(body), "indication") if not negated}
    assert expected <= found
    assert not absent & found


def test_a_monograph_of_one_dense_paragraph_is_read_whole() -> None:
    text = (
        "Zorbavir: drug summary\n\nZorbavir is a strong painkiller for severe pain. Stopping it suddenly causes"
        " withdrawal: restlessness and yawning. Some people develop low blood pressure.\n"
    )
    effects = {key for key, _ in facts(extract(parse_monograph(text, source="case.txt")), "adverse_effect")}
    assert {"agitation", "yawning", "hypotension"} <= effects


def test_a_field_line_of_a_reference_entry_is_a_section_of_its_own() -> None:
    text = (
        "Zorbavir\n\nClass: aminosalicylate.\nUses: mild ulcerative colitis. Long-term, to keep gout away.\n"
        "Side effects (common, usually mild): headache, nausea.\nLong-term use brings other effects: weight gain.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert {k for k, _ in facts(extraction, "indication")} == {"ulcerative-colitis", "gout"}
    assert {"headache", "nausea"} <= {k for k, _ in facts(extraction, "adverse_effect")}


def test_a_side_effects_section_names_no_uses() -> None:
    text = (
        "Zorbavir (Zorbix)\n\nPossible side effects\n\nVery rare, mainly with high doses taken for a long time:"
        " glaucoma, cataract or thinning of the bones.\n"
    )
    assert not facts(extract(parse_monograph(text, source="case.txt")), "indication")


def test_the_conditions_of_the_patients_a_use_is_for_are_no_uses() -> None:
    extraction = monograph(
        "It treats flu in people aged 12 and older who are at high risk, such as those with asthma, diabetes or"
        " heart disease.",
        heading="Clinical uses",
    )
    assert {key for key, _ in facts(extraction, "indication")} == {"influenza"}


def test_a_bulleted_list_after_a_colon_is_a_list_of_uses() -> None:
    body = "Zorbavir is used to treat:\n- stomach ulcers\n- heartburn\n- Zollinger-Ellison syndrome"
    found = {key for key, _ in facts(monograph(body), "indication")}
    assert found == {"peptic-ulcer", "heartburn", "zollinger-ellison-syndrome"}


def test_a_synonym_already_found_in_a_list_is_not_split_into_words() -> None:
    body = "Reported side effects include:\n- itching\n- tingling or pins and needles\n- dizziness"
    found = {key for key, _ in facts(monograph(body, heading="Side effects"), "adverse_effect")}
    assert found == {"itching", "paresthesia", "dizziness"}


def test_unknown_conditions_in_a_list_become_unmapped_entities() -> None:
    extraction = monograph("Zorbavir is used to treat frobnitz disease.", heading="Clinical uses")
    entity = next(c.object for c in extraction.claims if c.kind == "indication")
    assert isinstance(entity, Entity)
    assert entity.label == "frobnitz disease" and not entity.in_lexicon and not entity.identifiers


def test_not_curative() -> None:
    extraction = monograph("It is not curative but offers protection by reducing the clinical symptoms.")
    assert ("False", False) in facts(extraction, "curative")
    assert ("reducing the clinical symptoms", False) in facts(extraction, "therapeutic_effect")


# --- adverse effects ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The most common side effects are nausea, headache and dizziness.",
            {"nausea": None, "headache": None, "dizziness": None},
        ),
        ("Rare but serious side effects include angioedema.", {"angioedema": True}),
        ("Side effects are usually mild and include headache.", {"headache": False}),
        (
            "The drug can also affect the brain and can cause confusion, seizures and agitation.",
            {"confusion": None, "seizure": None, "agitation": None},
        ),
        (
            "A rare but serious side effect is angioedema, a swelling of the face, lips or throat.",
            {"angioedema": True},
        ),
        ("Zorbavir can cause flurbling syndrome.", {"flurbling-syndrome": None}),
        # the most specific name, as for indications
        ("Zorbavir can rarely cause intracranial hypertension.", {"intracranial-hypertension": None}),
        # an unknown word listed with known effects is one too; organs are not
        ("Less often, anxiety and twitches appear.", {"anxiety": None, "twitch": None}),
        ("A rash affecting the skin and internal organs has been reported.", {"rash": None}),
        # in a side-effects section, effects seen in a group are still the drug's effects
        ("Children may have some temporary hair loss.", {"hair-loss": False}),
        # a list before "are noticed" is the subject
        ("Drowsiness and a change in taste are sometimes noticed.", {"drowsiness": None, "taste-disturbance": None}),
        # a level that rises or falls is the lexicon's high or low state of it
        ("Zorbavir can raise the level of potassium in the blood.", {"hyperkalemia": None}),
        ("Very rarely, zorbavir has caused a drop in white blood cells.", {"leukopenia": None}),
        ("It can lower the number of platelets.", {"thrombocytopenia": None}),
        ("It can reduce the appetite.", {}),  # nothing the lexicon knows as a low state
        # symptoms named with the disease they come from: the disease is the effect
        (
            "In rare cases it can lead to eye pain and blurred vision from acute angle-closure glaucoma.",
            {"angle-closure-glaucoma": None},
        ),
        # the text's own wording of a known effect
        ("Long-term use can thin the bones.", {"osteoporosis": None}),
        ("Some people find it hard to sleep.", {"insomnia": None}),
        # symptoms listed before the name of what they describe are that one effect
        (
            "Tingling, numbness or burning in the feet (peripheral neuropathy) is a known problem.",
            {"peripheral-neuropathy": None},
        ),
        (
            "Side effects include headache, nausea and rash (skin eruption).",
            {"headache": None, "nausea": None, "rash": None},
        ),
        # problems that are common, less common or the most common
        (
            "The commonest problems are vomiting and stomach upset, which are usually mild.",
            {"vomiting": False, "stomach-upset": False},
        ),
        ("Rash, fever and joint pains are less common.", {"rash": None, "fever": None, "joint-pain": None}),
        ("On the scalp, itching and redness are the most common problems.", {"itching": None, "redness": None}),
        ("Less common are drowsiness and kidney stones.", {"drowsiness": None, "kidney-stones": None}),
        # "these effects" are the ones just named
        ("Stopping suddenly can bring on dizziness. These withdrawal effects pass.", {"dizziness": None}),
        # a list in parentheses after an effect describes it
        (
            "Some people develop tardive dyskinesia (involuntary chewing, lip-smacking and tongue movements).",
            {"tardive-dyskinesia": None},
        ),
        ("Your skin may burn more easily in the sun.", {"photosensitivity": None}),
        # a part of the body in a list is not an effect of its own
        ("Side effects include headache and aching bones, joints or muscles.", {"headache": None, "bone-pain": None}),
        # what another medicine causes, and a condition naming a class of medicines, are not its effects
        (
            "Zoledronic acid drips often cause a fever for a day or two; with zorbavir a rash is seen.",
            {"rash": None},
        ),
        ("HIV medicines such as ritonavir raise its level.", {}),
        ("Taking it with ibuprofen can cause bleeding.", {}),  # the combination's risk, not its own effect
        # an effect's warning signs are not effects of their own; "dangerous" is no part of a name
        (
            "The most serious risk is a blood disorder. It is rare; its warning signs are unexplained bruising,"
            " a sore throat and a fever.",
            {"blood-disorder": True},
        ),
        ("It can cause dangerous bone marrow suppression.", {"bone-marrow-suppression": True}),
        # a list with a line per part of the body: each line is a list of its own
        (
            "Side effects are usually mild:\n- Stomach and gut: feeling sick and grumbling\n- Skin: an itchy rash",
            {"nausea": False, "grumbling": False, "rash": False},
        ),
        # the words for side effects in general name none
        ("Side effects are uncommon.", {}),
        ("Serious side effects are rare but include kidney damage.", {"kidney-function-abnormality": True}),
        # a conjunction before a condition's name is not part of it
        (
            "It can cause a rash, while neuroleptic malignant syndrome is rare but serious.",
            {"rash": True, "neuroleptic-malignant-syndrome": True},
        ),
        # what coming off the drug brings is its effect too; "rebound" is part of the name
        (
            "Stopping suddenly then brings rebound insomnia, anxiety and sweating.",
            {"rebound-insomnia": None, "anxiety": None, "sweating": None},
        ),
        # a negation ends at "because": what follows is said, not denied
        (
            "People with liver disease should not take it, because it can bring on confusion.",
            {"confusion": None},
        ),
        (
            "You may lose your appetite and pass urine more often.",
            {"loss-of-appetite": None, "frequent-urination": None},
        ),
        # everyday words of the genre
        ("Rarely, it causes wind.", {"flatulence": None}),
        (
            "Side effects include jaw ache, disturbed sleep and bleeding gums.",
            {
                "jaw-pain": None,
                "sleep-disturbance": None,
                "gingival-bleeding": None,
            },
        ),
        # a list joined by "and" names its effects, the last one named again in parentheses
        (
            "Upset stomach, nausea and a white coating in the mouth (oral thrush) may occur.",
            {"stomach-upset": None, "nausea": None, "candidiasis": None},
        ),
        # a lead-in that ends in a colon, then the list, a line at a time (after a line's label)
        (
            "Most people get some irritation in the first weeks:\n- dry skin\n- zorbic flaking",
            {"dry-skin": None, "zorbic-flaking": None},
        ),
        (
            "Most side effects depend on the product:\n- gum and sprays: a sore mouth and hiccups",
            {"mouth-ulcer": None, "hiccups": None},
        ),
        # a bulleted line of signs, then what they are signs of, is that one effect
        (
            "Call a doctor straight away if you get:\n- shortness of breath and swollen ankles - these can be signs"
            " of heart failure\n- hallucinations",
            {"heart-failure": None, "hallucinations": None},
        ),
        # what a colon lists after a kind of effect; "the most serious risk is"
        (
            "Stopping suddenly causes withdrawal: restlessness, yawning and diarrhoea.",
            {"agitation": None, "yawning": None, "diarrhea": None},
        ),
        (
            "The most serious risk is respiratory depression, slow and shallow breathing.",
            {"respiratory-depression": True},
        ),
        # a kind of effect and its examples are one effect
        ("Uncommon: allergic reactions such as rash, itching or hives.", {"allergic-reaction": None}),
        # a bulleted line of symptoms is the effect it names last; what to call an ambulance for is
        # effects; a specific effect after a general one is a new one
        (
            "Rare but serious. Call 911 if you have:\n- coughing up blood\n- a sudden severe headache, confusion or"
            " weakness on one side of the body (possible bleeding in the brain)",
            {"hemoptysis": True, "hemorrhagic-stroke": True},
        ),
        (
            "Bleeding is the main side effect.\n\nCommon:\n- bleeding gums",
            {"bleeding": None, "gingival-bleeding": None},
        ),
        # lines that say what people have are groups, not effects, even under a lead without a verb
        ("Check with your doctor first if you:\n- have ever had swelling of the face or diarrhoea", {}),
        # the lexicon's one term for a use is two effects
        ("Nausea and vomiting are usually mild.", {"nausea": False, "vomiting": False}),
        # "a lack of" names a cause, no negation; "lupus-like" is not lupus
        (
            "Rarely it causes anaemia caused by a lack of folate, and a lupus-like illness.",
            {"anemia": None, "lupus-like-illness": None},
        ),
        # a line labelled with an effect lists its symptoms; one labelled with a part of the body, effects
        (
            "Call your doctor at once if you have:\n- low sodium: confusion, memory problems or feeling unsteady",
            {"hyponatremia": None},
        ),
        ("Side effects:\n- stomach and gut: feeling sick and wind", {"nausea": None, "flatulence": None}),
        # a line whose symptoms hold a "not" still names its effect
        (
            "Call a doctor straight away if you get:\n- seeing or hearing things that are not there (hallucinations)",
            {"hallucinations": None},
        ),
        # a list's next item is no apposition of the one before ("weight gain, a rounded face, ...")
        (
            "Long-term use brings other effects: weight gain, a rounded face, fluid retention, raised blood sugar"
            " that can develop into diabetes, muscle weakness.",
            {
                "weight-gain": None,
                "cushingoid-features": None,
                "edema": None,
                "hyperglycemia": None,
                "diabetes-mellitus": None,
                "muscle-weakness": None,
            },
        ),
        # an effect's features, after its other name and on a bulleted line of their own
        (
            "Rare but serious side effects need urgent help:\n- a severe allergic reaction (anaphylaxis), with"
            " swelling of the face, hives or trouble breathing\n- severe diarrhoea",
            {"anaphylaxis": True, "diarrhea": True},
        ),
        # a sentence that opens with the early signs of an effect names no effects of its own
        ("Early signs are thirst, constipation and tiredness.", {}),
        # a list before "are common": its commas are no clause boundaries, and an unknown item
        # listed with known effects is one too
        (
            "A gritty feeling, stinging and blurred vision are common and usually mild.",
            {"gritty-feeling": False, "stinging": False, "blurred-vision": False},
        ),
        # a bulleted list in a side-effects section, though a line names other medicines' use
        (
            "Rare but serious:\n- metabolic acidosis\n- thoughts of suicide, reported with all epilepsy medicines in"
            " a few people",
            {"metabolic-acidosis": True, "suicidal-thoughts": True},
        ),
    ],
)
def test_adverse_effects_and_seriousness(body: str, expected: dict[str, bool | None]) -> None:
    extraction = monograph(body, heading="Side effects")
    found = {
        c.object.slug: c.serious
        for c in extraction.claims
        if c.kind == "adverse_effect" and not c.negated and isinstance(c.object, Entity)
    }
    assert found == expected


def test_what_the_first_doses_bring_is_an_effect_of_the_drug() -> None:
    body = "The first doses often bring drowsiness and dizziness. These usually wear off."
    assert {"drowsiness", "dizziness"} <= {key for key, _ in facts(monograph(body), "adverse_effect")}


@pytest.mark.parametrize(
    ("body", "effect"),
    [
        ("Stopping it suddenly can set off a run of seizures, which can be serious.", "seizure"),
        (
            "Do not stop taking zorbavir suddenly: this can make angina worse and, occasionally, bring on a heart"
            " attack.",
            "myocardial-infarction",
        ),
    ],
)
def test_what_stopping_sets_off_is_an_effect_outside_a_side_effects_section(body: str, effect: str) -> None:
    assert effect in {key for key, _ in facts(monograph(body, heading="About zorbavir"), "adverse_effect")}


def test_an_attack_of_this_disorder_is_the_disorder_named_before() -> None:
    body = "People with porphyria should avoid it. Zorbavir can set off an attack of this inherited blood disorder."
    assert "blood-disorder" not in {key for key, _ in facts(monograph(body, heading="Cautions"), "adverse_effect")}


def test_the_same_reaction_named_again_is_no_new_effect() -> None:
    body = "Not for anyone who had hives after taking aspirin, as it can set off the same allergic reaction."
    assert "allergic-reaction" not in {key for key, _ in facts(monograph(body, heading="Cautions"), "adverse_effect")}


def test_what_coming_off_the_drug_brings_is_an_effect_of_it() -> None:
    body = "Used nightly for weeks, zorbavir can cause dependence. Stopping suddenly brings anxiety and sweating."
    effects = {key for key, negated in facts(monograph(body, heading="Dependence"), "adverse_effect")}
    assert {"anxiety", "sweating"} <= effects


def test_effects_noticed_in_the_paragraph_after_a_side_effect_list() -> None:
    text = (
        "Zorbavir\n\nZorbavir is a medicine for gout.\n\nSide effects that have been reported include:\n"
        "- skin rash\n- diarrhoea\n\nThe rash is the reason people stop. Less often, drowsiness and a"
        " change in taste are noticed.\n\nZorbavir is cheap. People notice it is easy to take.\n"
    )
    effects = {key for key, _ in facts(extract(parse_monograph(text, source="case.txt")), "adverse_effect")}
    assert {"rash", "diarrhea", "drowsiness", "taste-disturbance"} <= effects


@pytest.mark.parametrize(
    "body",
    [
        "Unlike other drugs, zorbavir does not cause drowsiness.",
        "Influenza can cause pneumonia in some people.",
        "Zorbavir is used to prevent nausea caused by chemotherapy.",
        "It clears a germ that causes stomach ulcers.",
        "Side effects are uncommon.",  # how often, not what
        "Confusion and wandering are part of the illness and are not caused by zorbavir.",
        # what a combination causes is a risk of the combination, not an effect of the drug
        "Drinking alcohol while taking zorbavir can cause flushing and a racing heart.",
        "Taking zorbavir with high doses of aspirin can cause dangerous drowsiness.",
        # what it does to a baby in the womb or a newborn; the words for effects in general
        "Taken late in pregnancy, zorbavir can cause shaking and breathing problems in the newborn.",
        "A few effects are rare but serious.",
        # groups at risk, and what the drug can do to them
        "Tell your doctor first if you have:\n- asthma - zorbavir can bring on a severe asthma attack\n- psoriasis",
        # what it does to a pregnancy is the risk of pregnant women, not an effect on the person taking it
        "Zorbavir must not be taken in pregnancy, because it can cause miscarriage and birth defects.",
    ],
)
def test_no_adverse_effect_from_negations_or_other_agents(body: str) -> None:
    extraction = monograph(body, heading="How does zorbavir work?")
    assert not {key for key, negated in facts(extraction, "adverse_effect") if not negated}


# --- risk populations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "population", "risk"),
    [
        (
            "Elderly people are more likely to develop kidney problems.",
            "elderly",
            "kidney-function-abnormality",
        ),
        (
            "Pregnant women should avoid zorbavir because of the risk of birth defects.",
            "pregnant-women",
            None,
        ),
        (
            "Taking it with blood thinners such as warfarin raises the risk of bleeding.",
            "people-taking-blood-thinners",
            "bleeding",
        ),
        ("People with liver disease are at greater risk of liver damage.", None, "liver-damage"),
        # the lexicon's group under the text's wording
        ("If you have kidney problems, zorbavir builds up in the body.", "people-with-kidney-impairment", None),
        ("People whose kidneys do not work well clear zorbavir slowly.", "people-with-kidney-impairment", None),
        ("People with diabetes may find that their blood sugar rises.", "people-with-diabetes", None),
        # people taking another medicine, named without its class and as one group
        (
            "People taking the antibiotic rifampicin are more likely to get a rash.",
            "people-taking-rifampicin",
            "rash",
        ),
        (
            "It can interact with azathioprine and mercaptopurine, raising the risk of bleeding.",
            "people-taking-azathioprine-or-mercaptopurine",
            None,
        ),
        # other medicines as the subject: by class nouns or by the stems of their names
        (
            "Antacids, iron tablets and calcium supplements bind to it in the gut and can stop it working.",
            "people-taking-antacids-iron-tablets-or-calcium-supplement",
            None,
        ),
        (
            "Omeprazole and esomeprazole, which protect the stomach, block the enzyme that activates zorbavir.",
            "people-taking-omeprazole-or-esomeprazole",
            None,
        ),
        # a class described by what it does is named by its examples
        (
            "Combining it with medicines that slow its breakdown, such as erythromycin or cimetidine, raises it.",
            "people-taking-erythromycin-or-cimetidine",
            None,
        ),
    ],
)
def test_risk_populations_are_tied_to_their_risk(body: str, population: str | None, risk: str | None) -> None:
    claims = [c for c in monograph(body, heading="Warnings").claims if c.kind == "risk_population"]
    assert claims, body
    if population is not None:
        claims = [c for c in claims if isinstance(c.object, Entity) and c.object.slug == population]
        assert claims, f"no population {population}"
    if risk is not None:
        assert claims[0].risk is not None and claims[0].risk.slug == risk


def test_a_headingless_paragraph_about_how_often_things_happen_is_about_side_effects() -> None:
    text = (
        "Zorbavir\n\nZorbavir is a sleeping tablet for insomnia.\n\n"
        "A metallic taste in the mouth is very common. Dry mouth and dizziness also occur."
        " Less often: headache and nightmares.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    effects = {c.object.slug for c in extraction.claims if c.kind == "adverse_effect" and isinstance(c.object, Entity)}
    assert {"dry-mouth", "dizziness", "headache"} <= effects


@pytest.mark.parametrize(
    "body",
    [
        "Dose: 10 mg a day, do not exceed 20 mg.",
        "Note: the tablets can be crushed.",
        "Men over 65 and men with diabetes can take the usual dose.",  # no risk stated
    ],
)
def test_lines_that_state_no_risk_name_no_group(body: str) -> None:
    assert not [c for c in monograph(body, heading="Warnings").claims if c.kind == "risk_population"]


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        (
            "You should not take zorbavir if you:\n- are pregnant\n- have severe liver disease"
            "\n- are allergic to aspirin",
            {"pregnant-women", "people-with-liver-impairment", "people-allergic-to-aspirin"},
        ),
        (
            "Tell your doctor if you have kidney disease, asthma or diabetes, because the dose may need to change.",
            {"people-with-kidney-impairment", "people-with-asthma", "people-with-diabetes"},
        ),
        ("Avoid alcohol while taking zorbavir, because it increases drowsiness.", {"alcohol-users"}),
        ("Grapefruit juice raises the level of zorbavir in the blood.", {"grapefruit-juice-drinkers"}),
        # a class named with its examples is the class; "who are taking" is "taking"
        ("NSAIDs such as ibuprofen can reduce how well it works.", {"people-taking-nsaid"}),
        ("If you are taking warfarin, your INR may rise and you may bleed.", {"people-taking-warfarin"}),
        # "ever", "is also taking", "must not be combined with", raised blood levels, a named group
        (
            "Tell your doctor if you have ever had mania, since zorbavir can trigger a manic episode.",
            {"people-who-have-had-mania"},
        ),
        ("Anyone who is also taking a beta-blocker needs special care.", {"people-taking-a-beta-blocker"}),
        (
            "It must not be combined with MAOI antidepressants, because of the risk.",
            {"people-taking-maoi-antidepressant"},
        ),
        (
            "Zorbavir raises the blood levels of phenytoin and carbamazepine, which can then cause unsteadiness.",
            {"people-taking-phenytoin-or-carbamazepine"},
        ),
        ("Slow acetylators have more side effects, because the drug stays in the body longer.", {"slow-acetylators"}),
        # what the other medicine is taken for is not part of the group; adjectives sharing one organ are
        (
            "People taking valproate for epilepsy should not take it, because it lowers carnitine further.",
            {"people-taking-valproate"},
        ),
        (
            "Anyone with a red, inflamed or sunburnt scalp absorbs more of the drug, which can cause dizziness.",
            {"people-with-a-red-inflamed-or-sunburnt-scalp"},
        ),
        # another group with the same risk, after it; a class of medicines as the subject
        (
            "Drinking alcohol raises the risk of liver damage, as does existing liver disease.",
            {"alcohol-users", "people-with-liver-impairment"},
        ),
        (
            "Heavy drinkers should avoid it because of the risk of liver damage,"
            " and so should anyone with liver disease.",
            {"alcohol-users", "people-with-liver-impairment"},
        ),
        (
            "Antihistamines, including those sold for hay fever, may cancel out its effect.",
            {"people-taking-antihistamine"},
        ),
        # a line that labels a group and then says its risk
        ("Over 65: higher risk of falls and hip fractures.", {"people-over-65"}),
        ("Alcohol: deepens the sedation and the memory loss.", {"alcohol-users"}),
        (
            "Opioid painkillers such as codeine: together they can slow breathing dangerously.",
            {"people-taking-opioid-painkiller"},
        ),
        ("Past drug or alcohol misuse: higher risk of dependence.", {"people-with-past-drug-or-alcohol-misuse"}),
        ("- Drivers: if you feel dizzy, do not drive or use machines.", {"drivers"}),
        (
            "If you've ever had any reaction to a cephalosporin, you shouldn't take it, as the next could be worse.",
            {"people-who-have-had-any-reaction-to-a-cephalosporin"},
        ),
        (
            "With kidney disease the antibiotic builds up in the blood, so the dose is spaced out.",
            {"people-with-kidney-impairment"},
        ),
        # an allergy however the text words it, the whole of what it is to
        (
            "If you are allergic to aspirin or other salicylates, you should not take zorbavir.",
            {"people-allergic-to-aspirin-or-other-salicylate"},
        ),
        (
            'It is not suitable for people who are allergic to sulfonamide ("sulfa") drugs.',
            {"people-allergic-to-sulfonamide-drug"},
        ),
        (
            "It is not suitable for anyone who has had asthma, hives or a runny nose after taking aspirin.",
            {"people-allergic-to-aspirin"},
        ),
        ("Tell your doctor if you have ever reacted to carbamazepine.", {"people-allergic-to-carbamazepine"}),
        # the words of a group end where its clause does; a pronoun names no group
        (
            "It should not be taken by anyone with low blood calcium until this is corrected.",
            {"people-with-low-blood-calcium"},
        ),
        ("Many of the people who have it feel well, but it can be dangerous.", set()),
        # a sentence before a colon is no label; a clause that opens with a preposition is no medicine
        ("Changes in ejaculation are a known problem: some men find it worrying.", set()),
        ("For hair loss the tablet dose is much lower, and it can be dangerous.", set()),
        # another medicine known by its generic name, and a long list of them as a line's label
        ("- Lithium: levels can rise to the point of lithium poisoning.", {"people-taking-lithium"}),
        (
            "- Potassium supplements, salt substitutes that contain potassium, spironolactone or trimethoprim:"
            " blood potassium can climb too high.",
            {
                "people-taking-potassium-supplements-salt-substitutes-that-contain-potassium-spironolactone-or-trimethoprim"
            },
        ),
        # people about to have an operation
        (
            "People who are due to have an operation usually stop it five days before, to lower the risk of bleeding.",
            {"people-having-surgery"},
        ),
        ("- Surgery: it can make an anaesthetic last longer.", {"people-having-surgery"}),
        ("Shortly before surgery it must not be used by people with glaucoma.", {"people-with-glaucoma"}),
        # the patients a drug is given to, and a risk it lowers, name no group at risk
        ("Doctors give it to people who have active TB, to lower the chance of relapse.", set()),
        (
            "It is given to people with kidney disease, but they are more likely to get side effects.",
            {"people-with-kidney-impairment"},
        ),
        # words of risk that say there is none; adults are not a group apart
        ("Older people do not need a different dose and face no extra risk from it.", set()),
        ("There is no special risk for older people.", set()),
        ("In adults it lowers the risk of a stroke.", set()),
        ("Adults over 65 are more prone to falls.", {"adults-over-65"}),
        # "never combine it with", "when taken with"
        (
            "Never combine it with nitrates: the combination can cause a sudden drop in blood pressure.",
            {"people-taking-nitrate"},
        ),
        (
            "Alpha-blockers such as doxazosin can make you faint when taken with zorbavir.",
            {"people-taking-alpha-blocker"},
        ),
        # "if you have:" and "if you're taking:" lead a list of groups, each line up to its explanation
        (
            "Tell your doctor first if you have:\n- asthma or a history of wheezing lung disease - it can bring on"
            " an attack\n- poor circulation in the hands, such as Raynaud's - your fingers may become colder",
            {"people-with-asthma-or-a-history-of-wheezing-lung-disease", "people-with-poor-circulation-in-the-hand"},
        ),
        (
            "Tell your doctor if you're taking:\n- verapamil or diltiazem - together they can slow the heart"
            "\n- rizatriptan (Maxalt) for migraine - its levels rise",
            {"people-taking-verapamil-or-diltiazem", "people-taking-rizatriptan"},
        ),
        (
            "If you have ever had thoughts of harming yourself, you may get only a small supply.",
            {"people-who-have-had-thoughts-of-harming-themselve"},
        ),
        ("Zorbavir is generally safe while breastfeeding.", set()),
        (
            "You may be at higher risk of dehydration if you:\n- are 65 years of age or older",
            {"people-aged-65-or-older"},
        ),
        ("No dose change is needed for older adults or for people with mild liver problems.", set()),
        ("People with kidney problems take the usual dose.", set()),
        # the patients of a use; a risk in the same clause still names a group
        (
            "Zorbix is a medicine used:\n- to lower the risk of dying from heart problems in adults with type 2"
            " diabetes\n- to treat adults with heart failure",
            set(),
        ),
        ("It is used with caution in people with kidney disease.", {"people-with-kidney-impairment"}),
        # a sentence that opens with the medicine it is combined with
        (
            "Combined with simvastatin or lovastatin it increases the risk of muscle damage.",
            {"people-taking-simvastatin-or-lovastatin"},
        ),
        (
            "Together with beta blockers, particularly when both are given into a vein, it can cause heart block.",
            {"people-taking-beta-blocker"},
        ),
        ("With food it can be absorbed better.", set()),
        # contractions, "the same goes for", a group before a parenthesis, medicines that pile on
        (
            "People with heart failure shouldn't take it. The same goes for anyone with an overactive thyroid.",
            {"people-with-heart-failure", "people-with-an-overactive-thyroid"},
        ),
        (
            "If you have glaucoma or trouble passing urine (for instance from an enlarged prostate), its drying"
            " effects can make things worse.",
            {"people-with-glaucoma-or-trouble-passing-urine"},
        ),
        ("Sleep aids and other sedatives pile on the drowsiness.", {"people-taking-sleep-aids-or-other-sedative"}),
        # an age with "and over"; a number of weeks is no group; no dose change and no harm shown
        ("People aged 65 and over are more likely to have stomach bleeding.", {"people-aged-65-and-over"}),
        (
            "Women who are 20 weeks or more into pregnancy should avoid zorbavir, because it can harm the baby.",
            {"pregnant-women"},
        ),
        ("Older people and people with liver problems do not need a dose change.", set()),
        ("Zorbavir can be used in pregnancy when it is needed; it has not been shown to harm the baby.", set()),
        # an age "and older"; another class "such as" its examples; medicines that lower it, one named
        # with its apostrophe; partner medicines that act on something else are no group
        ("Adults 80 and older bleed more easily on any blood thinner.", {"adults-80-and-older"}),
        (
            "Other blood thinners, such as warfarin or heparin, should not be taken with zorbavir, because"
            " bleeding becomes much more likely.",
            {"people-taking-other-blood-thinner"},
        ),
        (
            "Rifampin, carbamazepine and St. John's wort lower it, so zorbavir may not protect you from clots.",
            {"people-taking-rifampin-carbamazepine-or-st-john's-wort"},
        ),
        ("Carbidopa and benserazide block the enzyme that breaks down levodopa outside the brain.", set()),
        # a question that names a group, answered "No."
        ("Can people with porphyria take it? No. It can set off an attack.", {"people-with-porphyria"}),
        ("Can I drink alcohol? No. Alcohol makes the drowsiness much stronger.", {"alcohol-users"}),
        ("Can people with kidney disease take it? Yes, they can take the usual dose.", set()),
        # a reference entry's fields that list groups, each with its reason in parentheses; reassurances
        (
            "Avoid in: allergy to aspirin (may react to it too); severe kidney impairment (kidney function can"
            " worsen).",
            {"people-allergic-to-aspirin", "people-with-severe-kidney-impairment"},
        ),
        (
            "Interactions: azathioprine or mercaptopurine (higher risk of low white cell counts); warfarin (may"
            " weaken its effect).",
            {"people-taking-azathioprine-or-mercaptopurine", "people-taking-warfarin"},
        ),
        ("Pregnancy: can be continued; no clear increase in risk to the baby.", set()),
        ("Driving: not expected to affect driving.", set()),
        ("WARNING: zorbavir can cause bleeding in the stomach.", set()),  # a label, no group
        # a leaflet's "Do not take X:" and "... if:" lists, each line with its own "if you" or "you"
        (
            "Do not take zorbavir:\n- if you have severe liver disease or blocked bile ducts, because it can build up",
            {"people-with-severe-liver-disease-or-blocked-bile-duct"},
        ),
        (
            "Talk to your doctor before taking zorbavir if:\n- you have kidney problems or are on dialysis - it can"
            " make kidney function worse\n- you are going to have an operation - your blood pressure can drop",
            {"people-with-kidney-problems-or-on-dialysis", "people-having-surgery"},
        ),
        # a reassurance after a label; a generic label over the medicines that raise its level
        ("Older people: no change of dose is needed for people over 65.", set()),
        (
            "Other medicines: dexamethasone and cimetidine raise the amount of zorbavir in the blood.",
            {"people-taking-dexamethasone-or-cimetidine"},
        ),
        # a class "such as" its examples as subject or after "taken with"; the conditions caution is needed in
        (
            "Enzyme inducers such as phenytoin and rifampicin speed its removal and can make it less effective.",
            {"people-taking-enzyme-inducer"},
        ),
        (
            "Taken with NSAIDs such as ibuprofen, Zorbavir increases the risk of stomach ulcers.",
            {"people-taking-nsaid"},
        ),
        (
            "Caution is needed in diabetes, because zorbavir raises blood sugar, and in glaucoma.",
            {"people-with-diabetes", "people-with-glaucoma"},
        ),
        # an "if you:" list goes on after a line's own explanation; each line's verb leads it; what
        # to call a doctor for are symptoms, not groups
        (
            "Tell your doctor if you:\n- take a beta-blocker. Your heart rate may drop further.\n- take medicines"
            " that weaken the immune system. Your chance of a serious infection is higher.\n- have never had"
            " chickenpox. You could get a severe case.\n- are pregnant or plan to become pregnant. It may harm"
            " your unborn baby.",
            {
                "people-taking-a-beta-blocker",
                "people-taking-medicines-that-weaken-the-immune-system",
                "people-who-have-never-had-chickenpox",
                "pregnant-women",
            },
        ),
        ("Call your doctor at once if you have:\n- new or worse depression\n- racing thoughts", set()),
        (
            "Do not use zorbavir if you have taken an MAO inhibitor, because a dangerous reaction can occur.",
            {"people-who-have-taken-an-mao-inhibitor"},
        ),
        # a group of medicines with the clause that says which; a group narrowed by a condition
        (
            "Medicines that affect the heart rhythm, such as methadone, can trigger a dangerous rhythm when"
            " taken with zorbavir.",
            {"people-taking-medicines-that-affect-the-heart-rhythm"},
        ),
        (
            "Anyone taking another medicine that lowers blood pressure may faint.",
            {"people-taking-another-medicine-that-lowers-blood-pressure"},
        ),
        (
            "Older people with dementia who are given antipsychotics have a higher risk of stroke.",
            {"older-people-with-dementia"},
        ),
        (
            "People with poor circulation in your hands and feet may find it worse.",
            {"people-with-poor-circulation-in-the-hands-and-feet"},
        ),
        # no harm shown and little known is no risk
        ("Animal studies haven't shown harm in pregnancy, but human data are limited, so ask your doctor.", set()),
    ],
)
def test_risk_populations_in_lists_and_advice(body: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="Cautions"), "risk_population")} == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # outside a warnings section: a group that "may get" or "can develop" a harm
        ("People with liver disease may get liver damage from zorbavir.", {"people-with-liver-impairment"}),
        ("People with G6PD deficiency can develop haemolytic anaemia.", {"people-with-g6pd-deficiency"}),
        ("If you drink alcohol while taking zorbavir, you are more likely to feel drowsy.", {"alcohol-users"}),
        ("People of Asian descent have a higher risk of a severe skin reaction.", {"people-of-asian-descent"}),
        ("Smokers need a higher dose.", {"smokers"}),
        # the drug weakening another medicine: the people who take that one
        (
            "Zorbavir lowers the effect of the contraceptive pill, so women may get pregnant.",
            {"people-taking-contraceptive-pill"},
        ),
        ("Zorbavir lowers the level of sugar in the blood, which is why it is used.", set()),
        (
            "Combining zorbavir with probenecid can raise the level of zorbacin in the blood.",
            {"people-taking-probenecid"},
        ),
        # after a label and a colon, "in the blood" after the medicine
        (
            "Other things to know: zorbavir can raise the level of digoxin in the blood, which may be toxic.",
            {"people-taking-digoxin"},
        ),
        # a group with an effect but no harm word
        ("Children may have some temporary hair loss.", set()),
        # a people's descent with several names; the drug making another medicine less effective
        (
            "People of Han Chinese, Thai or other South-East Asian descent may carry a gene that makes"
            " a severe rash more likely.",
            {"people-of-han-chinese-thai-or-other-south-east-asian-descent"},
        ),
        (
            "Zorbavir makes hormonal contraceptives, including the pill, less effective.",
            {"people-taking-hormonal-contraceptive"},
        ),
        ("Alcohol adds to the drowsiness.", {"alcohol-users"}),
        ("Alcohol on the same evening deepens the sedation.", {"alcohol-users"}),
        (
            "Clarithromycin and ketoconazole can push zorbavir levels up sharply.",
            {"people-taking-clarithromycin-or-ketoconazole"},
        ),
        # other medicines, and alcohol, that add to or deepen its effects
        (
            "Alcohol, sleeping tablets and other sedating medicines add to its drowsiness.",
            {"alcohol-users", "people-taking-sleeping-tablets-or-other-sedating-medicine"},
        ),
        ("Opioid painkillers deepen the drowsiness it causes.", {"people-taking-opioid-painkiller"}),
        # a risk the drug lowers is a benefit
        ("It roughly halves the risk of spine fractures in women with osteoporosis.", set()),
        # advice against driving is a risk for drivers; being able to drive is none
        ("Zorbavir can make you sleepy, so do not drive until you know how it affects you.", {"drivers"}),
        ("Drowsiness means that driving can be dangerous at first.", {"drivers"}),
        ("A person who still drives should have this reviewed regularly.", {"drivers"}),
        ("Zorbavir does not cause drowsiness, and most people can drive normally.", set()),
        # advice against taking it, and a drug that stays longer in the body, are risks too
        (
            "Not suitable for people with myasthenia gravis, because it can weaken breathing further.",
            {"people-with-myasthenia-gravis"},
        ),
        ("With severe kidney disease the drug stays in the body longer.", {"people-with-kidney-impairment"}),
        ("Do not take it if you are pregnant.", {"pregnant-women"}),
        # reassurance, a lack of information, and advice with no risk named are not risks
        ("Older people can take the usual adult dose.", set()),
        ("Older adults: no dose change needed.", set()),
        ("It has been used in pregnancy without harm to the baby.", set()),
        ("- Pregnancy and breastfeeding: there is not enough information; talk to your doctor.", set()),
        ("Breastfeeding during a long course is not recommended.", set()),
        (
            "Breastfeeding is not recommended, because it passes into the milk and may harm the baby.",
            {"breastfeeding-women"},
        ),
        # a label naming known groups is those groups; a label with a condition in it is its people
        ("- Pregnancy and breastfeeding: avoid, as it may harm the baby.", {"pregnant-women", "breastfeeding-women"}),
        ("- A history of kidney stones: more stones are likely.", {"people-with-a-history-of-kidney-stone"}),
        # what the group does ends its name; "before" is no part of an allergy
        (
            "People who work outdoors or use tanning beds burn more easily.",
            {"people-who-work-outdoors-or-use-tanning-bed"},
        ),
        (
            "People who have reacted badly to a zorbic injection before should tell the doctor.",
            {"people-allergic-to-zorbic-injection"},
        ),
        # a reason that opens the sentence holds the risk
        (
            "Because zorbavir makes birth control pills less reliable, a barrier method should be used as well.",
            {"people-taking-birth-control-pill"},
        ),
        # a medicine it makes work less well, in a bulleted line
        ("- Birth control pills may work less well.", {"people-taking-birth-control-pill"}),
        # conditions that open a sentence and make a risk greater; medicines that do are no condition
        ("Leukaemia or anaemia make priapism more likely.", {"people-with-leukaemia", "people-with-anaemia"}),
        (
            "HIV medicines such as ritonavir raise its levels and make side effects more likely.",
            {"people-taking-hiv-medicine"},
        ),
    ],
)
def test_risk_populations_outside_a_warnings_section(body: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body), "risk_population")} == populations


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
    ],
)
def test_a_group_has_one_wording(phrase: str, canonical: str) -> None:
    from valkg.extract import canonical_population

    assert canonical_population(phrase) == canonical


def test_population_risk_through_anaphora() -> None:
    extraction = monograph(
        "The use of zorbavir has been reported to cause abnormalities in the kidney function. "
        "In particular, this is prevalent in elderly populations.",
        heading="Taking precautions",
    )
    claim = next(c for c in extraction.claims if c.kind == "risk_population")
    assert claim.risk is not None and claim.risk.slug == "kidney-function-abnormality"


# --- statements kept in the monograph's words, and disputes ------------------------------


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


# --- provenance holds for every claim of every monograph we have -------------------------

EVALUATION = Path(__file__).resolve().parent.parent / "evaluation"


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
