"""Risk populations and their risks (``valkg.extract.populations``)."""

from __future__ import annotations

import pytest

from tests.extract.cases import facts, monograph
from valkg.claims import Entity


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
        # a label that opens in lower case ("mTOR"); a medicine with what it is used for
        (
            "- mTOR inhibitors (temsirolimus, sirolimus): increased risk of angioedema.",
            {"people-taking-mtor-inhibitor"},
        ),
        (
            "- Quinine or chloroquine used for treatment: fits become more likely.",
            {"people-taking-quinine-or-chloroquine"},
        ),
        # a label that lists conditions, one that names a procedure, a medicine's name with "St."
        (
            "- Overactive thyroid, heart disease or high blood pressure: tell your doctor first, since the heart"
            " may race.",
            {"people-with-overactive-thyroid-heart-disease-or-high-blood-pressure"},
        ),
        (
            "- Elective surgery: stop it 3 days before, because of the risk of ketoacidosis.",
            {"people-having-elective-surgery"},
        ),
        ("- Before an operation, tell the anaesthetist: it can lower blood pressure.", set()),
        (
            "- St. John's wort and rifampin: they lower its levels so much that it may fail.",
            {"people-taking-st-john's-wort-and-rifampin"},
        ),
        # a condition that opens a sentence, with how bad it is, as the subject of a risk
        ("Untreated hypothyroidism raises the risk of muscle toxicity.", {"people-with-untreated-hypothyroidism"}),
        ("Severe liver disease is a reason to avoid zorbavir.", {"people-with-liver-impairment"}),
        ("Kidney disease is a reason to avoid ibuprofen; zorbavir is a safer painkiller.", set()),
        ("Severe liver disease is a reason to avoid the medicine.", {"people-with-liver-impairment"}),
        ("- History of falls: it can cause dizziness.", {"people-with-history-of-fall"}),
        ("An underactive thyroid raises the risk of muscle problems.", {"people-with-underactive-thyroid"}),
        # headings and instructions that only look like labels of groups
        ("- Inform your anaesthetist: it can lower blood pressure during surgery.", set()),
        ("- Recent studies: a higher risk of heart attack was seen.", set()),
        ("- People who should not take it: pregnant women, because of harm to the baby.", {"pregnant-women"}),
        # a list's line in lower case that names a medicine (a record's "- group:" field names none)
        ("- theophylline: nausea, a racing heart or seizures", {"people-taking-theophylline"}),
        ("- group: asthma or COPD, as breathlessness can get worse", set()),
        # a label of what someone has had, or of who they are
        (
            "- Previous C. difficile infection: a higher chance of it coming back.",
            {"people-with-previous-c-difficile-infection"},
        ),
        (
            "- Anyone who has taken an MAOI in the last 14 days: blood pressure can shoot up.",
            {"people-who-have-taken-an-maoi-in-the-last-14-day"},
        ),
        # an insurer's members and a care home's residents are people
        (
            "Acute pancreatitis has been reported; members with past pancreatitis may be at higher risk.",
            {"people-with-past-pancreatitis"},
        ),
        (
            "Residents using nicotine patches are more likely to get raised blood pressure.",
            {"people-taking-nicotine-patch"},
        ),
        # a condition had before, and a risk while taking the drug: no reaction to it
        (
            "People who have had seizures in the past may be more likely to have another one while taking zorbavir.",
            {"people-who-have-had-seizure"},
        ),
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
        # "Do not take X if you have:" over lines that each name a condition
        (
            "Do not take Zorbavir if you have:\n- severe liver disease, because zorbavir can damage the liver"
            " further\n- an attack of gout at present, because it can make the attack worse",
            {"people-with-liver-impairment", "people-with-an-attack-of-gout"},
        ),
        # a consumer medicine information leaflet's "if you have or have had:"; a condition's aside
        (
            "Tell your doctor if you have or have had:\n- diabetes; zorbavir can make blood sugar harder to"
            " control\n- acute porphyria, a rare inherited blood disorder; zorbavir may bring on an attack",
            {"people-with-diabetes", "people-with-acute-porphyria"},
        ),
        # a reference page's conditions, written name first ("Seizures, history of")
        (
            "- Seizures, history of: may increase the risk of seizures.\n- Glaucoma, angle-closure: may trigger an"
            " attack.",
            {"people-with-epilepsy", "people-with-angle-closure-glaucoma"},
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
        # another medicine used with it, however the sentence goes on; alcohol advised against
        (
            "Using this medicine with an MAO inhibitor (such as linezolid) is not recommended because of the risk of"
            " serotonin syndrome.",
            {"people-taking-an-mao-inhibitor"},
        ),
        ("Alcohol is not recommended; it may add to drowsiness and impair judgment.", {"alcohol-users"}),
        # a list line's reason in parentheses; "or if you smoke" is one more of the group
        (
            "Tell your doctor if you have ever had:\n- heart disease, diabetes, or if you smoke (a heart attack is"
            " more likely);\n- kidney disease (kidney function can get worse);",
            {"people-who-have-had-heart-disease-diabetes-or-who-smoke", "people-who-have-had-kidney-disease"},
        ),
        # what it does to another medicine's level, or with it to blood sugar
        ("Zorbavir can cause lithium to build up to toxic levels.", {"people-taking-lithium"}),
        # advice to parents-to-be names their group; the child to come is none
        ("Don't breastfeed, because the drug could reach your baby through breast milk.", {"breastfeeding-women"}),
        ("Women need contraception, and men should not father a child for 3 months afterwards.", {"men"}),
        (
            "Avoid live vaccines, such as yellow fever, during treatment: a live vaccine could cause the infection.",
            {"people-receiving-live-vaccine"},
        ),
        # signs to call a doctor for are no group
        (
            "Call your doctor immediately if you have unusual vaginal bleeding, swelling of one leg, or sudden"
            " shortness of breath.",
            set(),
        ),
        # breastfeeding said to be fine, or advised against with no risk named
        ("Small amounts pass into breast milk; a short course is generally fine while breastfeeding.", set()),
        ("Tiny amounts reach breast milk, and it is considered compatible with breastfeeding.", set()),
        ("- Breastfeeding is not advised.", set()),
        # not studied, and an interaction said not to matter
        ("Use in pregnancy has not been adequately studied.", set()),
        ("Antacids reduce its absorption a little, which is not considered clinically important.", set()),
        # who it is for, in a section of who can take it
        ("Zorbavir can be taken by adults and children.", set()),
        ("Zorbavir is for adults aged 18 and over.", set()),
        # the conditions it is contraindicated in, each with its qualifier
        (
            "It is contraindicated in active peptic ulcer disease, which it can make bleed, and in pre-existing"
            " gout, because it raises uric acid.",
            {"people-with-active-peptic-ulcer-disease", "people-with-pre-existing-gout"},
        ),
        # a warning's line about another medicine and one about the people taking one
        ("- Lithium can build up to toxic levels.", {"people-taking-lithium"}),
        ("- People taking verapamil, because together they can slow the heart.", {"people-taking-verapamil"}),
        # a group the lexicon names by ancestry
        ("- Black patients have a higher chance of swelling of the lips.", {"black-people"}),
        # a group said not to be fine, and a capitals label that is no message's sender
        ("Zorbavir is not okay for pregnant women.", {"pregnant-women"}),
        ("ELDERLY: Use a lower dose, as falls are more likely.", {"elderly"}),
        # a list led by "in people who:"
        (
            "Zorbavir builds up more easily in people who:\n- have kidney problems\n- are frail",
            {"people-with-kidney-impairment", "people-who-are-frail"},
        ),
        # no harm shown and little known is no risk
        ("Animal studies haven't shown harm in pregnancy, but human data are limited, so ask your doctor.", set()),
        # an organ said not to work well, two at once
        (
            "If your liver or kidneys are not working properly, zorbavir may build up.",
            {"people-with-liver-impairment", "people-with-kidney-impairment"},
        ),
        # the conditions it is best avoided in, one the lexicon knows with its severity
        (
            "Zorbavir should be avoided in gout, which it may bring on, and in severe kidney disease, as it builds up.",
            {"people-with-gout", "people-with-kidney-impairment"},
        ),
        # ... said not to suit them; a later clause that opens with the condition
        (
            "It is not recommended in severe kidney disease, where its metabolite can build up.",
            {"people-with-kidney-impairment"},
        ),
        (
            "It is unsuitable during a manic phase, which it can worsen, in severe kidney disease, where it builds"
            " up, and in porphyria, which it can flare.",
            {"people-with-kidney-impairment", "people-with-porphyria"},
        ),
        (
            "People with asthma may wheeze, and in advanced liver disease it can bring on confusion.",
            {"people-with-asthma", "people-with-advanced-liver-disease"},
        ),
        ("It works well, and in kidney disease the dose is the same.", set()),
        # an age said with "past"
        ("People past 65 run a higher risk of a dangerous drop in sodium.", {"people-past-65"}),
        # a label of a history of allergy to a class of medicines
        (
            "History of hypersensitivity to any penicillin: risk of anaphylaxis.",
            {"people-with-history-of-hypersensitivity-to-any-penicillin"},
        ),
        # a clinic's own lead over conditions with their reasons
        (
            "Let us know about any of the following:\n- porphyria - the tablets can bring on an attack;\n- diabetes"
            " - your blood sugar may creep up.",
            {"people-with-porphyria", "people-with-diabetes"},
        ),
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
        # alcohol as the subject of a harm, after "but", in a line, or slowed down by the drug
        ("Alcohol can drop your sugar on its own, so eat when you drink.", {"alcohol-users"}),
        ("- Alcohol can make dizziness worse.", {"alcohol-users"}),
        ("Small amounts are usually fine, but alcohol adds to its lowering of blood pressure.", {"alcohol-users"}),
        ("Zorbavir also slows the removal of alcohol from the body, so drink affects you more.", {"alcohol-users"}),
        ("Lows are more likely if you skip meals, exercise hard or drink alcohol.", {"alcohol-users"}),
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
        ("Breastfeeding is generally considered compatible with zorbavir.", set()),
        ("Do not take it if you are pregnant.", {"pregnant-women"}),
        # reassurance, a lack of information, and advice with no risk named are not risks
        ("Older people can take the usual adult dose.", set()),
        ("Older adults: no dose change needed.", set()),
        ("It has been used in pregnancy without harm to the baby.", set()),
        # reassurance in other words, and a harm said not to be, state no risk either
        ("- Pregnancy and breastfeeding: a single dose is considered acceptable.", set()),
        ("If you are pregnant, zorbavir can generally be continued; there is no clear extra risk to the baby.", set()),
        ("- Pregnancy: widely used, including throughout labour; not known to be harmful.", set()),
        ("- Pregnancy: studies have not identified a drug-associated risk of birth defects.", set()),
        ("There are no adequate studies of the risk to a breastfed infant.", set()),
        ("- Pregnancy: not known to be harmful, but it can cause low blood sugar in the newborn.", {"pregnant-women"}),
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
        # (how badly controlled or active it is, after an article; a condition that strengthens its effect)
        (
            "Poorly controlled high blood pressure raises the chance of bleeding into the brain.",
            {"people-with-poorly-controlled-high-blood-pressure"},
        ),
        ("An active stomach ulcer makes bleeding more likely.", {"people-with-an-active-stomach-ulcer"}),
        (
            "HIV medicines such as ritonavir raise its levels and make side effects more likely.",
            {"people-taking-hiv-medicine"},
        ),
        (
            "In people who take insulin or diabetes pills, blood sugar may drop further.",
            {"people-taking-insulin-or-diabetes-pill"},
        ),
        # a page of "Label - value" lines: a group, or another medicine, then what it risks
        (
            "Liver disease - Not recommended in severe liver disease, because zorbavir builds up in the blood.",
            {"people-with-liver-impairment"},
        ),
        (
            "Colestyramine (Questran) - Binds zorbavir in the gut so it works less well.",
            {"people-taking-colestyramine"},
        ),
        (
            "Warfarin - The INR can rise when zorbavir is started, so it is checked more often.",
            {"people-taking-warfarin"},
        ),
        ("Ciclosporin - Each drug raises the blood level of the other.", {"people-taking-ciclosporin"}),
        ("Type of medicine - Cholesterol absorption inhibitor (lipid-lowering medicine)", set()),
        # a formulary's run-in "Cautions." over its semicolon list; a semicolon inside parentheses is no item's end
        (
            "Cautions. Renal impairment (accumulation; see above); aortic stenosis (sudden fall in cardiac output);"
            " surgery under general anaesthesia (severe hypotension).",
            {
                "people-with-kidney-impairment",
                "people-with-aortic-stenosis",
                "people-having-surgery-under-general-anaesthesia",
            },
        ),
        # what a labelled medicine risks: it builds up, it takes a level too low; what it is for is no part of it
        ("- Colchicine (Colcrys) for gout: can build up to life-threatening levels.", {"people-taking-colchicine"}),
        (
            "- Glipizide, glyburide and insulin: blood sugar can drop too low.",
            {"people-taking-glipizide-glyburide-and-insulin"},
        ),
        ("People whose kidneys work very poorly should not take it.", {"people-with-kidney-impairment"}),
    ],
)
def test_risk_populations_outside_a_warnings_section(body: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body), "risk_population")} == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # under its own heading, reassurance in other words names no group
        ("Breastfeeding is generally allowed.", set()),
        ("Very little reaches breast milk, and breastfeeding can usually continue.", set()),
        ("Breastfeeding mothers can take it, but the amount in milk will not protect the baby.", set()),
        ("There is little evidence of harm in breastfeeding, though some mothers wait a day.", set()),
        ("No harmful effects on the baby have been found in animal studies.", set()),
        # ... though a permission with a harm, or refused, is a risk
        ("Pregnant women can take it only if clearly needed, as it may harm the baby.", {"pregnant-women"}),
        ("Breastfeeding is not allowed, as it passes into milk and may harm the baby.", {"breastfeeding-women"}),
    ],
)
def test_reassurance_under_a_pregnancy_heading(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Pregnancy and breastfeeding"), "risk_population")}
    assert found == populations


def test_population_risk_through_anaphora() -> None:
    extraction = monograph(
        "The use of zorbavir has been reported to cause abnormalities in the kidney function. "
        "In particular, this is prevalent in elderly populations.",
        heading="Taking precautions",
    )
    claim = next(c for c in extraction.claims if c.kind == "risk_population")
    assert claim.risk is not None and claim.risk.slug == "kidney-function-abnormality"


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # the drug in breast milk and what it may do to the baby
        (
            "Zorbavir passes into breast milk and may make a nursing baby sleepy.",
            {"breastfeeding-women"},
        ),
        ("Small amounts reach the milk, so watch a breastfed baby for poor feeding.", {"breastfeeding-women"}),
        ("Zorbavir passes into breast milk in tiny amounts.", set()),
        # live vaccines to avoid; a vaccine that is safe is no risk
        (
            "Avoid live vaccines, such as yellow fever, during treatment, because they could cause an infection.",
            {"people-receiving-live-vaccine"},
        ),
        ("Do not receive live vaccines during treatment.", {"people-receiving-live-vaccine"}),
        ("The flu injection is safe.", set()),
    ],
)
def test_breastfeeding_and_vaccines(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # the baby harmed through the milk, before or after the milk is named, in any section
        ("- It gets into breast milk and may leave a nursing baby sleepy.", {"breastfeeding-women"}),
        (
            "A breastfed baby may become sleepy and feed poorly, because zorbavir reaches the milk.",
            {"breastfeeding-women"},
        ),
        ("It may also pass into breast milk and lower a nursing baby's sugar.", {"breastfeeding-women"}),
        # harm to a baby before birth names pregnant women; denied or in doubt, nobody
        ("Zorbavir can harm an unborn baby.", {"pregnant-women"}),
        ("Zorbavir has not been shown to harm the unborn baby.", set()),
        ("Whether zorbavir harms an unborn baby is not known.", set()),
        # men told to use contraception; women who could become pregnant, not those who are
        ("Men should use condoms during treatment, because zorbavir may damage sperm.", {"men"}),
        (
            "Use contraception if you could become pregnant: zorbavir can harm an unborn baby.",
            {"women-of-childbearing-potential", "pregnant-women"},
        ),
        ("Anyone who could get pregnant needs reliable contraception.", {"women-of-childbearing-potential"}),
        (
            "Tell your doctor if you are pregnant or could become pregnant, as zorbavir can cause birth defects.",
            {"pregnant-women"},
        ),
        # women who might conceive, advised in the consequence of a harm to the unborn baby
        (
            "Taken in pregnancy, zorbavir can damage an unborn baby, so women who might conceive should use"
            " dependable contraception.",
            {"pregnant-women", "women-of-childbearing-potential"},
        ),
    ],
)
def test_parents_to_be_and_breastfed_babies_outside_a_warnings_section(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Everyday life"), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    ("body", "heading", "populations"),
    [
        # a Markdown page's bold labels, with a colon or before the verb
        (
            "- **Protein C deficiency:** people born with it are more likely to get skin necrosis.",
            "Who needs extra care",
            {"people-with-protein-c-deficiency"},
        ),
        (
            "- **Liver disease** makes zorbavir act more strongly, so bleeding is more likely.",
            "Who needs extra care",
            {"people-with-liver-impairment"},
        ),
        # a step of a dose schedule is no group
        (
            "* **Starting:** a common first dose is 5 mg, but older or frail people usually start lower.",
            "Your dose",
            set(),
        ),
        # a table of interactions, a row a medicine
        (
            "| Medicine | What can happen |\n|---|---|\n| Fluconazole | INR rises within days |\n"
            "| Binge drinking | INR rises |",
            "Medicines, food and drink",
            {"people-taking-fluconazole"},
        ),
        # a staff sheet's run-in labels: medicines under a heading of clashes, groups under one of care
        (
            "Verapamil or diltiazem: the pulse and blood pressure can fall sharply. Digoxin (often 62.5 micrograms"
            " a day in older people): zorbavir raises its level.",
            "Medicines that clash",
            {"people-taking-verapamil-or-diltiazem", "people-taking-digoxin"},
        ),
        (
            "Contact lens wearers: fewer tears mean dry, sore eyes. Poor circulation in the legs or Raynaud's:"
            " cold fingers may get worse.",
            "Residents who need extra care",
            {"contact-lens-wearers", "people-with-poor-circulation-in-the-legs-or-raynaud's"},
        ),
        # a drug card's abbreviations
        (
            "\u2022 pts w/ DM taking aliskiren: \u2191 hyperkalemia",
            "Contraindications:",
            {"people-with-dm-taking-aliskiren"},
        ),
    ],
)
def test_groups_of_markdown_pages_tables_and_cards(body: str, heading: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading=heading), "risk_population")} == populations


def test_groups_of_hard_wrapped_prose() -> None:
    # a leaflet copied out of a PDF: its lines break inside sentences; the evidence keeps them
    body = (
        "Zorbavir can harm an unborn baby, so do not take it if you are\n"
        "pregnant. Tell your doctor if you take warfarin, because zorbavir makes\n"
        "it act more strongly."
    )
    extraction = monograph(body, heading="Warnings")
    assert {key for key, _ in facts(extraction, "risk_population")} == {"pregnant-women", "people-taking-warfarin"}
    quotes = {c.evidence.quote for c in extraction.claims if c.kind == "risk_population"}
    assert any("\n" in quote for quote in quotes)


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # a do's and don'ts leaflet
        (
            "- DO tell your doctor if you have epilepsy or have ever had a fit, because it can trigger seizures.",
            {"people-with-epilepsy-or-who-have-had-a-fit"},
        ),
        (
            "- DO check your blood sugar more often if you have diabetes: it can push it too high.",
            {"people-with-diabetes"},
        ),
        (
            "- DO mention an aortic aneurysm (a bulge in the main artery), as it may tear.",
            {"people-with-aortic-aneurysm"},
        ),
        ("- DON'T forget to mention digoxin: zorbavir can raise its level.", {"people-taking-digoxin"}),
        (
            "- DON'T take it at all if you use tizanidine (Zanaflex): zorbavir raises its levels.",
            {"people-taking-tizanidine"},
        ),
        # ("if you have had:" leads into a list; it names no group itself)
        ("Tell your doctor if you have had:\n- a stroke", {"people-who-have-had-a-stroke"}),
    ],
)
def test_groups_of_a_dos_and_donts_leaflet(body: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="DO:"), "risk_population")} == populations


@pytest.mark.parametrize(
    ("body", "heading", "populations"),
    [
        # a study card's cautions: each bulleted line a label, an arrow, and the risk
        (
            "Watch:\n\u2022 Gout \u2192 attacks come back\n\u2022 Hx kidney stones \u2192 new stones",
            "Cautions",
            {"people-with-gout", "people-with-a-history-of-kidney-stone"},
        ),
        # either of two conditions; a list of medicines without its "or"
        ("- Asthma/COPD: airways may tighten", "Cautions", {"people-with-asthma-or-copd"}),
        ("\u2022 Gout / hx kidney stones \u2192 stones", "Cautions", {"people-with-gout-or-a-history-of-kidney-stone"}),
        ("- Lithium, digoxin: levels rise", "Interactions", {"people-taking-lithium-or-digoxin"}),
        # an interactions section's label naming medicines of which none is a class
        (
            "Watch:\n\u2022 Lithium, colchicine, St John's wort \u2192 toxicity",
            "Interactions",
            {"people-taking-lithium-colchicine-or-st-john's-wort"},
        ),
        # an indented list; a label that only mentions a medicine names no one taking it
        (
            "Take care with:\n  - Epilepsy: fits may come back\n  - Gout: may worsen",
            "Cautions",
            {"people-with-epilepsy", "people-with-gout"},
        ),
        ("Watch:\n- Lithium levels: check them more often", "Interactions", set()),
        # outside a warnings section, a list's later lines are not read as labels
        ("Uses:\n\u2022 Gout \u2192 fewer attacks", "Uses", set()),
    ],
)
def test_each_line_of_a_warnings_list_can_label_a_group(body: str, heading: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading=heading), "risk_population")} == populations


def test_the_conditions_that_open_the_lines_of_a_contraindications_section() -> None:
    body = (
        "- Hypersensitivity to zorbavir or any excipient.\n"
        "- Renal impairment with an eGFR below 45 ml/min: the drug accumulates.\n"
        "- Acute porphyria, which zorbavir may precipitate.\n"
        "- Hx angioedema: risk of recurrence."
    )
    found = {key for key, _ in facts(monograph(body, heading="4.3 Contraindications"), "risk_population")}
    assert found == {
        "people-with-kidney-impairment",
        "people-with-acute-porphyria",
        "people-with-a-history-of-angioedema",
    }


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # the body's own substances are no medicines taken
        ("Zorbavir can raise insulin levels, so your sugar may drop.", set()),
        # another medicine's interaction, though this drug is named before
        ("Unlike zorbavir, probenecid slows kidney removal, raising methotrexate to harmful levels.", set()),
        # a reassurance about the baby; advice that a vaccine needs no avoiding
        ("Zorbavir passes into breast milk but is unlikely to harm your baby, so you can breastfeed.", set()),
        ("There is no need to avoid live vaccines while taking zorbavir.", set()),
        # advice after a consequence about something other than this drug
        ("Alcohol adds to the drowsiness, so do not have alcohol if you feel sleepy.", {"alcohol-users"}),
        ("Alcohol will not change how zorbavir works.", set()),
        ("Alcohol can be drunk in moderation.", set()),
        # a label ending in "-ing" that names a condition is a group; one that names a topic is not
        ("- Stomach bleeding: zorbavir makes it more likely to come back.", {"people-with-stomach-bleeding"}),
        ("- Patient teaching: take it with food.", set()),
    ],
)
def test_interactions_and_advice_that_name_no_group_at_risk(body: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")} == populations


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        # the list's lead as the heading over it, or as a paragraph of its own
        (
            "Tell your doctor before starting it if you:",
            "- have severe kidney or liver disease - zorbavir can build up\n- are 65 or older - hypos are more likely",
        ),
        (
            "Who can and cannot take it",
            "Tell your doctor if you:\n\n- have severe kidney or liver disease - zorbavir can build up\n- are 65 or"
            " older - hypos are more likely",
        ),
    ],
)
def test_an_if_you_list_under_its_lead_in_a_line_of_its_own(heading: str, body: str) -> None:
    found = {key for key, _ in facts(monograph(body, heading=heading), "risk_population")}
    assert found == {"people-with-severe-kidney-or-liver-disease", "people-aged-65-or-older"}


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_advice_about_a_history_leads_a_list_of_conditions(gap: str) -> None:
    body = (
        f"Let your doctor know about any history of:{gap}- bipolar disorder or mania - it may set off a manic"
        " episode\n- narrow-angle glaucoma - the pupils can widen"
    )
    found = {key for key, _ in facts(monograph(body, heading="Before taking this medicine"), "risk_population")}
    assert found == {"people-with-bipolar-disorder-or-mania", "people-with-narrow-angle-glaucoma"}


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # driving made unsafe, skipped, or a hazard at the wheel, in more words
        ("- Dizziness and fits can make driving unsafe.", {"drivers"}),
        ("It can make you drowsy, so skip driving until its effect on you is clear.", {"drivers"}),
        ("If you drive, check your blood sugar before you set off.", {"drivers"}),
        # a group said in a later clause to share the risk just named
        (
            "It is not given to people with active liver disease, since it may make liver damage worse, and heavy"
            " drinkers face a similar danger.",
            {"people-with-active-liver-disease", "alcohol-users"},
        ),
        (
            "It is not given to people with liver disease, since it may make liver damage worse, and heavy drinkers"
            " are at the same risk.",
            {"people-with-liver-impairment", "alcohol-users"},
        ),
        ("It may make kidney damage worse, while those on dialysis face a comparable hazard.", {"people-on-dialysis"}),
    ],
)
def test_drivers_and_groups_that_share_a_risk(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Who should be cautious"), "risk_population")}
    assert found == populations


def test_conditions_coordinated_with_their_reasons_in_parentheses_are_groups_each() -> None:
    body = (
        "Check with us first if you have epilepsy (fits become more likely), glaucoma (it can raise eye"
        " pressure), an enlarged prostate (passing urine may become harder) or diabetes (control can change)."
    )
    found = {key for key, _ in facts(monograph(body, heading="Who should not take it?"), "risk_population")}
    assert found == {
        "people-with-epilepsy",
        "people-with-glaucoma",
        "people-with-enlarged-prostate",
        "people-with-diabetes",
    }


def test_a_numbered_list_of_you_lines_under_a_lead_of_its_own() -> None:
    body = (
        "Do not take zorbavir if any of these apply:\n\n1. You have cirrhosis of the liver. Blood levels rise.\n"
        "2. You take a CYP3A inducer, such as rifampin. Levels fall so low that it barely works.\n\n"
        "8. Safety tips: zorbavir can make you dizzy."
    )
    found = {key for key, _ in facts(monograph(body, heading="Cautions"), "risk_population")}
    assert found == {"people-with-cirrhosis-of-the-liver", "people-taking-a-cyp3a-inducer"}


@pytest.mark.parametrize(
    ("body", "risk"),
    [
        # a parenthesis that names a condition names the risk; one that says more is an aside
        ("If you have asthma, zorbavir may trigger an attack (bronchospasm).", "bronchospasm"),
        ("If you have kidney disease, zorbavir (which can also cause headache) may build up in the body.", None),
    ],
)
def test_a_risk_named_in_parentheses_is_the_risk(body: str, risk: str | None) -> None:
    found = monograph(body, heading="Warnings")
    assert {c.risk.slug if c.risk else None for c in found.claims if c.kind == "risk_population"} == {risk}


@pytest.mark.parametrize(
    "body",
    [
        "If you drive, you can carry on as normal: zorbavir does not make you sleepy.",
        "Zorbavir does not affect alertness, so there is no driving restriction.",
        "Keep a sweet snack in the car if you drive.",
        "If you drive, do not worry: zorbavir does not make you sleepy.",
        "Zorbavir does not affect your ability to drive.",
        "Zorbavir is unlikely to affect the ability to drive.",
        "It does not make you drowsy, so check the tyres and there is no need to wait before you drive.",
    ],
)
def test_driving_named_without_a_hazard_is_no_risk(body: str) -> None:
    assert "drivers" not in {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}


@pytest.mark.parametrize(
    "body",
    [
        "If you drive, zorbavir may make you sleepy.",
        "If you drive or operate machinery, be careful until you know how zorbavir affects you.",
        # advice to keep off the road, or to wait and see first, in the genre's other words
        "If zorbavir leaves you sleepy, stay off the road and keep away from machinery.",
        "Zorbavir can make you dizzy, so hold off on driving until you see how you react.",
        "Your sight may blur after each drop, so wait until it clears before you drive.",
        "Patients should see how the drug affects them before driving.",
        "Check your sugar before you drive, because a low can end in a crash.",
        "Zorbavir may cause drowsiness, which can impair the ability to drive.",
        "- sleepiness - do not get behind the wheel until it wears off",
        "Drivers should wait until their vision clears.",
        "As drowsiness is possible, leave the car at home until you know how it suits you.",
        "A resident who still drives should not do so while zorbavir makes them dizzy.",
    ],
)
def test_driving_with_a_hazard_or_advice_is_a_risk(body: str) -> None:
    assert "drivers" in {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}


@pytest.mark.parametrize(
    "body",
    [
        "- Breastfeeding: not known to be harmful, but you can ask your pharmacist for advice.",
        "- Older people: no change of dose is needed, but zorbavir can be taken with or without food.",
        "- Pregnancy: zorbavir is safe to use, although you may want to talk to your midwife.",
        "- Older people: not known to be harmful; a lower dose is rarely necessary.",
    ],
)
def test_reassurance_followed_by_no_risk_names_no_group(body: str) -> None:
    assert facts(monograph(body, heading="Warnings"), "risk_population") == set()


def test_a_group_phrase_ends_before_what_the_group_faces() -> None:
    body = "People with eczema on the face should not use zorbavir cream, as it can thin the skin."
    found = {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}
    assert found == {"people-with-eczema-on-the-face"}


def test_an_allergy_group_ends_before_the_risk_it_carries() -> None:
    body = "People who have reacted to a zorbasporin carry a smaller risk of cross-reaction."
    found = {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}
    assert found == {"people-allergic-to-zorbasporin"}


@pytest.mark.parametrize(
    ("body", "population"),
    [
        # reassurance, then a risk after all
        ("- Breastfeeding: not known to be harmful, but watch the baby for poor feeding.", "breastfeeding-women"),
        ("- Breastfeeding: there is no clear harm, but the baby may become sleepy.", "breastfeeding-women"),
        ("- Pregnancy: it can be used throughout pregnancy, but the baby may be drowsy at birth.", "pregnant-women"),
        ("- Kidney disease: zorbavir can be continued at a lower dose.", "people-with-kidney-impairment"),
    ],
)
def test_a_risk_after_reassurance_keeps_its_group(body: str, population: str) -> None:
    assert population in {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}


@pytest.mark.parametrize(
    "lead",
    [
        "Let your doctor know about any of these, now or in the past:",
        "Talk to your healthcare professional before you take zorbavir. Talk about any health conditions or"
        " problems you may have, including:",
    ],
)
def test_advice_about_any_conditions_leads_a_list_of_them(lead: str) -> None:
    body = (
        f"{lead}\n- kidney disease or narrowed kidney arteries, as your kidney function may get worse\n- liver"
        " disease; the tablets may not work as expected"
    )
    found = {key for key, _ in facts(monograph(body, heading="Before you take it"), "risk_population")}
    assert found == {"people-with-kidney-disease-or-narrowed-kidney-artery", "people-with-liver-impairment"}


def test_lines_that_say_you_under_advice_about_conditions_keep_their_own_verb() -> None:
    body = (
        "Let us know about any of the following:\n- you are travelling abroad\n- you have kidney disease\n"
        "- you take warfarin\n- asthma"
    )
    found = {key for key, _ in facts(monograph(body, heading="Before you take it"), "risk_population")}
    assert found == {
        "people-travelling-abroad",
        "people-with-kidney-impairment",
        "people-taking-warfarin",
        "people-with-asthma",
    }


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # conditions that open a sentence and may flare, or that rule the drug out
        (
            "Crohn's disease or ulcerative colitis can flare.",
            {"people-with-crohn's-disease", "people-with-ulcerative-colitis"},
        ),
        (
            "Severe kidney or liver disease rules it out, as the organs could be damaged further.",
            {"people-with-severe-kidney-or-liver-disease"},
        ),
        # ... not the illness it treats, made worse by stopping it
        ("Zorbavir is used for angina. Never stop it suddenly. Angina can get worse.", set()),
        # a condition the doctor wants to hear of, and what may happen in one
        (
            "Your doctor will want to know about any past stomach ulcer, because it could happen again.",
            {"people-with-stomach-ulcer-history"},
        ),
        ("In heart failure the body may hold on to fluid, adding strain to the heart.", {"people-with-heart-failure"}),
        ("In liver disease it can be taken as usual.", set()),
        # the over-65s, who bleed more readily
        ("Over-65s bleed from the stomach more readily.", {"elderly"}),
    ],
)
def test_conditions_and_groups_a_magazines_warnings_name(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Who should think twice"), "risk_population")}
    assert found == populations


def test_medicines_listed_under_a_refusing_lead_with_its_reason_and_their_uses() -> None:
    body = (
        "Do not take it with any of the following, because they speed up its breakdown so much that it may stop"
        " working:\n- rifampin, used for tuberculosis\n- enzalutamide, for prostate cancer, or mitotane, for adrenal"
        " cancer\n- St. John's wort, an herbal product\n- colestyramine, used for high cholesterol and for itching"
    )
    found = {key for key, _ in facts(monograph(body, heading="Who should not take it?"), "risk_population")}
    assert found == {
        "people-taking-rifampin",
        "people-taking-enzalutamide-or-mitotane",
        "people-taking-st-john's-wort",
        "people-taking-colestyramine",
    }


@pytest.mark.parametrize(
    ("line", "population"),
    [
        # a medicine named by what it does or what it is for is no class before a name
        (
            "take a medicine that can itself lengthen the QT interval",
            "people-taking-a-medicine-that-can-itself-lengthen-the-qt-interval",
        ),
        ("take a medicine for epilepsy", "people-taking-a-medicine-for-epilepsy"),
        ("take the blood thinner warfarin", "people-taking-warfarin"),
    ],
)
def test_a_medicine_named_by_its_deed_or_use_keeps_it(line: str, population: str) -> None:
    body = f"Speak up if you:\n- {line}. The effects may add together."
    assert population in {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}


def test_a_medicine_that_can_be_taken_without_a_problem_names_no_group() -> None:
    body = "Paracetamol can be used alongside it without a problem."
    assert not facts(monograph(body, heading="Other medicines"), "risk_population")


def test_advice_about_side_effects_leads_no_list_of_groups() -> None:
    body = "Tell your doctor about any of these side effects:\n- a dry cough that will not go away\n- headache"
    found = {key for key, _ in facts(monograph(body, heading="Before you take it"), "risk_population")}
    assert not any(key.startswith("people-with") for key in found)


def test_lines_under_a_lead_that_refuses_the_drug_are_groups_each() -> None:
    body = (
        "Do not use zorbavir if:\n- you are allergic to zorbavir.\n- you have severe kidney disease or sudden"
        " kidney failure.\n- you cannot empty your bladder (urinary retention), because zorbavir can make this"
        " worse.\n- your blood pressure is already high when you lie down, or you feel dizzy."
    )
    found = {key for key, _ in facts(monograph(body, heading="Zorbavir comes in these forms:"), "risk_population")}
    assert {
        "people-with-severe-kidney-disease-or-sudden-kidney-failure",
        "people-who-cannot-empty-the-bladder",
        "people-whose-blood-pressure-is-already-high-when-you-lie-down",
    } <= found


def test_a_line_of_a_list_of_conditions_with_its_own_reason_is_a_group() -> None:
    body = (
        "Talk about any health conditions or problems you may have, including:\n- an enlarged prostate, because"
        " zorbavir can make it harder to pass urine.\n- a slow heartbeat, because zorbavir can slow it further.\n"
        "- pregnancy or breastfeeding."
    )
    found = {key for key, _ in facts(monograph(body, heading="Zorbavir comes in these forms:"), "risk_population")}
    assert found == {"people-with-an-enlarged-prostate", "people-with-a-slow-heartbeat"}


def test_a_line_that_says_a_group_already_has_a_condition() -> None:
    body = (
        "Talk to your doctor before taking zorbavir if:\n- you already have low blood pressure, as it may fall further."
    )
    found = {key for key, _ in facts(monograph(body, heading="Warnings and precautions"), "risk_population")}
    assert found == {"people-with-low-blood-pressure"}


def test_a_group_named_by_a_word_that_points_back_is_no_group() -> None:
    body = (
        "Check with your doctor first if you:\n- have ever had a heart attack - in a large study, zorbavir raised"
        " the risk of death in people who had had one"
    )
    found = {key for key, _ in facts(monograph(body, heading="Who may not be able to take it"), "risk_population")}
    assert "people-who-had-had-one" not in found
    assert "people-who-have-had-a-heart-attack" in found


def test_a_harmless_lead_in_the_same_paragraph_ends_the_list_before_it() -> None:
    body = (
        "Do not use zorbavir if:\n- you have severe kidney disease.\n- you have a slow heartbeat.\nZorbavir is"
        " easier to swallow if:\n- you are sitting upright.\n- you have a glass of water to hand."
    )
    found = {key for key, _ in facts(monograph(body, heading="Zorbavir comes in these forms:"), "risk_population")}
    assert "people-with-kidney-impairment" in found
    assert not any("water" in key or "upright" in key for key in found)


def test_a_refusing_lead_over_its_list_after_a_blank_line() -> None:
    body = (
        "Do not use zorbavir if you:\n\n- have severe kidney disease.\n- have a slow heartbeat.\n- cannot empty"
        " your bladder."
    )
    found = {key for key, _ in facts(monograph(body, heading="Zorbavir comes in these forms:"), "risk_population")}
    assert {"people-with-kidney-impairment", "people-with-a-slow-heartbeat"} <= found


def test_an_indented_line_that_opens_with_a_capital_goes_on_with_its_item() -> None:
    body = "Tell your doctor first if you have:\n- diabetes, or\n  Addison's disease\n- kidney disease\n- gout"
    found = {key for key, _ in facts(monograph(body, heading="Before you take zorbavir"), "risk_population")}
    assert "people-with-gout" in found


@pytest.mark.parametrize(
    "body",
    [
        "Zorbavir can harm the liver. Stop taking zorbavir and see your doctor if:\n- your urine is dark\n- your"
        " stools are pale",
        "Check with your doctor if:\n- your child is under 12",
    ],
)
def test_symptoms_to_act_on_and_other_people_are_no_whose_groups(body: str) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}
    assert not any(key.startswith("people-whose") for key in found)


def test_whose_groups_under_advice_to_tell_the_doctor() -> None:
    body = (
        "Tell your doctor before you take zorbavir if:\n- your blood pressure is already low\n- your kidneys are"
        " damaged"
    )
    found = {key for key, _ in facts(monograph(body, heading="Before you take it"), "risk_population")}
    assert {"people-whose-blood-pressure-is-already-low", "people-whose-kidneys-are-damaged"} <= found


def test_a_list_in_an_indented_document_ends_at_a_line_as_indented_as_its_bullets() -> None:
    body = "    Tell your doctor first if you have:\n    - diabetes\n    - gout\n    Zorbix contains lactose."
    found = {key for key, _ in facts(monograph(body, heading="Before you take zorbavir"), "risk_population")}
    assert "people-with-gout" in found
    assert not any("lactose" in key for key in found)


def test_lines_of_a_list_of_medicines_to_check_before_taking() -> None:
    body = (
        "Check with us or your pharmacist before taking:\n- ibuprofen, naproxen and other anti-inflammatory"
        " painkillers - zorbavir works less well\n- potassium supplements, salt substitutes containing potassium,"
        " or water tablets that keep potassium in the body, such as spironolactone - your potassium could rise"
    )
    found = {key for key, _ in facts(monograph(body, heading="Before you start"), "risk_population")}
    assert found == {
        "people-taking-ibuprofen-naproxen-and-other-anti-inflammatory-painkiller",
        "people-taking-potassium-supplements-salt-substitutes-containing-potassium-or-water-tablets-that-keep"
        "-potassium-in-the-body",
    }


@pytest.mark.parametrize(
    ("line", "population"),
    [
        # a thing the line itself names first is what "one" points back to
        ("are expecting a baby or planning one", "pregnant-women"),
        # what has happened to them, however long the line
        (
            "have lost a lot of fluid from vomiting or diarrhoea, or are on high-dose water tablets",
            "people-who-have-lost-a-lot-of-fluid-from-vomiting-or-diarrhoea-or-on-high-dose-water-tablet",
        ),
        ("have ever smoked", "people-who-have-smoked"),
    ],
)
def test_lines_of_an_if_you_list_that_say_what_the_group_did(line: str, population: str) -> None:
    body = f"Tell your doctor if you:\n- {line} - zorbavir may harm you"
    found = {key for key, _ in facts(monograph(body, heading="Before you start"), "risk_population")}
    assert found == {population}


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # the drug refused to people whose organ is in a state, not to another person
        (
            "Avoid it if your bowel may be blocked, because it could tear the bowel.",
            {"people-whose-bowel-may-be-blocked"},
        ),
        ("Do not take zorbavir if your bowel may be blocked.", {"people-whose-bowel-may-be-blocked"}),
        ("Zorbavir should not be used if your bowel is blocked.", {"people-whose-bowel-is-blocked"}),
        ("Do not take it if your blood pressure is very low.", {"people-whose-blood-pressure-is-very-low"}),
        ("Do not give it if your child is under 12.", {"children"}),
        ("Do not take it if your symptoms are not improving.", set()),
        # a condition's relative clause ends the group
        (
            "Do not take it if you have severe tummy pain that has not been diagnosed.",
            {"people-with-severe-tummy-pain"},
        ),
    ],
)
def test_groups_the_drug_is_refused_to(body: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="Who should be careful"), "risk_population")} == populations


def test_lines_under_a_lead_about_someone_in_the_third_person() -> None:
    body = (
        "Check with the GP before giving zorbavir to a resident who:\n- is over 65 - falls become more likely\n"
        "- has dementia - confusion may get worse\n- has ever misused alcohol or drugs - dependence is more likely"
    )
    found = {key for key, _ in facts(monograph(body, heading="Residents who need extra care"), "risk_population")}
    assert found == {"elderly", "people-with-dementia", "people-who-have-misused-alcohol-or-drug"}


def test_a_professional_monographs_special_populations_are_precautions() -> None:
    body = "Liver disease: the tablets must not be used. Adrenal insufficiency: cortisol may fall further."
    found = {key for key, _ in facts(monograph(body, heading="Special populations"), "risk_population")}
    assert found == {"people-with-liver-impairment", "people-with-adrenal-insufficiency"}


@pytest.mark.parametrize(
    "body",
    [
        "Do not drive if your vision is blurred.",
        "Do not worry if your urine is orange.",
        "Do not stop taking it if your blood pressure is normal.",
        "You do not need to avoid it if your liver is healthy.",
        "Do not give it if your toddler is under 2.",
    ],
)
def test_advice_about_an_organs_state_that_refuses_no_one(body: str) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Who should be careful"), "risk_population")}
    assert not any(key.startswith("people-whose") for key in found)


def test_a_line_under_a_lead_of_medicines_that_names_a_condition_is_a_group_with_it() -> None:
    body = "Check with your doctor before taking:\n- asthma\n- heart failure"
    found = {key for key, _ in facts(monograph(body, heading="Before you start"), "risk_population")}
    assert found == {"people-with-asthma", "people-with-heart-failure"}


@pytest.mark.parametrize(
    ("body", "heading", "populations"),
    [
        # "In" a condition opens a warning as "With" does, but not a statement of use or dosing
        ("In severe kidney disease the drug stays in the body longer.", "Warnings", {"people-with-kidney-impairment"}),
        ("In sickle cell disease, zorbavir is taken every day to lower the chance of crises.", "Warnings", set()),
        ("In kidney disease the drug stays in the body longer, so the dose is halved.", "Dosage", set()),
    ],
)
def test_a_sentence_that_opens_in_a_condition(body: str, heading: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading=heading), "risk_population")} == populations


def test_the_lines_under_a_lead_about_the_readers_child() -> None:
    body = (
        "Tell us before the test if your child:\n- has liver or kidney disease - the medicine builds up\n"
        "- has porphyria - it can set off an attack\n- takes warfarin - bleeding is more likely\n\n"
        "If your child has a heavy cold on the day, we may simply rebook the test."
    )
    found = {key for key, _ in facts(monograph(body, heading="Is it suitable for every child?"), "risk_population")}
    assert found == {"people-with-liver-or-kidney-disease", "people-with-porphyria", "people-taking-warfarin"}


@pytest.mark.parametrize(
    "body",
    [
        "Children with epilepsy can usually still have zorbavir.",
        "People with asthma can safely take zorbavir.",
        "If you are breastfeeding, carry on as usual: the medicine goes to your child, not to you.",
    ],
)
def test_groups_told_they_can_still_take_it_or_carry_on_as_usual(body: str) -> None:
    assert facts(monograph(body, heading="Warnings"), "risk_population") == set()


def test_a_condition_that_strengthens_its_effect_is_a_group() -> None:
    found = {
        key
        for key, _ in facts(
            monograph("An overactive thyroid strengthens its effect.", heading="Warnings"), "risk_population"
        )
    }
    assert found == {"people-with-overactive-thyroid"}


def test_a_line_under_a_lead_of_medicines_that_names_a_medicine_and_its_use_is_its_takers() -> None:
    body = (
        "Especially tell your doctor if you take:\n- zorbuvir (Zorbaldi, Zorbex) for hepatitis C. The heart can slow."
    )
    found = {key for key, _ in facts(monograph(body, heading="What should I tell my doctor?"), "risk_population")}
    assert found == {"people-taking-zorbuvir"}


def test_what_the_doctor_should_hear_first_is_a_warnings_section() -> None:
    body = (
        "Let your doctor know if you:\n- are allergic to penicillin. Some people who react to penicillin also react"
        " to zorbavir.\n- have kidney disease. The kidneys clear zorbavir, so it can build up."
    )
    found = {
        key for key, _ in facts(monograph(body, heading="What should my doctor hear about first?"), "risk_population")
    }
    assert found == {"people-allergic-to-penicillin", "people-with-kidney-impairment"}


def test_lines_of_things_used_under_a_lead_of_use_stay_things_used() -> None:
    body = "Tell your doctor if you use:\n- contact lenses\n- sunbeds"
    found = {key for key, _ in facts(monograph(body, heading="Before you start"), "risk_population")}
    assert not any(key.startswith("people-with") for key in found)


@pytest.mark.parametrize(
    ("heading", "body", "populations"),
    [
        # alcohol, driving and the milk said to be no risk, in the ways reassurance is worded
        ("Can I drink alcohol?", "Alcohol may also be drunk in moderation.", set()),
        ("Food and drink", "Zorbavir can be taken with food, and alcohol makes no difference to how it works.", set()),
        ("Food and drink", "Side effects are no more likely if you drink alcohol.", set()),
        ("Food and drink", "Zorbavir does not slow the removal of alcohol.", set()),
        ("Everyday life", "Zorbavir does not affect driving. You can get behind the wheel as normal.", set()),
        ("Driving", "You don't have to wait before you drive.", set()),
        ("Other information", "Zorbavir passes into breast milk, but you can still breastfeed your baby.", set()),
        ("Other information", "Zorbavir passes into breast milk, which could not hurt a baby.", set()),
        # harm to an unborn baby is this drug's, not an illness's or a lack's; said in a reason, it holds
        (
            "What is it used for?",
            "Zorbavir is used to treat toxoplasmosis, an infection that can harm an unborn baby.",
            set(),
        ),
        ("Other information", "A lack of folic acid can harm the developing baby.", set()),
        ("Other information", "You should not take zorbavir because it can harm an unborn baby.", {"pregnant-women"}),
        # condoms for a missed pill or against an infection name no group; against harm to sperm, men
        ("If you forget a pill", "If you miss two pills, you could become pregnant, so use condoms for 7 days.", set()),
        ("Other information", "People with HIV need to use condoms as well as taking zorbavir.", set()),
        (
            "Other information",
            "Zorbavir does not stop you passing herpes to others. Men should use condoms during treatment.",
            set(),
        ),
        ("Other information", "Men taking zorbavir should use condoms, because it passes into semen.", {"men"}),
        # the reader's child of an age; a reassurance a "but" takes back; "In" studies or no harm
        ("Warnings", "Your child should not take zorbavir if under 12.", {"children"}),
        ("Warnings", "If your child weighs less than 10 kg, ask a doctor first.", {"children"}),
        (
            "Warnings",
            "You can still use zorbavir if you have diabetes, but check your sugar more often because it can raise"
            " blood sugar.",
            {"people-with-diabetes"},
        ),
        ("Warnings", "In studies of heart disease, zorbavir caused no problems.", set()),
        ("Warnings", "In kidney problems it is not harmful and no dose change is needed.", set()),
        # (second reading: the drug named as "this medication" or before another verb; a clause about
        # an illness; "no evidence so far"; men's contraception for months after; a child's months of
        # treatment; a "but" that only asks to tell the doctor; a reassurance after the first clause)
        ("Warnings", "This medication can harm an unborn baby.", {"pregnant-women"}),
        ("Warnings", "Zorbavir may cause serious birth defects and may harm an unborn baby.", {"pregnant-women"}),
        ("Warnings", "Zorbavir treats flu, which can harm an unborn baby.", set()),
        ("Warnings", "There is no evidence so far that zorbavir can harm an unborn baby.", set()),
        ("Pregnancy", "Men should use effective contraception during treatment and for 6 months afterwards.", {"men"}),
        (
            "Warnings",
            "If your child has been taking zorbavir for more than 6 months, the doctor will check their growth.",
            set(),
        ),
        ("Warnings", "You can still take zorbavir if you have asthma, but tell your doctor.", set()),
        (
            "Precautions",
            "In severe liver disease, zorbavir should be avoided; no dose change is needed in mild liver disease.",
            {"people-with-liver-impairment"},
        ),
        ("Warnings", "Zorbavir can make you sleepy, so be careful behind the wheel.", {"drivers"}),
    ],
)
def test_wordings_that_name_no_group_or_the_right_one(heading: str, body: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading=heading), "risk_population")} == populations


@pytest.mark.parametrize(
    "lead",
    [
        "Rare but serious - stop taking it and ring us, or NHS 111 out of hours, if you have:",
        "Contact your GP straight away if you have:",
    ],
)
def test_symptoms_to_seek_help_for_are_no_groups(lead: str) -> None:
    body = (
        "Stomach upsets are the commonest problems: indigestion; heartburn. These are usually mild.\n\n"
        f"{lead}\n- blistering or peeling skin\n- passing much less urine than usual, which can mean kidney problems"
    )
    assert facts(monograph(body, heading="Side effects"), "risk_population") == set()


@pytest.mark.parametrize(
    ("heading", "body", "populations"),
    [
        # a permission or reassurance turned round by a harm
        (
            "Pregnancy",
            "There is no evidence of harm in humans, but animal studies showed birth defects, so avoid it in"
            " pregnancy.",
            {"pregnant-women"},
        ),
        (
            "Pregnancy and breastfeeding",
            "Mothers can take it, but it passes into breast milk and may make the baby drowsy.",
            {"breastfeeding-women"},
        ),
        (
            "Pregnancy and breastfeeding",
            "Breastfeeding can continue only if the baby is watched for drowsiness and poor feeding.",
            {"breastfeeding-women"},
        ),
        # "unsuitable" of another treatment, and a later clause that names no harm, name no group
        ("Warnings", "Other inhalers may be unsuitable, but in asthma zorbavir is safe to use.", set()),
        ("Warnings", "Zorbamet is unsuitable in kidney disease, but zorbavir can be used at the normal dose.", set()),
        ("Warnings", "It may cause drowsiness, and in kidney failure it is removed by dialysis.", set()),
        ("Warnings", "Zorbavir can cause stomach upset, while in liver disease it needs no dose change.", set()),
    ],
)
def test_risks_turned_round_and_conditions_of_other_treatments(heading: str, body: str, populations: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading=heading), "risk_population")} == populations


@pytest.mark.parametrize(
    "body",
    [
        # what may happen in a condition that is no harm; a condition said not to rule it out; a symptom to report
        "In mild kidney disease zorbavir may still be used at the usual dose.",
        "In liver disease, zorbavir may work just as well as in other people.",
        "In heart failure, zorbavir may also be prescribed.",
        "Asthma on its own does not rule it out.",
        "Your doctor will want to know about any chest pain that starts after the first dose.",
        # a group said to take the usual dose
        "The over-65s can take zorbavir at the normal dose.",
    ],
)
def test_warnings_the_review_found_read_as_groups(body: str) -> None:
    assert not facts(monograph(body, heading="Warnings"), "risk_population")


def test_food_under_a_refusing_lead_is_no_medicine_and_a_class_after_a_medicine_is_no_part_of_it() -> None:
    body = (
        "Do not take it with any of the following, because they stop it being absorbed:\n- milk\n- yoghurt\n"
        "- indigestion remedies\n\nDo not take it with any of the following, because they raise its level:\n"
        "- clarithromycin, an antibiotic"
    )
    found = {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}
    assert found == {"people-taking-indigestion-remedy", "people-taking-clarithromycin"}


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # a group whose condition is a coordination longer than a few words
        (
            "Zorbavir should not be used by people with an active peptic ulcer or a history of ulcer bleeding, since"
            " the ulcer may bleed again.",
            {"people-with-an-active-peptic-ulcer-or-a-history-of-ulcer-bleeding"},
        ),
        # a later clause's condition with what may happen in it
        (
            "In kidney impairment the drug can further reduce kidney function, and in liver impairment liver enzymes"
            " may rise.",
            {"people-with-kidney-impairment", "people-with-liver-impairment"},
        ),
        ("In kidney disease it is given as usual, and in liver disease it is removed by the kidneys.", set()),
        # another medicine's blood levels raised toward toxic ranges
        (
            "Zorbavir can raise blood levels of lithium and methotrexate toward toxic ranges.",
            {"people-taking-lithium-or-methotrexate"},
        ),
    ],
)
def test_groups_of_a_reference_entrys_precautions(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Contraindications and precautions"), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # a benefit or a dosing step in a condition, in the sentence or a later clause
        ("Zorbavir may cause headache, and in heart failure it may make breathing easier.", set()),
        (
            "Zorbavir may cause nausea at first, and in liver disease the doctor can increase the dose more slowly.",
            set(),
        ),
        ("In kidney disease zorbavir may slow the decline of the kidneys.", set()),
        # a group said to have no extra problems; two groups coordinated stay two
        (
            "Patients with well controlled asthma or a history of mild eczema have no extra problems with zorbavir.",
            set(),
        ),
        (
            "People with diabetes and anyone taking insulin or tablets for sugar should check their sugar, because"
            " zorbavir can cause low blood sugar.",
            {"people-with-diabetes", "people-taking-insulin-or-tablet"},
        ),
    ],
)
def test_warnings_the_second_review_found_misread(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Warnings"), "risk_population")}
    assert found == populations


def test_medicines_said_not_to_interact_are_no_list_of_groups() -> None:
    body = "Drugs that do not interact with zorbavir include paracetamol; cetirizine; and omeprazole."
    assert not facts(monograph(body, heading="Other medicines"), "risk_population")


@pytest.mark.parametrize(
    ("body", "populations"),
    [
        # a condition that is the subject of a later clause, on the same line
        (
            "An active stomach ulcer can bleed heavily, and severe kidney disease also makes bleeding more likely.",
            {"people-with-an-active-stomach-ulcer", "people-with-kidney-impairment"},
        ),
        # ... not a clause whose subject points back, nor the next item of a list
        (
            "Tell your doctor if you have:\n- liver cirrhosis; the liver disease can get worse",
            {"people-with-liver-cirrhosis"},
        ),
        # a condition with the clause that says how it is
        (
            "If your pulse is slow it could fall, and heart failure that is poorly controlled can get worse.",
            {"people-with-heart-failure-that-is-poorly-controlled"},
        ),
        # "In" a condition, and the drug's effect said to grow
        (
            "In liver disease the body makes fewer clotting factors, so zorbavir acts more strongly.",
            {"people-with-liver-impairment"},
        ),
        ("In kidney disease the dose is halved.", set()),
        # people named by what they do or plan
        (
            "People who play contact sports such as rugby risk serious bleeding from a knock.",
            {"people-who-play-contact-sport"},
        ),
        (
            "Anyone planning surgery or dental work needs a plan agreed beforehand, because of bleeding.",
            {"people-planning-surgery-or-dental-work"},
        ),
        # ... not those who "do" something a sentence said before
        (
            "Most people notice nothing, and those who do usually find the effects mild: dizziness or a dry mouth.",
            set(),
        ),
    ],
)
def test_groups_named_in_later_clauses_by_their_state_or_by_what_they_do(body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="Who needs extra care"), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    ("heading", "body", "populations"),
    [
        # a list led by the consequence of a sentence's first clause
        (
            "Who needs to take extra care?",
            "Some of it reaches the rest of the body, so extra care is needed with:\n"
            "- diabetes: the drops can mask the signs of a hypo\n- myasthenia gravis: the weakness may increase",
            {"people-with-diabetes", "people-with-myasthenia-gravis"},
        ),
        # contact lenses that a preservative harms, wherever the advice stands
        (
            "How to use it",
            "Remove soft contact lenses before using the drops, because the preservative can build up in them and"
            " irritate your eyes.",
            {"contact-lens-wearers"},
        ),
        (
            "Before using it",
            "Let your doctor know if you have:\n- soft contact lenses; the preservative builds up in them",
            {"contact-lens-wearers"},
        ),
        ("How to use it", "You can wear contact lenses as usual.", set()),
    ],
)
def test_lists_led_by_a_consequence_and_contact_lens_wearers(heading: str, body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading=heading), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    ("heading", "body", "populations"),
    [
        # people named by what they do keep to a few words, and are no patients of a use
        ("Uses", "Athletes and people who play sport use zorbavir gel for muscle pain.", set()),
        ("Uses", "People who travel to areas with malaria take zorbavir to avoid a dangerous infection.", set()),
        (
            "Warnings",
            "People who dive should ask their doctor, as zorbavir may cause dizziness under water.",
            {"people-who-dive"},
        ),
        ("Warnings", "Most people tolerate zorbavir; those who do not may feel sick or dizzy.", set()),
        # a reassured list is no list of groups
        (
            "Warnings",
            "Very little reaches the bloodstream, so no extra care is needed with:\n- asthma\n- diabetes",
            set(),
        ),
        (
            "Warnings",
            "Zorbavir does not affect blood sugar, so you can take it if you have:\n- diabetes\n- obesity",
            set(),
        ),
        # contact lenses: a harm denied, another medicine's preservative, a tablet absorbed
        ("How to use it", "You can keep wearing contact lenses, because the drops do not irritate the eye.", set()),
        ("How to use it", "Zorbavir drops are preservative-free, so nothing builds up in soft contact lenses.", set()),
        (
            "Warnings",
            "Unlike zorbavir, timolol drops contain a preservative that soaks into soft contact lenses.",
            set(),
        ),
        (
            "How to use it",
            "Zorbavir tablets are absorbed from the gut, so contact lens wearers need not remove them.",
            set(),
        ),
        # a later clause outside the warnings speaks of the illness; a side effect is no group
        ("Uses", "Zorbavir treats gout, and kidney disease makes gout attacks more likely.", set()),
        ("Side effects", "Nausea is common; dizziness can get worse when you stand up quickly.", set()),
        # a benefit is no harm
        ("Warnings", "In heart failure, zorbavir works more strongly than digoxin and is often preferred.", set()),
        ("Warnings", "In liver disease, zorbavir is often chosen because it does less damage than older drugs.", set()),
    ],
)
def test_warnings_the_review_of_the_round_found_misread(heading: str, body: str, populations: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading=heading), "risk_population")}
    assert found == populations


@pytest.mark.parametrize(
    "body",
    [
        "Athletes and people who play sport use zorbavir gel for muscle pain.",
        "Zorbavir is taken by people who travel to prevent travellers' diarrhoea.",
    ],
)
def test_uses_of_people_named_by_what_they_do_stay_uses(body: str) -> None:
    assert facts(monograph(body, heading="Uses"), "indication")
