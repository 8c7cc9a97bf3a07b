"""Write a synthetic corpus of consumer drug monographs, for the benchmarks.

Usage::

    python benchmarks/generate.py OUTDIR -n N [--seed S]

writes ``OUTDIR/monograph-00000.txt`` ... (N files).  The corpus is a pure
function of ``(N, seed)``: document ``i`` is drawn from its own
``random.Random(f"{seed}:{i}")``, so the first 100 documents of a 10,000-document
corpus are the 100 documents of the 100-document corpus with the same seed.

The documents follow the genre of the bundled valacyclovir (Valtrex) monograph:
title ``Generic (Brand)``, an introduction, "What is X?", "Clinical uses",
"How does X work?", a dosage paragraph, "Taking precautions", a side-effects
paragraph and a closing paragraph.  Drugs are invented names built on real WHO
INN stems (-vir, -pril, -olol, -statin, -cillin, -azole, ...) with invented brand
names; conditions, dosage forms, populations and side effects are labels the
valkg lexicon knows, so every document yields a graph of realistic size (about
as large as the bundled monograph's) that conforms to the shapes.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

# --- vocabulary (every label below is a label or synonym in valkg's lexicon) ----------------


@dataclass(frozen=True)
class Family:
    """A drug class: its INN stem, what it is, what it treats, how it works."""

    stem: str
    roles: tuple[str, ...]
    conditions: tuple[str, ...]
    mechanisms: tuple[str, ...]
    target: str


FAMILIES: tuple[Family, ...] = (
    Family(
        "vir",
        ("antiviral drug", "anti-viral agent", "nucleoside analogue"),
        (
            "cold sores",
            "chickenpox",
            "genital herpes",
            "shingles",
            "herpes virus infection",
            "influenza",
            "hepatitis B",
            "cytomegalovirus infection",
        ),
        (
            "It works by blocking the viral DNA polymerase, which stops the virus from copying itself.",
            "It acts on the infected cells and interferes with the replication of the virus.",
        ),
        "viral infections",
    ),
    Family(
        "pril",
        ("ACE inhibitor", "antihypertensive drug", "blood pressure medicine"),
        ("hypertension", "heart failure", "chronic kidney disease", "myocardial infarction"),
        (
            "It works by blocking the angiotensin-converting enzyme, which relaxes the blood vessels.",
            "It inhibits the production of angiotensin II and so lowers the blood pressure.",
        ),
        "high blood pressure",
    ),
    Family(
        "olol",
        ("beta blocker", "antihypertensive drug", "antiarrhythmic drug"),
        ("hypertension", "angina", "atrial fibrillation", "tachycardia", "migraine", "anxiety"),
        (
            "It works by blocking the beta receptors of the heart, which slows the heart rate.",
            "It acts on the heart and the blood vessels and reduces the workload of the heart.",
        ),
        "heart conditions",
    ),
    Family(
        "statin",
        ("statin", "lipid-lowering drug", "cholesterol-lowering medicine"),
        ("high cholesterol", "hyperlipidemia", "heart disease", "stroke"),
        (
            "It works by inhibiting an enzyme in the liver, which reduces the production of cholesterol.",
            "It blocks the HMG-CoA reductase enzyme and lowers the level of cholesterol in the blood.",
        ),
        "raised blood fats",
    ),
    Family(
        "cillin",
        ("antibiotic", "antibacterial drug", "antimicrobial agent"),
        (
            "pneumonia",
            "strep throat",
            "sinusitis",
            "urinary tract infection",
            "ear infection",
            "cellulitis",
            "bronchitis",
            "tonsillitis",
        ),
        (
            "It works by blocking the building of the bacterial cell wall, so the bacteria burst.",
            "It kills the bacteria by interfering with the production of their cell wall.",
        ),
        "bacterial infections",
    ),
    Family(
        "azole",
        ("antifungal drug", "antifungal agent", "anti-infective agent"),
        ("fungal infection", "candidiasis", "athlete's foot", "ringworm"),
        (
            "It works by blocking an enzyme that the fungus needs to build its cell membrane.",
            "It inhibits the growth of the fungus by interfering with its cell membrane.",
        ),
        "fungal infections",
    ),
    Family(
        "sartan",
        ("angiotensin II receptor blocker", "antihypertensive drug"),
        ("hypertension", "heart failure", "chronic kidney disease"),
        ("It works by blocking the receptors of angiotensin II, which relaxes the blood vessels.",),
        "high blood pressure",
    ),
    Family(
        "profen",
        ("non-steroidal anti-inflammatory drug", "painkiller", "anti-inflammatory drug"),
        ("pain", "fever", "arthritis", "back pain", "headache", "dysmenorrhea", "muscle pain"),
        ("It works by blocking the production of prostaglandins, which reduces the pain and the swelling.",),
        "pain and inflammation",
    ),
    Family(
        "setron",
        ("antiemetic", "anti-sickness medicine"),
        ("nausea and vomiting", "motion sickness", "nausea"),
        ("It works by blocking serotonin receptors in the gut and in the brain.",),
        "sickness",
    ),
    Family(
        "oxetine",
        ("selective serotonin reuptake inhibitor", "antidepressant"),
        ("depression", "anxiety", "panic disorder", "insomnia"),
        ("It works by blocking the reuptake of serotonin, which increases the level of serotonin in the brain.",),
        "low mood",
    ),
)

# Side effects: (label, adjective clause placed before the list in some sentences).
SIDE_EFFECTS = (
    "nausea",
    "vomiting",
    "diarrhea",
    "constipation",
    "headache",
    "dizziness",
    "rash",
    "itching",
    "abdominal pain",
    "fatigue",
    "drowsiness",
    "insomnia",
    "dry mouth",
    "loss of appetite",
    "confusion",
    "seizures",
    "agitation",
    "hallucinations",
    "tremor",
    "palpitations",
    "hypotension",
    "bradycardia",
    "muscle pain",
    "joint pain",
    "weight gain",
    "hair loss",
    "photosensitivity",
    "blurred vision",
    "tinnitus",
    "anemia",
    "neutropenia",
    "thrombocytopenia",
    "hepatitis",
    "jaundice",
    "pancreatitis",
)
SERIOUS_SIDE_EFFECTS = (
    "anaphylaxis",
    "angioedema",
    "Stevens-Johnson syndrome",
    "toxic epidermal necrolysis",
    "liver failure",
    "lactic acidosis",
    "rhabdomyolysis",
    "agranulocytosis",
    "thrombotic thrombocytopenic purpura",
    "serotonin syndrome",
    "QT prolongation",
)
# Body systems named by the "can affect the X and can cause ..." sentence, with their side effects.
SYSTEM_EFFECTS = {
    "brain": ("confusion", "seizures", "agitation", "dizziness", "tremor", "hallucinations"),
    "liver": ("hepatitis", "jaundice", "elevated liver enzymes"),
    "stomach": ("nausea", "vomiting", "abdominal pain", "indigestion"),
    "skin": ("rash", "itching", "photosensitivity", "urticaria"),
    "heart": ("palpitations", "bradycardia", "tachycardia"),
    "blood": ("anemia", "neutropenia", "bleeding", "bruising"),
}
FORMS = (
    "tablets",
    "capsules",
    "oral suspension",
    "oral solution",
    "syrup",
    "chewable tablets",
    "extended-release tablets",
    "eye drops",
    "cream",
    "ointment",
    "nasal spray",
    "inhaler",
    "suppositories",
    "transdermal patch",
    "lozenges",
    "effervescent tablets",
)
NEGATED_FORMS = (
    "injectable form",
    "intravenous form",
    "cream",
    "ointment",
    "nasal spray",
    "suppository",
    "transdermal patch",
)
# A negated form must not be one of the forms the document says are available.
_SAME_FORM = {"suppository": "suppositories"}
# Risk populations and the kidney/liver/heart problem the precaution warns about.
POPULATIONS = (
    "elderly patients",
    "children",
    "pregnant women",
    "breastfeeding mothers",
    "people with kidney problems",
    "people with liver problems",
    "people with heart problems",
    "people with diabetes",
    "people with a history of allergies",
    "people with epilepsy",
    "immunocompromised patients",
    "older adults",
    "infants",
    "adolescents",
)
RISKS = (
    ("kidney function abnormality", "kidney"),
    ("liver damage", "liver"),
    ("bleeding", "blood"),
    ("hypoglycemia", "blood sugar"),
    ("hypotension", "blood pressure"),
    ("QT prolongation", "heart rhythm"),
)
FREQUENCIES = (
    "once a day",
    "twice a day",
    "three times a day",
    "every 8 hours",
    "at bedtime",
    "daily",
)

_ONSETS = (
    "b",
    "c",
    "d",
    "f",
    "g",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "br",
    "cl",
    "dr",
    "pr",
    "tr",
    "qu",
)
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o")
_CODAS = ("", "", "", "n", "r", "l", "s", "x")
_BRAND_ENDINGS = ("ex", "ax", "ia", "on", "ra", "yn", "el", "ix", "ade", "ene", "ora", "ity")


def _syllable(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)


def invent_generic(rng: random.Random, stem: str) -> str:
    """A generic (INN-like) name: two or three invented syllables and a real INN stem."""
    body = "".join(_syllable(rng) for _ in range(rng.randint(2, 3)))
    if body[-1] in "aeiou" and stem[0] in "aeiou":
        body = body[:-1]
    return body + stem


def invent_brand(rng: random.Random) -> str:
    """A brand name: capitalised, one or two syllables and a brand-like ending (no INN stem)."""
    body = "".join(_syllable(rng) for _ in range(rng.randint(1, 2)))
    return (body.rstrip("aeiou") + rng.choice(_BRAND_ENDINGS)).capitalize()


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _dose_range(rng: random.Random) -> str:
    """A dose range in one of the genre's forms ("between 250 mg and 500 mg", "500 mg to 1 g")."""
    kind = rng.randrange(3)
    if kind == 0:
        low = rng.choice((100, 125, 200, 250, 400))
        return f"between {low} mg and {low * 2} mg"
    if kind == 1:
        return f"from {rng.choice((250, 500, 750))} mg to {rng.choice((1, 2))} g"
    low = rng.choice((5, 10, 20))
    return f"from {low} to {low * 4} mg {rng.choice(FREQUENCIES)}"


def _dose(rng: random.Random) -> str:
    """A single dose ("10 mg once a day", "up to 3 g a day")."""
    if rng.random() < 0.7:
        return f"{rng.choice((2.5, 5, 10, 20, 40, 80, 250, 500))} mg {rng.choice(FREQUENCIES)}"
    return f"up to {rng.choice((1, 2, 3, 4))} g a day"


def monograph(rng: random.Random) -> str:
    """One synthetic monograph."""
    family = rng.choice(FAMILIES)
    generic = invent_generic(rng, family.stem)
    brand = invent_brand(rng)
    Generic = generic.capitalize()
    role = rng.choice(family.roles)
    article = "an" if role[0].lower() in "aeiou" else "a"
    conditions = rng.sample(family.conditions, k=rng.randint(2, min(4, len(family.conditions))))
    forms = rng.sample(FORMS, k=rng.randint(2, 4))
    negated = rng.choice([f for f in NEGATED_FORMS if _SAME_FORM.get(f, f) not in forms])
    effects = rng.sample(SIDE_EFFECTS, k=rng.randint(3, 6))
    serious = rng.sample(SERIOUS_SIDE_EFFECTS, k=rng.randint(1, 2))
    system = rng.choice(sorted(SYSTEM_EFFECTS))
    system_effects = rng.sample(SYSTEM_EFFECTS[system], k=min(3, len(SYSTEM_EFFECTS[system])))
    populations = rng.sample(POPULATIONS, k=rng.randint(1, 3))
    risk, organ = rng.choice(RISKS)

    paragraphs = [f"{Generic} ({brand})"]
    paragraphs.append(
        f"Medicines for {family.target} are among the ones prescribed most often in clinical "
        "practice. "
        f"Different medicines are available and one such medicine is {brand}. "
        f"In this article, we shall briefly review what {brand} is and talk about how it works."
    )
    paragraphs.append(f"What is {generic}?")
    curative = rng.random() < 0.5
    paragraphs.append(
        f"{Generic}, i.e. generic {brand}, is {article} {role}. "
        f"It is used in the treatment of {family.target} and is particularly effective in the "
        "management of "
        f"{conditions[0]}. "
        + (
            "As a treatment however, it is not curative but offers protection by reducing the "
            "symptoms that a patient experiences."
            if curative
            else "It helps to reduce the severity of the symptoms and to shorten the duration of the illness."
        )
    )
    paragraphs.append("Clinical uses")
    paragraphs.append(
        f"{Generic} i.e. {brand} has a clinical application in the management of {family.target}. "
        f"Typically, the treatment is used for {_join(conditions)}."
    )
    paragraphs.append(f"How does {rng.choice((generic, brand))} work?")
    paragraphs.append(
        f"After {brand} is taken, it is absorbed from the gut and reaches the tissues where it "
        "is needed. " + rng.choice(family.mechanisms)
    )
    paragraphs.append(
        f"The dosage of {brand} ranges {_dose_range(rng)}. "
        f"For adults the usual dose is {_dose(rng)}. "
        f"{_join([f.capitalize() if i == 0 else f for i, f in enumerate(forms)])} are available, "
        f"and there is no {negated} available as of yet."
    )
    paragraphs.append("Taking precautions")
    population_text = _join(populations)
    paragraphs.append(
        f"The use of {brand} has been reported to cause {risk}. "
        f"In particular, this is prevalent in {population_text} and therefore extra care must be "
        "taken "
        f"when prescribing {brand} to these patients. "
        f"In patients taking other medications that can affect the {organ}, {brand} must be used "
        "with caution."
    )
    paragraphs.append(
        f"There are certain side-effects with {brand} that both the patient and the physician "
        "must be aware of. "
        f"Common side effects include {_join(effects)}. "
        f"Amongst the most serious side-effects, {_join(serious)} has been reported. "
        f"The drug can also affect the {system} and can cause {_join(system_effects)}."
    )
    paragraphs.append(
        f"In the event of development of side-effects, {generic} must be stopped and an "
        "alternative therapy "
        f"must be commenced in order to obtain adequate clinical effect."
    )
    paragraphs.append(
        f"{brand} i.e. {generic} is a commonly prescribed {role} that is effective against "
        f"{family.target}. "
        "Patients and doctors must both be aware of the side-effects associated with the drug "
        "and the recommended dosage."
    )
    return "\n\n".join(paragraphs) + "\n"


def document(seed: int, index: int) -> str:
    """Document ``index`` of the corpus drawn with ``seed`` (independent of the corpus size)."""
    return monograph(random.Random(f"{seed}:{index}"))


def generate(outdir: str | Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` monographs into ``outdir`` (created if missing); returns their paths."""
    folder = Path(outdir)
    folder.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(n - 1)))
    paths = []
    for index in range(n):
        path = folder / f"monograph-{index:0{width}d}.txt"
        path.write_text(document(seed, index), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Deterministic from --seed.")
    parser.add_argument("outdir", help="folder to write the monographs into (created if missing)")
    parser.add_argument("-n", type=int, default=10, help="number of monographs (default 10)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("-n must be at least 1")
    paths = generate(args.outdir, args.n, args.seed)
    print(f"wrote {len(paths)} monographs to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
