"""Adverse effects (``valkg.extract.effects``)."""

from __future__ import annotations

import pytest

from tests.extract.cases import facts, monograph
from valkg.claims import Entity
from valkg.extract import extract
from valkg.reader import parse_monograph


def test_a_synonym_already_found_in_a_list_is_not_split_into_words() -> None:
    body = "Reported side effects include:\n- itching\n- tingling or pins and needles\n- dizziness"
    found = {key for key, _ in facts(monograph(body, heading="Side effects"), "adverse_effect")}
    assert found == {"itching", "paresthesia", "dizziness"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The most common side effects are nausea, headache and dizziness.",
            {"nausea": None, "headache": None, "dizziness": None},
        ),
        ("Rare but serious side effects include angioedema.", {"angioedema": True}),
        # bleeding inside the head is a haemorrhagic stroke's
        ("Bleeding inside the head is the most serious kind.", {"hemorrhagic-stroke": True}),
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
        # under a frequency label the parenthesis names the list's last item only
        (
            "Side effects\n- Less common: tics, dizziness, blurred vision and pale fingers (Raynaud's phenomenon).",
            {"tic-disorder": None, "dizziness": None, "blurred-vision": None, "raynauds-phenomenon": None},
        ),
        # a parenthesis with a verb is a remark, unless it says what the signs mean
        (
            "Side effects\n- Common, usually mild: headache, dry cough, dizziness (dizziness is worse on standing)",
            {"dizziness": False, "headache": False, "dry-cough": False},
        ),
        (
            "Serious bleeding is less common but can be life-threatening. Get urgent help for:\n- a sudden severe"
            " headache, confusion or weakness on one side (these can mean bleeding in the brain)",
            {"bleeding": True, "hemorrhagic-stroke": True},
        ),
        (
            "Bleeding is the main side effect.\n\nCommon:\n- bleeding gums",
            {"bleeding": None, "gingival-bleeding": None},
        ),
        # lines that say what people have are groups, not effects, even under a lead without a verb
        ("Check with your doctor first if you:\n- have ever had swelling of the face or diarrhoea", {}),
        ("Check with the GP before giving it to a resident who:\n- has COPD or sleep apnoea - breathing may slow", {}),
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
        # an allergic reaction's features, to the end of the clause
        (
            "Rarely, a serious allergic reaction occurs, with swelling of the face, lips or throat or difficulty"
            " breathing.",
            {"anaphylaxis": True},
        ),
        (
            "Rarely, zorbavir causes an allergic reaction with hives, swelling of the face or lips, or trouble"
            " breathing, which is serious.",
            {"allergic-reaction": True},
        ),
        ("Rash, with itching, and liver damage may occur.", {"rash": None, "liver-damage": None}),
        (
            "Rare but serious reactions include a severe allergic reaction, with swelling of the face, lips or throat,"
            " and inflammation of the liver.",
            {"anaphylaxis": True, "hepatitis": True},
        ),
        # the signs of an effect, in parentheses or in a clause of their own
        (
            "Like other NSAIDs, zorbavir can cause bleeding in the stomach or intestines (warning signs are black,"
            " tarry stools or vomit that looks like coffee grounds) and stomach ulcers, both of which can be serious.",
            {"gastrointestinal-bleeding": True, "peptic-ulcer": True},
        ),
        (
            "Rare effects include bleeding from the stomach, which may show as black tarry stools or vomiting"
            " blood, and kidney damage.",
            {"gastrointestinal-bleeding": None, "kidney-function-abnormality": None},
        ),
        # an effect's heading line right over the paragraph that describes it
        ("Risk of infection\nZorbavir lowers your white blood cells.", {"infection": None, "leukopenia": None}),
        # a paragraph of a side-effects section labelled with its effect, which the rest describes
        ("Anaemia: low red blood cells can leave you tired and breathless.", {"anemia": None}),
        (
            "Risk of infection: zorbavir lowers your white blood cells, and an infection can become serious.",
            {"infection": True},
        ),
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


def test_the_effects_a_sentence_calls_the_usual_complaints_after_a_question_about_another_medicine() -> None:
    body = "Indigestion, heartburn and nausea are the usual complaints, and these are generally mild."
    extraction = monograph(body, heading="Is it gentler on the stomach than plain aspirin?")
    assert {key for key, _ in facts(extraction, "adverse_effect")} == {"indigestion", "heartburn", "nausea"}


@pytest.mark.parametrize(
    "body",
    [
        # "Others include" goes on with the side effect just named; "have also been reported"
        "Dry mouth is the side effect people report most. Others include constipation and headache.",
        "Dry mouth is the side effect people report most. Constipation and headache have also been reported.",
    ],
)
def test_more_effects_after_the_one_named_first(body: str) -> None:
    found = {key for key, _ in facts(monograph(body, heading="What to expect"), "adverse_effect")}
    assert {"dry-mouth", "constipation", "headache"} <= found


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


def test_the_effects_reported_most_often_are_side_effects() -> None:
    body = (
        "Most people tolerate zorbavir well. The effects reported most often are dizziness, headache and"
        " constipation; these are usually mild."
    )
    found = facts(monograph(body, heading="Precautions"), "adverse_effect")
    assert found == {("dizziness", False), ("headache", False), ("constipation", False)}


@pytest.mark.parametrize(
    ("heading", "body", "effects"),
    [
        # a package leaflet's frequency band with how often it means, in parentheses
        (
            "4. Possible side effects",
            "Common (can affect up to 1 from 10 persons): headache, sneezing, sore throat.",
            {"headache", "sneezing", "sore-throat"},
        ),
        # "Also common:" after a sentence of side effects goes on with them
        (
            "Safety",
            "- Nausea is the most common effect; it is usually mild. Also common: headache, belching and hair loss.",
            {"nausea", "headache", "belching", "hair-loss"},
        ),
    ],
)
def test_frequency_bands_that_lead_lists_of_effects(heading: str, body: str, effects: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading=heading), "adverse_effect")} == effects


@pytest.mark.parametrize(
    ("body", "effects"),
    [
        # effects that "were reported" with the drug
        (
            "Dizziness, headache and vomiting were also reported more often with zorbavir than with placebo.",
            {"dizziness", "headache", "vomiting"},
        ),
        # effects "very common" in a paragraph that goes on to name the drug
        (
            "Dizziness and somnolence are very common, and headache and rash are common. Liver problems have been"
            " seen in studies of zorbavir.",
            {"dizziness", "drowsiness", "headache", "rash", "liver-damage"},
        ),
        ("In trials of zorbavir, rash was common.", {"rash"}),
        # what an illness brings is no effect of the drug, nor is an illness the drug is used for
        (
            "Mania can happen in bipolar disorder. Zorbavir calms it within days; its side effects are mild.",
            set(),
        ),
        ("Migraine is very common. Zorbavir is used to prevent it.", set()),
        ("Heart attacks were less common in people given zorbavir.", set()),
        # a table's cells are clauses of their own
        (
            "If your mouth is dry | Sip water; chew gum or suck sweets | Dry mouth is common. It eases as you get"
            " used to zorbavir.",
            {"dry-mouth"},
        ),
    ],
)
def test_effects_said_to_occur_in_a_paragraph_about_the_drug(body: str, effects: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="About the medicine"), "adverse_effect")}
    assert found == effects


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
        "Do not take if:\n- you have ever had an allergic reaction to zorbavir or another macrolide, because you could"
        " react again\n- you have long QT syndrome or low potassium in your blood, because of the risk of a dangerous"
        " heart rhythm",
        # what it does to a pregnancy is the risk of pregnant women, not an effect on the person taking it
        "Zorbavir must not be taken in pregnancy, because it can cause miscarriage and birth defects.",
    ],
)
def test_no_adverse_effect_from_negations_or_other_agents(body: str) -> None:
    extraction = monograph(body, heading="How does zorbavir work?")
    assert not {key for key, negated in facts(extraction, "adverse_effect") if not negated}


@pytest.mark.parametrize(
    ("body", "effects"),
    [
        # a summary of product characteristics' frequency bands: "Not known" negates nothing
        ("Not known: transient hair loss.", {("hair-loss", False)}),
        # adjectives that share the last item's noun are no effects of their own; the symptoms of
        # a named reaction are its signs
        (
            "Acute and chronic liver reactions have been reported.",
            {("chronic-liver-reaction", False)},
        ),
        ("Rare: kidney reactions (back pain, dark urine, swelling, tiredness).", {("kidney-reaction", False)}),
        # a transcript's plain words
        ("Long-term use can bring weight gain and cataracts.", {("weight-gain", False), ("cataract", False)}),
    ],
)
def test_effects_of_product_summaries_and_transcripts(body: str, effects: set[tuple[str, bool]]) -> None:
    assert facts(monograph(body, heading="4.8 Undesirable effects"), "adverse_effect") == effects


def test_a_paragraph_led_by_a_frequency_band_is_about_side_effects_in_a_text_without_headings() -> None:
    text = (
        "Zorbavir (Zorbix) is a medicine for gout.\n\n"
        "Rare but serious, call 911 at once: a seizure; swelling of the face after the first dose.\n"
    )
    found = {key for key, _ in facts(extract(parse_monograph(text, source="case.txt")), "adverse_effect")}
    assert "seizure" in found


def test_a_paragraph_that_opens_with_a_heading_of_its_own_is_that_section() -> None:
    text = (
        "Zorbavir forum\n\nThread: starting zorbavir?\n\nReply from a pharmacist\nHere is what to expect.\n\n"
        "Side effects. Most are mild:\n- stomach ache\n- dry mouth\n"
    )
    found = {key for key, _ in facts(extract(parse_monograph(text, source="case.txt")), "adverse_effect")}
    assert {"abdominal-pain", "dry-mouth"} <= found


def test_needing_another_treatment_denies_no_side_effect() -> None:
    found = facts(
        monograph("If you develop a rash, you may need a different treatment.", heading="Side effects"),
        "adverse_effect",
    )
    assert ("rash", False) in found


def test_a_paragraph_led_by_commonly_prescribed_is_no_side_effects_paragraph() -> None:
    text = (
        "Zorbavir (Zorbix)\n\nZorbavir is a painkiller.\n\nCommonly prescribed for: headache, migraine and back pain.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert {"migraine", "back-pain"} <= {key for key, _ in facts(extraction, "indication")}


def test_a_transcript_without_headings_names_effects_after_its_opening() -> None:
    text = (
        "Ask the Pharmacist, a phone-in\n\nPRESENTER: Today, zorbavir, a medicine for sickness.\n\n"
        "CALLER: It made me dozy. Is that normal?\n\n"
        "PHARMACIST: Very normal. Drowsiness is the commonest complaint, along with a dry mouth and blurred vision.\n"
    )
    effects = {key for key, _ in facts(extract(parse_monograph(text, source="case.txt")), "adverse_effect")}
    assert effects == {"drowsiness", "dry-mouth", "blurred-vision"}


@pytest.mark.parametrize(
    ("body", "effects"),
    [
        # a pharmacy sheet's "if any of these ... side effects occur:" leads a list, known words or not
        (
            "Tell your doctor right away if any of these unlikely but serious side effects occur: mental/mood"
            " changes (such as hallucinations, depression, or thoughts of suicide), unusual restlessness, slurred"
            " speech, trouble walking.",
            {"mood-changes", "agitation", "speech-disturbance", "trouble-walking"},
        ),
        # an unknown word after an article, split from its noun by a comma, is an adjective
        (
            "Most side effects come from the widening of blood vessels: headache, a hot, flushed face and dizziness.",
            {"headache", "flushing", "dizziness"},
        ),
    ],
)
def test_the_list_after_a_side_effect_predicate_and_its_colon(body: str, effects: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="Side effects"), "adverse_effect")} == effects


def test_the_lines_under_a_heading_that_leads_a_list_of_groups_are_no_effects() -> None:
    body = "- bipolar disorder or mania - it may set off a manic episode\n- a bleeding disorder - bruising is likelier"
    found = monograph(body, heading="Let your doctor know about any history of:")
    assert facts(found, "adverse_effect") == set()
    assert {key for key, _ in facts(found, "risk_population")} == {
        "people-with-bipolar-disorder-or-mania",
        "people-with-a-bleeding-disorder",
    }


def test_signs_to_get_help_for_coordinated_with_their_symptoms_are_effects() -> None:
    body = (
        "Get emergency help if you have signs of a serious allergic reaction (hives, trouble breathing, swelling of"
        " your face or throat), a severe skin reaction (fever, burning eyes, a red or purple rash with blistering"
        " and peeling), or a heart attack or stroke (chest pain spreading to your jaw, sudden weakness)."
    )
    found = {key for key, _ in facts(monograph(body, heading="Side effects"), "adverse_effect")}
    assert {"anaphylaxis", "severe-cutaneous-adverse-reaction", "myocardial-infarction", "stroke"} <= found


def test_a_sub_heading_of_side_effects_that_says_when_to_call_lists_effects() -> None:
    body = (
        "Most are mild.\n\nSerious side effects - talk to your doctor if you have:\n\n- yellow skin or eyes\n"
        "- chest pain"
    )
    found = {key for key, _ in facts(monograph(body, heading="Side effects"), "adverse_effect")}
    assert {"jaundice", "chest-pain"} <= found


def test_a_condition_of_someone_told_to_get_help_is_no_effect() -> None:
    body = "Tell your doctor right away if you have heart disease and get chest pain while taking zorbavir."
    assert {key for key, _ in facts(monograph(body, heading="Side effects"), "adverse_effect")} == {"chest-pain"}


def test_a_list_of_groups_under_advice_among_the_side_effects_is_no_list_of_effects() -> None:
    body = "Most are mild.\n\nLet your doctor know about any history of:\n\n- kidney disease\n- epilepsy"
    assert facts(monograph(body, heading="Side effects"), "adverse_effect") == set()


def test_a_line_that_says_what_cannot_be_done_is_still_an_effect_under_get_help() -> None:
    body = (
        "Zorbavir can cause a serious allergic reaction. Stop taking zorbavir and get help at once if you:\n"
        "- cannot breathe properly\n- get swelling of the face or tongue\n- develop a widespread rash"
    )
    found = {key for key, _ in facts(monograph(body, heading="Warnings"), "adverse_effect")}
    assert {"angioedema", "rash"} <= found


def test_a_list_of_uses_that_calls_a_use_mild_names_no_effects() -> None:
    body = "The GP may prescribe it for:\n- hay fever, with a runny nose\n- mild allergic reactions to a food"
    extraction = monograph(body, heading="2. Why a resident may be prescribed it")
    assert not facts(extraction, "adverse_effect")
    assert {"allergic-rhinitis", "allergic-reaction"} <= {key for key, _ in facts(extraction, "indication")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a parenthesis that says what the signs are names the line's one effect
        (
            "Call your doctor if you have:\n- yellow skin or eyes, dark urine (these are signs of liver problems)",
            {"liver-damage"},
        ),
        ("Side effects:\n- cold hands and feet from poor circulation", {"cold-extremities"}),
    ],
)
def test_lines_whose_words_name_one_effect(body: str, expected: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="Side effects"), "adverse_effect")} == expected


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a remark in parentheses, or an instruction, leaves the line's effects its own
        ("Side effects:\n- diarrhoea and vomiting (these can lead to dehydration)", {"diarrhea", "vomiting"}),
        ("Side effects:\n- headache, dizziness (go to A&E if you also have chest pain)", {"headache", "dizziness"}),
    ],
)
def test_a_remark_in_parentheses_keeps_the_lines_effects(body: str, kept: set[str]) -> None:
    assert kept <= {key for key, _ in facts(monograph(body, heading="Side effects"), "adverse_effect")}


@pytest.mark.parametrize(
    "body",
    [
        "Side effects include headache, and a fast, pounding heartbeat.",
        "If side effects become too much, you drop back one step and stay there.",
        "Tell us if you have had the same reaction before, or a known corneal problem.",
    ],
)
def test_words_of_a_list_that_name_no_effect(body: str) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Side effects"), "adverse_effect")}
    assert not found & {"pounding", "become-too-much", "stay-there", "same-reaction", "known-corneal-problem"}


@pytest.mark.parametrize(
    "body",
    [
        "People who have had an allergic reaction to another H2 blocker may react to this one as well.",
        "Known hypersensitivity to zorbavir is a reason not to take it.",
        "Anyone with a history of seizures should take care.",
    ],
)
def test_a_condition_had_before_the_drug_is_no_effect_of_it(body: str) -> None:
    assert not {key for key, negated in facts(monograph(body, heading="Warnings"), "adverse_effect") if not negated}


def test_the_signs_an_effect_shows_up_as_are_no_effects_of_their_own() -> None:
    body = "Rarely, a drop in blood cells, which may show up as easy bruising or fever; inflammation of the pancreas."
    found = {key for key, negated in facts(monograph(body, heading="Side effects"), "adverse_effect") if not negated}
    assert "pancreatitis" in found
    assert not {"bruising", "fever"} & found


def test_what_people_report_outside_a_side_effects_section_is_an_effect() -> None:
    found = facts(monograph("Some people report tiredness.", heading="The drowsy truth"), "adverse_effect")
    assert ("fatigue", False) in found
    assert not facts(monograph("Report any sore throat to your doctor.", heading="Notes"), "adverse_effect")


@pytest.mark.parametrize(
    ("heading", "body", "expected"),
    [
        # a name the drug was sold under, or the past of its record, denies no effect
        (
            "Side effects",
            "Zorbavir, formerly sold as Zorbix, can cause headache and dizziness.",
            {"headache", "dizziness"},
        ),
        (
            "Side effects",
            "Historically, zorbavir has been linked to rare cases of hepatitis and pancreatitis.",
            {"hepatitis", "pancreatitis"},
        ),
        # a reader's question of no known kind leaves the section's kind
        (
            "Side effects",
            "Q. My husband started it last week and keeps nodding off. Is this normal?\n\nA. Yes. Sleepiness is"
            " very common in the first weeks. Constipation is common too.",
            {"drowsiness", "constipation"},
        ),
    ],
)
def test_effects_beside_the_drugs_past_and_a_readers_question(heading: str, body: str, expected: set[str]) -> None:
    found = {key for key, negated in facts(monograph(body, heading=heading), "adverse_effect") if not negated}
    assert found == expected


def test_what_to_watch_for_after_an_effect_are_its_signs() -> None:
    body = (
        "Serious side effects:\n- Low blood sugar, mainly with insulin. Watch for shakiness, sweating, a racing heart"
        " and dizziness.\n- Pancreatitis."
    )
    found = {key for key, negated in facts(monograph(body, heading="Side effects"), "adverse_effect") if not negated}
    assert {"hypoglycemia", "pancreatitis"} <= found
    assert not {"tremor", "sweating", "dizziness"} & found


@pytest.mark.parametrize(
    "body",
    [
        "Check with a pharmacist before combining it with:\n- warfarin - bleeding becomes more likely\n- ramipril -"
        " the kidneys may suffer",
        "Melanoma, a skin cancer, is more frequent in Parkinson's disease itself.",
    ],
)
def test_no_effect_of_a_combination_to_check_or_of_the_illness_itself(body: str) -> None:
    extraction = monograph(body, heading="Possible side effects")
    assert not {key for key, negated in facts(extraction, "adverse_effect") if not negated}


def test_the_following_is_a_lead_not_an_effect() -> None:
    body = "The following are common and usually mild:\n- indigestion\n- nausea"
    found = {key for key, negated in facts(monograph(body, heading="Side effects"), "adverse_effect") if not negated}
    assert found == {"indigestion", "nausea"}
