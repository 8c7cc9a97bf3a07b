"""Roles, indications, curative and therapeutic effects (``valkg.extract.indications``)."""

from __future__ import annotations

import pytest

from tests.extract.cases import facts, monograph
from valkg.claims import Entity
from valkg.extract import extract
from valkg.reader import parse_monograph


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
        # a list's qualifier, and a negation inside one item, end with the item
        (
            "It is used to treat:\n- focal seizures, with or without secondary generalization\n- myoclonic seizures",
            {"focal-seizures", "myoclonic-seizures"},
            set(),
        ),
        # conditions it has been tried in, and the conditions of people at risk, are no uses; a use after
        # the trial's clause is one
        ("It has been studied in migraine and bipolar disorder, but it is not approved for them.", set(), {"migraine"}),
        ("It has been studied in children, and it is used to treat migraine.", {"migraine"}, set()),
        # an infection said to need another medicine is no use of this one
        (
            "It is used for bladder infections. A kidney infection, with fever or back pain, needs a different"
            " antibiotic.",
            {"cystitis"},
            {"pyelonephritis", "fever"},
        ),
        # a quantifier that opens a list's line is no part of the name
        ("It is used to treat:\n- Some skin infections\n- gout", {"skin-infection", "gout"}, {"some-skin-infection"}),
        # what an untreated illness leads to describes the illness; it names no use
        (
            "It is used to treat high blood pressure. Left untreated, high blood pressure can damage the heart and"
            " kidneys over time, leading to heart failure, stroke or kidney failure.",
            {"hypertension"},
            {"heart-failure", "stroke"},
        ),
        (
            "It is used for high blood pressure. High blood pressure is a common condition and, when not treated,"
            " can cause damage to the brain, heart and kidneys, leading to heart disease, heart failure or stroke.",
            {"hypertension"},
            {"heart-disease", "heart-failure", "stroke"},
        ),
        # a use the text calls a poor choice is none
        (
            "It treats adrenal insufficiency. It is a poor choice for inflammatory illnesses such as asthma or eczema.",
            {"adrenal-insufficiency"},
            {"asthma", "eczema"},
        ),
        # a parenthesis that explains a use is the same use; symptoms "of" it are no uses of their own
        (
            "It is sometimes used to ease the pelvic pain and urinary discomfort of chronic prostatitis"
            " (long-lasting inflammation of the prostate).",
            {"chronic-prostatitis"},
            {"prostatitis", "prostate-inflammation", "pelvic-pain"},
        ),
        # symptoms that describe the use named before them, after "with", "behind", "that cause"
        (
            "It is used to treat hay fever (seasonal allergic rhinitis), with sneezing, a runny nose and itchy eyes.",
            {"allergic-rhinitis"},
            {"rhinorrhea", "sneezing"},
        ),
        (
            "It treats hay fever, the pollen allergy behind sneezing and a runny nose.",
            {"allergic-rhinitis"},
            {"rhinorrhea", "sneezing"},
        ),
        # (not across a semicolon: "...; Zollinger-Ellison syndrome" is a use of its own)
        (
            "It is used for clearing H. pylori with two antibiotics; Zollinger-Ellison syndrome; and ulcers.",
            {"zollinger-ellison-syndrome"},
            set(),
        ),
        # the germ that causes a use, by its genus and name
        (
            "1. Pulmonary tuberculosis caused by susceptible Mycobacterium tuberculosis, when first-line drugs fail.",
            {"tuberculosis"},
            {"mycobacterium-tuberculosis"},
        ),
        # a word's opposite
        (
            "Zorbavir is one of the non-drowsy antihistamines; it treats hay fever.",
            {"allergic-rhinitis"},
            {"drowsiness"},
        ),
        # the illness of the patients a prevention named first is for
        (
            "Specialists use it to prevent bleeding from varices in people with cirrhosis, and to prevent migraine.",
            {"esophageal-varices", "migraine"},
            {"cirrhosis"},
        ),
        # a "where" clause that describes an item is no item of its own
        (
            "It is prescribed for:\n- very high triglyceride levels (hypertriglyceridaemia)\n- mixed hyperlipidaemia,"
            " where both cholesterol and triglycerides are raised, in people who cannot take a statin",
            {"hypertriglyceridemia", "mixed-dyslipidemia"},
            {"where-both-cholesterol"},
        ),
        # a line's label negates all of its line
        (
            "Zorbavir is used for high blood pressure.\n\nNot for: heart failure (see Contraindications); hypertensive"
            " emergencies; migraine prophylaxis or menopausal flushing, for which clonidine has been used.",
            {"hypertension"},
            {"heart-failure", "hypertensive-crisis", "migraine", "menopausal-flushing"},
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
        ("It may also be used to make migraines less frequent.", {("migraine", "prevention")}),
        # a symptom tied to its cause is the lexicon's use of that cause
        (
            "Its main use is preventing the nausea and vomiting that follow cancer chemotherapy.",
            {("chemotherapy-induced-nausea-and-vomiting", "prevention")},
        ),
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


def test_outcomes_prevented_in_a_group_of_patients_are_no_symptoms_of_their_illness() -> None:
    body = "It is used to reduce the risk of heart attack and stroke in adults with type 2 diabetes."
    claims = monograph(body, heading="Clinical uses").claims
    found = {(c.object.slug, c.purpose) for c in claims if c.kind == "indication" and isinstance(c.object, Entity)}
    assert {("myocardial-infarction", "prevention"), ("stroke", "prevention")} <= found


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
        (
            "Tell your doctor if you have or have had:\n- diabetes; zorbavir can make blood sugar harder to control\n"
            "- kidney problems; the medicine may build up in your body",
            set(),
            {"diabetes-mellitus", "kidney-function-abnormality"},
        ),
        # what another treatment is for
        (
            "People on zorbavir who receive gold injections for arthritis have had flushing and nausea.",
            set(),
            {"arthritis", "flushing", "nausea"},
        ),
        # a class of other medicines and what it is for
        ("Medicines for high blood pressure can make your blood pressure go too low.", set(), {"hypertension"}),
        ("These include probenecid and allopurinol, medicines for gout, which may not work as well.", set(), {"gout"}),
        # another medicine's use in an apposition, though not the class this drug is
        ("- Rifampin, an antibiotic for tuberculosis: it speeds up the removal of zorbavir.", set(), {"tuberculosis"}),
        ("Zorbavir is an anticonvulsant, a medicine for epilepsy.", {"epilepsy"}, set()),
        # a use the drug had once; a word's opposite
        ("Zorbavir was once used for leprosy, but it is now used for acne.", {"acne"}, {"leprosy"}),
        ("Zorbavir used to be given for leprosy.", set(), {"leprosy"}),
    ],
)
def test_indications_outside_a_uses_section(body: str, expected: set[str], absent: set[str]) -> None:
    found = {key for key, negated in facts(monograph(body), "indication") if not negated}
    assert expected <= found
    assert not absent & found


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


@pytest.mark.parametrize(
    "lead",
    ["Zorbavir is used to treat:", "The person you care for may be taking it for:", "Your child may be on it for:"],
)
def test_a_bulleted_list_after_a_colon_is_a_list_of_uses(lead: str) -> None:
    body = f"{lead}\n- stomach ulcers\n- heartburn\n- Zollinger-Ellison syndrome"
    found = {key for key, _ in facts(monograph(body, heading="About the medicine"), "indication")}
    assert found == {"peptic-ulcer", "heartburn", "zollinger-ellison-syndrome"}


def test_unknown_conditions_in_a_list_become_unmapped_entities() -> None:
    extraction = monograph("Zorbavir is used to treat frobnitz disease.", heading="Clinical uses")
    entity = next(c.object for c in extraction.claims if c.kind == "indication")
    assert isinstance(entity, Entity)
    assert entity.label == "frobnitz disease" and not entity.in_lexicon and not entity.identifiers


def test_not_curative() -> None:
    extraction = monograph("It is not curative but offers protection by reducing the clinical symptoms.")
    assert ("False", False) in facts(extraction, "curative")
    assert ("reducing the clinical symptoms", False) in facts(extraction, "therapeutic_effect")


def test_a_drug_cards_list_of_indications_in_abbreviations() -> None:
    # the class named on one line is no subject of the cue on a later one
    body = (
        "\u2022 HTN, alone or w/ thiazide diuretic\n\u2022 HF after acute MI\n"
        "\u2022 NOT for relief of an acute angina attack (SL nitroglycerin is used)"
    )
    found = facts(monograph(body, heading="Indications:"), "indication")
    assert {("hypertension", False), ("heart-failure", False), ("angina", True)} <= found


def test_the_prevention_of_transplant_rejection_in_the_words_of_the_genre() -> None:
    body = "After a kidney transplant, taken every day, it helps prevent rejection."
    assert ("transplant-rejection", False) in facts(monograph(body, heading="What is it used for?"), "indication")


def test_helping_adults_stop_smoking_is_a_use() -> None:
    body = "- Helping adults stop smoking, alongside support.\n- Depression."
    found = facts(monograph(body, heading="What it is used for"), "indication")
    assert {("nicotine-dependence", False), ("depression", False)} <= found


def test_the_conditions_of_other_medicines_a_reader_takes_are_no_uses() -> None:
    body = "Check with your doctor if you are on medicines for:\n- epilepsy\n- depression"
    assert not facts(monograph(body, heading="Before taking it"), "indication")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a line of names, most of them known: the others are conditions too
        (
            "- Diphtheria, tetanus, gas gangrene, anthrax and neurosyphilis.",
            {"diphtheria", "tetanus", "gas-gangrene", "anthrax", "neurosyphilis"},
        ),
        # not a line that goes on about the use, nor items that name no illness
        ("- Hypertension, alone or with other medicines.", {"hypertension"}),
        ("- Pneumonia, bronchitis, sinusitis, tablets or liquid.", {"pneumonia", "bronchitis", "sinusitis"}),
        ("- Hypertension, heart failure and kidney protection.", {"hypertension", "heart-failure"}),
    ],
)
def test_a_uses_line_of_names_lists_conditions_the_lexicon_lacks(line: str, expected: set[str]) -> None:
    assert {key for key, _ in facts(monograph(line, heading="Indications"), "indication")} == expected


def test_a_negation_of_an_effect_itself_still_denies_a_use() -> None:
    body = "Zorbavir is not used for pain. It has no effect itself on migraine."
    assert ("migraine", True) in facts(monograph(body, heading="Uses"), "indication")


def test_a_list_of_uses_without_an_adjective_and_a_use_described_without_an_article() -> None:
    body = (
        "Its uses are:\n- high blood pressure (hypertension)\n- angina, chest pain that comes when the heart is"
        " not getting enough blood\n- certain irregular heart rhythms (arrhythmias)"
    )
    found = {key for key, _ in facts(monograph(body, heading="About zorbavir"), "indication")}
    assert found == {"hypertension", "angina", "arrhythmia"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list's later items are no description of the first
        ("It treats asthma, bronchitis or pneumonia caused by bacteria.", {"asthma", "bronchitis", "pneumonia"}),
        (
            "It is used to treat high blood pressure, heart failure and angina that comes on with exercise.",
            {"hypertension", "heart-failure", "angina"},
        ),
        # a symptom tied to a cause the lexicon does not know stays the symptom
        ("It is used for pain that comes with period cramps.", {"pain"}),
    ],
)
def test_lists_of_uses_and_symptoms_with_their_causes(body: str, expected: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="Uses"), "indication")} == expected


def test_the_reason_people_take_it_under_a_heading_of_who_gets_it() -> None:
    body = "High blood pressure is the reason most people take zorbavir. Some take it for gout."
    assert {key for key, _ in facts(monograph(body, heading="Who gets it"), "indication")} == {"hypertension", "gout"}


@pytest.mark.parametrize(
    ("heading", "body", "expected"),
    [
        # a name the drug once had, or a form it once came in, denies nothing
        ("Uses", "Formerly known as Zorbix Plus, zorbavir is used to treat high blood pressure.", {"hypertension"}),
        # another medicine's use in an apposition leaves this drug's uses in the same sentence
        (
            "Uses",
            "Together with dapsone, a drug for leprosy, zorbavir treats leprosy and some lupus skin rashes.",
            {"leprosy", "lupus-skin-rash", "systemic-lupus-erythematosus"},
        ),
        (
            "Uses",
            "Doctors add zorbavir to methotrexate, the main medicine for rheumatoid arthritis.",
            {"rheumatoid-arthritis"},
        ),
        # the patients of a prevention end where the next use begins
        (
            "Uses",
            "It is used to prevent migraine in people with frequent attacks and to treat high blood pressure.",
            {"migraine", "hypertension"},
        ),
        # a germ's name before a disease it does not name twice
        ("Uses", "Zorbavir treats Pseudomonas pneumonia in intensive care.", {"pseudomonas-pneumonia"}),
    ],
)
def test_uses_beside_names_forms_and_other_medicines(heading: str, body: str, expected: set[str]) -> None:
    found = {key for key, negated in facts(monograph(body, heading=heading), "indication") if not negated}
    assert found == expected
