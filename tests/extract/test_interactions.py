"""Interactions: the people taking another medicine a sentence names (``valkg.extract.interactions``)."""

from __future__ import annotations

import pytest

from tests.extract.cases import facts, monograph


def test_a_list_of_examples_in_an_interactions_section_names_medicines_taken() -> None:
    body = (
        "Some medicines and Zorbix may interfere with each other. These include:\n- probenecid and allopurinol,"
        " medicines for gout, which may not work as well\n- other medicines that can harm the liver, as liver"
        " damage becomes more likely"
    )
    found = {key for key, _ in facts(monograph(body, heading="Taking other medicines"), "risk_population")}
    assert found == {
        "people-taking-probenecid-and-allopurinol",
        "people-taking-other-medicines-that-can-harm-the-liver",
    }


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # another medicine's level: raised by this drug (on a list's line, in a list of its own), said to rise
        ("- It also raises the level of digoxin.", {"people-taking-digoxin"}),
        (
            "- It raises the levels of the transplant medicines ciclosporin, tacrolimus and sirolimus.",
            {"people-taking-transplant-medicines-ciclosporin-tacrolimus-or-sirolimus"},
        ),
        ("Zorbavir can raise your digoxin level, so blood tests will check it.", {"people-taking-digoxin"}),
        ("Digoxin levels rise, so they may need checking.", {"people-taking-digoxin"}),
        ("Zorbavir pushes up lithium levels.", {"people-taking-lithium"}),
        ("Zorbavir can raise lithium concentrations to toxic levels.", {"people-taking-lithium"}),
        ("Zorbavir can push lithium and methotrexate up to toxic levels.", {"people-taking-lithium-or-methotrexate"}),
        ("It may raise lithium levels towards toxicity.", {"people-taking-lithium"}),
        ("Zorbavir reduces the renal clearance of lithium, and toxicity has followed.", {"people-taking-lithium"}),
        ("Digoxin together with zorbavir can cause a slow heartbeat.", {"people-taking-digoxin"}),
        # medicines labelled as taken at the same time
        ("Concurrent terfenadine or cisapride: QT prolongation.", {"people-taking-terfenadine-or-cisapride"}),
        # a labelled medicine and its kind
        ("Warfarin and other coumarins: INR may rise; bleeding risk.", {"people-taking-warfarin-and-other-coumarin"}),
        ("Verapamil or diltiazem taken with zorbavir can slow the heart.", {"people-taking-verapamil-or-diltiazem"}),
        # this drug's level changed by another medicine taken with it, to the last medicine named
        ("Zorbavir levels rise if you also take erythromycin.", {"people-taking-erythromycin"}),
        (
            "Zorbavir levels rise if you also take erythromycin, which can cause a fast heartbeat.",
            {"people-taking-erythromycin"},
        ),
        (
            "The level of zorbavir in the blood goes up when it is taken with clarithromycin.",
            {"people-taking-clarithromycin"},
        ),
        (
            "Taking ketoconazole or itraconazole can increase the amount of zorbavir in your blood.",
            {"people-taking-ketoconazole-or-itraconazole"},
        ),
        # ... said not to matter
        ("Zorbavir levels may rise slightly when it is taken with cimetidine, but this does not matter.", set()),
        # ... but not a body's own substance, food or its own level
        ("Potassium levels can rise.", set()),
        ("It slows the breakdown of sugar in the gut.", set()),
        ("Zorbavir levels rise when you are ill.", set()),
        ("Zorbavir levels rise if you stop smoking.", set()),
    ],
)
def test_another_medicines_level_and_company(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Taking other medicines"), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # this drug acting on another, named as its object
        ("It also weakens warfarin, so clots become more likely.", {"people-taking-warfarin"}),
        ("Zorbavir can raise lithium to a harmful level.", {"people-taking-lithium"}),
        (
            "Zorbix slows the kidneys' removal of it, raising methotrexate to toxic levels.",
            {"people-taking-methotrexate"},
        ),
        # another medicine acting on this one, as the subject of a later clause
        (
            "Ketoconazole raises zorbavir levels, whereas rifampicin lowers them so much that it may not work.",
            {"people-taking-ketoconazole", "people-taking-rifampicin"},
        ),
        # a named medicine with what it is for
        ("Other medicines: probenecid for gout can deepen the drop in white cells.", {"people-taking-probenecid"}),
        # lowering a level that is no medicine's
        ("It lowers potassium, so your doctor may check your blood.", set()),
        # advice not to take it with a list of medicines, or with a class and its examples
        (
            "Never use zorbavir with other antibiotics, colchicine or ergotamine, because the heart may suffer.",
            {"people-taking-other-antibiotics-colchicine-or-ergotamine"},
        ),
        ("Do not take it with nitrates, such as isosorbide, as blood pressure may fall.", {"people-taking-nitrate"}),
        # a herbal remedy by its name
        ("- St John's wort lowers the zorbavir level.", {"people-taking-st-john's-wort"}),
        # another medicine as the subject of a line
        ("- Lithium can build up to toxic levels.", {"people-taking-lithium"}),
        (
            "- Potassium supplements and amiloride can push potassium too high.",
            {"people-taking-potassium-supplements-or-amiloride"},
        ),
        # a list of what not to take it with, without its food; "or with" goes on with the list
        ("Do not take it with milk, iron or antacids.", {"people-taking-iron-or-antacid"}),
        ("Do not take it with lithium or with digoxin.", {"people-taking-lithium-or-digoxin"}),
        # medicines with the same effect, and one that speeds its removal
        (
            "Ketoconazole raises its level. Clarithromycin, itraconazole and ritonavir do the same.",
            {"people-taking-clarithromycin-itraconazole-or-ritonavir", "people-taking-ketoconazole"},
        ),
        (
            "Rifampicin and the epilepsy medicine phenytoin speed up its removal.",
            {"people-taking-rifampicin-or-the-epilepsy-medicine-phenytoin"},
        ),
        ("- Loop diuretics (e.g. furosemide): blood pressure may fall", {"people-taking-loop-diuretic"}),
        # the regular use of a medicine as the subject
        (
            "Regular use of NSAID painkillers such as naproxen adds to the risk of bleeding.",
            {"people-taking-nsaid-painkiller"},
        ),
        # a medicine said not to have the same effect
        ("Ketoconazole raises its level. Paracetamol does not do the same.", {"people-taking-ketoconazole"}),
        # ... but not with food
        ("Do not take it with milk or food, because less is absorbed.", set()),
    ],
)
def test_interactions_named_in_the_middle_of_a_sentence(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Taking other medicines"), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # taken with this drug's class, which the text names
        (
            "Zorbavir is an NSAID. Taking an antidepressant such as sertraline with an NSAID may make you bleed.",
            {"people-taking-an-antidepressant"},
        ),
        # "and so do": another medicine with the same effect; the drug itself is none
        (
            "A blood thinner such as warfarin raises the chance of bleeding, and so do steroids such as prednisone.",
            {"people-taking-blood-thinner", "people-taking-steroid"},
        ),
        (
            "Alcohol and sedatives add to the drowsiness, and so does the medicine itself.",
            {"alcohol-users", "people-taking-sedative"},
        ),
        # the easy-read wordings of an interaction
        ("Cimetidine and fluvoxamine can make zorbavir stronger.", {"people-taking-cimetidine-or-fluvoxamine"}),
        (
            "It can make blood pressure medicines such as water pills work less well.",
            {"people-taking-blood-pressure-medicine"},
        ),
        # a bare class named by its examples; an apposition is no part of the name
        (
            "Medicines such as potassium citrate and acetazolamide have the same effect.",
            {"people-taking-potassium-citrate-or-acetazolamide"},
        ),
        ("Sildenafil, another pill for impotence, carries the same danger.", {"people-taking-sildenafil"}),
        # another medicine used at the same time, as the subject; a class with a relative clause
        ("Using a nicotine patch at the same time can make nausea more likely.", {"people-taking-nicotine-patch"}),
        (
            "Combining it with other drugs that act on NMDA receptors can cause confusion.",
            {"people-taking-other-drugs-that-act-on-nmda-receptor"},
        ),
        # the medicine's usual name after its description; alcohol apart from the medicines beside it
        (
            "Combining it with the type of antidepressant known as an MAOI can raise blood pressure dangerously.",
            {"people-taking-an-maoi"},
        ),
        (
            "Taking it with alcohol or with other drugs that make you sleepy can make you very drowsy.",
            {"alcohol-users", "people-taking-other-drugs-that-make-you-sleepy"},
        ),
        # another medicine said to be fine alongside; a medicine named after "alcohol"
        ("Taking paracetamol as well is safe and will not raise the risk of side effects.", set()),
        ("Taking aspirin at the same time increases bleeding.", {"people-taking-aspirin"}),
        ("Do not take zorbavir together with warfarin or milk.", {"people-taking-warfarin"}),
        # the other medicine first, or taken while on this one
        ("Do not take ibuprofen with zorbavir; this adds to the risk of bleeding.", {"people-taking-ibuprofen"}),
        ("Do not take warfarin while you are taking zorbavir.", {"people-taking-warfarin"}),
        ("Avoid St John's wort while taking it.", {"people-taking-st-john's-wort"}),
        ("Do not take milk with zorbavir.", set()),
        # the drug by its form
        (
            "Never combine the tablets with dofetilide or pimozide; together they can cause a dangerous heart rhythm.",
            {"people-taking-dofetilide-or-pimozide"},
        ),
        ("Alcohol puts the liver under extra strain.", {"alcohol-users"}),
        ("Zorbavir can also push up the blood level of phenytoin, causing unsteadiness.", {"people-taking-phenytoin"}),
        # terse clinical wordings: a class as the subject of a harm or of blunting the drug's effect
        (
            "Potassium supplements and potassium-sparing diuretics (for example spironolactone) may cause"
            " hyperkalaemia.",
            {"people-taking-potassium-supplements-or-potassium-sparing-diuretic"},
        ),
        (
            "Non-steroidal anti-inflammatory drugs blunt its antihypertensive effect.",
            {"people-taking-non-steroidal-anti-inflammatory-drug"},
        ),
        ("Alcohol with other sedative medicines adds to its drowsiness.", {"alcohol-users"}),
        (
            "Combining it with alcohol withdrawal medicines can cause drowsiness.",
            {"people-taking-alcohol-withdrawal-medicine"},
        ),
        # food names no group; a drink may ("large amounts of grapefruit juice": its drinkers)
        ("Taking it with food in the evening can reduce stomach upset.", set()),
        ("Having a meal at the same time can slow its absorption and raise the risk of nausea.", set()),
        ("Taking it with large amounts of grapefruit juice raises its level.", {"grapefruit-juice-drinkers"}),
        # a class named by a word in -ing ("Sleeping pills"), not advice that opens with one
        (
            "Sleeping pills, opioids and sedating antihistamines can deepen drowsiness.",
            {"people-taking-sleeping-pills-opioids-or-sedating-antihistamine"},
        ),
        ("Sleeping on your side can deepen sleep.", set()),
        # a rise said not to matter
        ("Trimethoprim raises zorbavir levels a little, but this is not usually a problem.", set()),
        # a medicine not to be mistaken for it is no medicine taken with it
        ("Please do not mix it up with zorbatonin (Zorbadian), which some children take at home.", set()),
        # a medicine that cuts its absorption
        ("Colesevelam cuts its absorption, so take zorbavir 4 hours before it.", {"people-taking-colesevelam"}),
    ],
)
def test_interactions_in_plain_words(body: str, populations: set[str]) -> None:
    found = {
        key for key, _ in facts(monograph(body, heading="What other drugs will affect zorbavir?"), "risk_population")
    }
    assert found == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # the drug's name of two words as the subject that acts on another medicine
        (
            "Zorbavir acetate can make hormonal contraceptives less effective, so another method is advised.",
            {"people-taking-hormonal-contraceptive"},
        ),
        ("Zorbavir acetate can raise lithium to a harmful level.", {"people-taking-lithium"}),
        # a prescriber told not to combine it
        ("Do not prescribe zorbavir acetate together with oxcarbazepine.", {"people-taking-oxcarbazepine"}),
        ("Do not take zorbavir acetate together with warfarin or milk.", {"people-taking-warfarin"}),
    ],
)
def test_a_drug_named_in_two_words_acting_on_another(body: str, populations: set[str]) -> None:
    extraction = monograph(body, title="Zorbavir acetate (Zorbix)", heading="Interactions")
    assert {key for key, _ in facts(extraction, "risk_population")} == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # a glossary's dashed labels, a list without its "or", the line going on below the dash
        (
            "Ketoconazole, clarithromycin, ritonavir -\nraise its levels.",
            {"people-taking-ketoconazole-clarithromycin-or-ritonavir"},
        ),
        # a combination product's name
        (
            "If you take sacubitril/valsartan (Entresto), the combination can cause swelling of the face.",
            {"people-taking-sacubitril-valsartan"},
        ),
    ],
)
def test_medicines_named_in_a_glossary_and_by_combination(body: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="Interactions:"), "risk_population")} == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # another medicine as subject, with an aside or an adverb before its verb
        (
            "Thiazide diuretics (for example bendroflumethiazide) cut the amount of calcium the kidneys excrete,"
            " so hypercalcaemia is more likely.",
            {"people-taking-thiazide-diuretic"},
        ),
        (
            "Medicines with anticholinergic effects, for example oxybutynin, work against zorbavir.",
            {"people-taking-medicines-with-anticholinergic-effect"},
        ),
        (
            "Gemfibrozil, a strong CYP2C8 inhibitor, roughly triples exposure to zorbavir.",
            {"people-taking-gemfibrozil"},
        ),
        ("Quinolone antibiotics may antagonise its effect.", {"people-taking-quinolone-antibiotic"}),
        # a long list as subject; a class with long examples before its verb
        (
            "Alcohol, opioid pain relievers, sleep aids and other sedating medicines deepen the sleepiness it causes.",
            {"alcohol-users", "people-taking-opioid-pain-relievers-sleep-aids-or-other-sedating-medicine"},
        ),
        (
            "Strong blockers of CYP3A4, such as clarithromycin, itraconazole, ketoconazole and HIV drugs such as"
            " ritonavir, push zorbavir levels so high that the combination is off-limits.",
            {"people-taking-strong-blockers-of-cyp3a4"},
        ),
        # people who take something are no medicine
        (
            "- Anyone who drinks alcohol or takes other sedatives, such as opioid painkillers, benzodiazepines or"
            " sleeping tablets: the drowsiness adds up.",
            {"people-who-drinks-alcohol-or-takes-other-sedative"},
        ),
        # what this drug becomes is no other medicine
        (
            "Zorbavir is a prodrug of zorbacil. Zorbacil also speeds up the breakdown of the contraceptive pill.",
            set(),
        ),
    ],
)
def test_another_medicine_as_subject_after_an_aside(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Interactions with other medicines"), "risk_population")}
    assert found == populations


def test_the_condition_an_example_is_for_is_no_risk() -> None:
    body = (
        "Medicines with anticholinergic effects, for example oxybutynin for an overactive bladder, work against"
        " zorbavir."
    )
    risks = {
        claim.risk.slug if claim.risk else None
        for claim in monograph(body, heading="Interactions with other medicines").claims
        if claim.kind == "risk_population"
    }
    assert risks == {None}


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_examples_listed_after_the_risk_they_share_are_medicines_taken(gap: str) -> None:
    body = (
        "Other medicines that raise serotonin increase the risk of serotonin syndrome. These include:"
        f"{gap}- triptans for migraine\n- tramadol"
    )
    found = {key for key, _ in facts(monograph(body, heading="Interactions"), "risk_population")}
    assert found == {"people-taking-other-medicine", "people-taking-triptan", "people-taking-tramadol"}


def test_advice_about_a_list_among_interactions_lists_medicines_taken() -> None:
    body = (
        "Tell your doctor about any of:\n- warfarin - bleeding is more likely\n- rifampicin - it lowers zorbavir levels"
    )
    found = {key for key, _ in facts(monograph(body, heading="Interactions"), "risk_population")}
    assert found == {"people-taking-warfarin", "people-taking-rifampicin"}


@pytest.mark.parametrize(
    "lead",
    ["Some painkillers are safe to take with zorbavir.", "Some painkillers do not interact with zorbavir."],
)
def test_examples_after_reassurance_are_no_interactions(lead: str) -> None:
    body = f"{lead} These include:\n- paracetamol\n- codeine"
    assert facts(monograph(body, heading="Interactions"), "risk_population") == set()


@pytest.mark.parametrize(
    "lead",
    ["Some medicines raise the risk of bleeding with zorbavir.\n\n", "Some medicines change how zorbavir works. "],
)
def test_examples_after_an_interaction_are_medicines_taken(lead: str) -> None:
    body = f"{lead}These include:\n- warfarin\n- rifampicin"
    found = {key for key, _ in facts(monograph(body, heading="Interactions"), "risk_population")}
    assert {"people-taking-warfarin", "people-taking-rifampicin"} <= found


@pytest.mark.parametrize(
    "lead", ["Medicines that may interfere with zorbavir include:", "The following may interact with zorbavir:"]
)
def test_any_line_that_leads_a_list_among_interactions_names_medicines_taken(lead: str) -> None:
    body = (
        f"{lead}\n- potassium tablets or salt substitutes: blood potassium may rise too high\n- other fluid"
        " tablets (diuretics): blood pressure may fall too far\n- anti-inflammatory medicines such as"
        " ibuprofen,\n  which weaken zorbavir\nHeavy drinkers should ask first"
    )
    found = {key for key, _ in facts(monograph(body, heading="Taking other medicines"), "risk_population")}
    # (a line wrapped in an item goes on with it; a line of its own after the list ends it)
    assert {
        "people-taking-potassium-tablets-or-salt-substitute",
        "people-taking-other-fluid-tablet",
        "people-taking-anti-inflammatory-medicine",
    } <= found
    assert not any("drinker" in key for key in found)


def test_a_record_key_over_its_fields_leads_no_list() -> None:
    body = "interactions:\n  - with: aspirin above 100 mg a day\n    effect: zorbavir works less well"
    found = {key for key, _ in facts(monograph(body, heading="Record"), "risk_population")}
    assert "people-taking-with" not in found and "people-taking-effect" not in found


def test_a_line_that_says_its_medicines_interact_leads_them_in_any_section() -> None:
    body = (
        "The following may interact with zorbavir:\n- decongestants such as pseudoephedrine and diet pills, which"
        " can raise blood pressure too much.\n- fludrocortisone, which can make you hold on to fluid.\n- digoxin"
        " and beta-blockers like metoprolol, which may make your heartbeat too slow."
    )
    found = {key for key, _ in facts(monograph(body, heading="Other warnings"), "risk_population")}
    assert {
        "people-taking-decongestant",
        "people-taking-fludrocortisone",
        "people-taking-digoxin-or-beta-blocker",
    } <= found


def test_lines_of_their_own_under_a_lead_among_the_interactions_are_medicines_taken() -> None:
    body = (
        "Tell your doctor if you take:\n- amiodarone or cimetidine, which slow the breakdown of zorbavir and make"
        " it much stronger.\n- the contraceptive pill, which slows the removal of zorbavir.\n- beta-blockers such"
        " as atenolol, or digoxin, as your heart may beat too slowly."
    )
    found = {key for key, _ in facts(monograph(body, heading="Other medicines and zorbavir"), "risk_population")}
    assert {"people-taking-amiodarone-or-cimetidine", "people-taking-the-contraceptive-pill"} <= found
    assert any(key.startswith("people-taking-beta-blocker") for key in found)


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # among the interactions, another medicine as subject with a harm is an interaction
        ("Warfarin users may bruise or bleed more easily.", {"people-taking-warfarin"}),
        ("Ranitidine may raise the risk of a slow heartbeat.", {"people-taking-ranitidine"}),
        # ... not when the harm is denied, reassured or said of levels only
        ("Levetiracetam does not raise the risk of fits with zorbavir.", set()),
        ("Lithium levels may be a risk to check.", set()),
    ],
)
def test_another_medicine_as_subject_with_a_harm_among_the_interactions(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Interactions"), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        ("Zorbavir does not interact with these common medicines:\n- paracetamol\n- ibuprofen", "Interactions"),
        ("Zorbavir has no known interactions with:\n- paracetamol\n- ibuprofen", "Interactions"),
        ("Signs of this include:\n- agitation and restlessness", "Interactions"),
        ("Zorbavir can interfere with some laboratory tests:\n- urine glucose tests", "Warnings"),
        ("Side effects that may interfere with daily life include:\n- dizziness", "Side effects"),
    ],
)
def test_a_lead_that_denies_its_lines_interact_or_lists_no_medicines_leads_none(body: str, heading: str) -> None:
    found = {key for key, _ in facts(monograph(body, heading=heading), "risk_population")}
    assert not any(key.startswith("people-taking") for key in found)


def test_a_lead_that_refuses_a_combination_still_leads_its_medicines() -> None:
    body = "Never use zorbavir with:\n- triazolam - deep, prolonged sleepiness\n- rifampin - zorbavir stops working"
    found = {key for key, _ in facts(monograph(body, heading="Interactions"), "risk_population")}
    assert {"people-taking-triazolam", "people-taking-rifampin"} <= found


@pytest.mark.parametrize(
    "lead",
    [
        "Some medicines may affect the way zorbavir works:",
        "Medicines that can increase the side effects of zorbavir include:",
        "Some medicines interact with zorbavir and increase the risk of side effects:",
    ],
)
def test_a_lead_about_the_drugs_effects_still_leads_its_medicines(lead: str) -> None:
    body = f"{lead}\n- warfarin\n- digoxin\n- rifampicin"
    found = {key for key, _ in facts(monograph(body, heading="Interactions"), "risk_population")}
    assert {"people-taking-warfarin", "people-taking-digoxin", "people-taking-rifampicin"} <= found


def test_lines_under_a_lead_that_refuses_the_drug_with_them_are_medicines_taken() -> None:
    body = (
        "Some medicines raise the level of zorbavir. Do not take zorbavir with:\n- ketoconazole, itraconazole or"
        " voriconazole (for fungal infections)\n- erythromycin or clarithromycin (antibiotics)\n\nMention any"
        " other medicine that affects the heart's rhythm, such as amiodarone, because the effects add together."
    )
    found = {key for key, _ in facts(monograph(body, heading="Cautions with other medicines"), "risk_population")}
    assert found == {
        "people-taking-ketoconazole-itraconazole-or-voriconazole",
        "people-taking-erythromycin-or-clarithromycin",
    }


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        ("You do not have to avoid paracetamol while taking it.", set()),
        ("There is no reason to avoid paracetamol while taking it.", set()),
        ("It is not necessary to avoid paracetamol when taking zorbavir.", set()),
        ("Water tablets enhance its effect on blood pressure.", {"people-taking-water-tablet"}),
        ("Try to avoid St John's wort when taking it.", {"people-taking-st-john's-wort"}),
        ("Do not have St John's wort while taking zorbavir.", {"people-taking-st-john's-wort"}),
    ],
)
def test_interactions_said_not_to_matter_and_effects_enhanced(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Interactions"), "risk_population")}
    assert found == populations


def test_the_drug_without_its_salt_word_is_no_other_medicine() -> None:
    body = "Zorbavir raises the level of ciclosporin, which can then reach toxic levels."
    extraction = monograph(body, title="Zorbavir acetate (Zorbix)", heading="Other medicines")
    assert {key for key, _ in facts(extraction, "risk_population")} == {"people-taking-ciclosporin"}


@pytest.mark.parametrize(
    ("title", "body", "populations"),
    [
        # a salt's cation that names other medicines too
        (
            "Calcium carbonate (Zorbix)",
            "Calcium channel blockers such as verapamil may work less well.",
            {"people-taking-calcium-channel-blocker"},
        ),
        # this drug's own level (the medicine that raises it is taken), a rise with another cause, a
        # rise said not to matter
        (
            "Zorbavir acetate (Zorbix)",
            "Zorbavir levels rise if you also take erythromycin.",
            {"people-taking-erythromycin"},
        ),
        ("Zorbavir (Zorbix)", "Theophylline levels rise when smokers quit, so doses may need review.", set()),
        ("Zorbavir (Zorbix)", "Digoxin levels may rise slightly, but this is not clinically important.", set()),
        # a list that ends in an adverb; food as a subject; a combination that only treats
        (
            "Zorbavir (Zorbix)",
            "Zorbavir raises the level of digoxin, sometimes sharply, so it is checked.",
            {"people-taking-digoxin"},
        ),
        ("Zorbavir (Zorbix)", "Food taken with zorbavir can reduce how much is absorbed.", set()),
        ("Zorbavir (Zorbix)", "Alongside metformin, zorbavir can lower blood sugar in type 2 diabetes.", set()),
        # a column's answer that opens with "yes"
        ("Zorbavir (Zorbix)", "A: Yes, although antacids may reduce absorption.", set()),
    ],
)
def test_interactions_the_review_found_misread(title: str, body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, title=title, heading="Other medicines"), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # a bulleted line that only names medicines, with what they do in the sentences after
        (
            "- MAO inhibitors such as phenelzine. These stop noradrenaline being broken down, and blood pressure"
            " can soar.",
            {"people-taking-mao-inhibitor"},
        ),
        (
            "- Carbidopa, which is combined with levodopa. It blocks the same step, so zorbavir may work less well.",
            {"people-taking-carbidopa"},
        ),
        # ... not one said to be safe, a line cut at an abbreviation, nor a heading of drugs in general
        ("- Paracetamol. It can be taken as usual.", set()),
        ("- Drugs that raise zorbavir levels. Grapefruit juice is one.", set()),
        # a medicine combined with it, named by what it does
        (
            "Doctors are cautious about combining it with other medicines that can cause parkinsonism, such as"
            " sickness medicines like metoclopramide.",
            {"people-taking-other-medicines-that-can-cause-parkinsonism"},
        ),
        # a line's label in lower case: another medicine of a kind, a class with its examples
        ("- other antihypertensives: additive lowering of blood pressure.", {"people-taking-other-antihypertensive"}),
    ],
)
def test_lines_that_name_medicines_among_the_interactions(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Which medicines need a second look?"), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    "body",
    [
        # a medicine on a line of its own that the next sentence says nothing harmful of
        "- Paracetamol. It is fine.",
        "- Paracetamol. Take it as usual.",
        "- Warfarin. Zorbavir does not change its effect.",
        "- Aciclovir. Zorbavir works in the same way, so the two are never needed together.",
        "The following can be used with zorbavir without any problem:\n\n- Paracetamol. Useful for headaches.",
        # this drug's level said to rise, then reassured, or raised on purpose
        "Zorbavir levels rise slightly if you also take cimetidine. This is not clinically important.",
        "Zorbavir levels rise a little when it is taken with cimetidine. You can still take the two together.",
        "Zorbavir levels rise slightly if you also take cimetidine, but the change is too small to matter.",
        "Zorbavir levels go up a little when it is taken with cimetidine, which is harmless.",
        "Zorbavir levels rise when it is taken with ritonavir, so the two are always given together to make"
        " zorbavir work better.",
        # a line labelled with a kind of medicine said to be no problem
        "- other antivirals: no problem.",
    ],
)
def test_medicines_the_review_found_read_as_risks(body: str) -> None:
    assert not facts(monograph(body, heading="Other medicines"), "risk_population")


@pytest.mark.parametrize(
    "body",
    [
        "The amount of zorbavir in your blood can double if you also take clarithromycin.",
        "Zorbavir blood levels can rise sharply if it is taken alongside clarithromycin.",
    ],
)
def test_this_drugs_level_doubled_or_raised_alongside_another(body: str) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Other medicines"), "risk_population")}
    assert found == {"people-taking-clarithromycin"}


def test_medicines_a_sentence_lists_after_include_item_by_item_with_their_reasons() -> None:
    body = (
        "Medicines to keep apart from it include other drugs known to injure the liver, which add to the danger;"
        " warfarin and other blood thinners, which raise the risk of bleeding; and lithium, whose levels can climb."
    )
    found = {key for key, _ in facts(monograph(body, heading="Other medicines"), "risk_population")}
    assert found == {
        "people-taking-other-drugs-known-to-injure-the-liver",
        "people-taking-warfarin-and-other-blood-thinner",
        "people-taking-lithium",
    }


def test_when_another_medicine_is_taken_is_no_part_of_its_name() -> None:
    body = "Allopurinol taken during a course makes a skin rash considerably more likely."
    found = {key for key, _ in facts(monograph(body, heading="Other medicines"), "risk_population")}
    assert found == {"people-taking-allopurinol"}


def test_a_line_of_medicines_under_a_heading_that_asks_which_affect_it() -> None:
    body = "- Rifampin, rifabutin or rifapentine: the same drop in levels, with a chance of treatment failure."
    found = {key for key, _ in facts(monograph(body, heading="Which medicines can affect Zorbix?"), "risk_population")}
    assert found == {"people-taking-rifampin-rifabutin-or-rifapentine"}


def test_st_with_a_full_stop_names_the_herb() -> None:
    from valkg.extract import names_a_medicine

    assert names_a_medicine("St. John's wort") and names_a_medicine("St John's wort")
