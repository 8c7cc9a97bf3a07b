"""Measure extraction against gold annotations: precision, recall and F1 per category.

The predictions are read from each monograph's graph with the packaged named
queries (so the evaluation also tests the public query contract).  Names are
compared after the lexicon's normalisation (case, plurals, determiners; "and"
and "or" alike, since "people taking A and B" and "people taking A or B" are
one group), and a predicted entity matches a gold item when its label or any
of its lexicon synonyms equals one of the item's accepted names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from valkg.errors import InputError

CATEGORIES = (
    "prodrug",
    "indications",
    "forms available",
    "forms unavailable",
    "doses",
    "adverse effects",
    "risk populations",
)

_MASS_IN_MG = {
    "mg": Decimal(1),
    "g": Decimal(1000),
    "ug": Decimal("0.001"),
    "mcg": Decimal("0.001"),
}


@dataclass
class Score:
    """Counts for one category."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.missed += other.missed
        self.spurious += other.spurious


def _normal(name: str) -> tuple[str, ...]:
    """A name compared the lexicon's way; "prevention of X" is X (the intent is not scored)."""
    from valkg.lexicon import tokens

    # "people taking A and B" and "people taking A or B" name one group: coordinators are one
    # token; so are "another" and "other" ("aspirin or another NSAID")
    words = tuple(_SAME_WORD.get(t, t) for t, _, _ in tokens(name) if t not in _POSSESSIVES)
    if words[1:3] == ("taking", "other"):
        words = (words[0], "taking", *words[3:])  # "people taking other medicines that ..." are those taking them
    if words and words[0] in ("patient", "person", "individual", "those", "anyone"):
        words = ("people", *words[1:])  # "patients on dialysis" is "people on dialysis"
    for when in (("before",), ("previously",), ("in", "past")):  # ("the" is no token)
        if len(words) > len(when) + 1 and words[-len(when) :] == when:
            words = words[: -len(when)]  # "people who have had angioedema before": those who have had it
    for intent in (("prevention", "of"), ("treatment", "of")):
        if words[:2] == intent and len(words) > 2:
            return words[2:]
    return words


_SAME_WORD = {"or": "and", "another": "other"}
#: a possessive is a determiner like "the": "blood in their stools" is "blood in the stools"
_POSSESSIVES = frozenset({"their", "your", "his", "her", "its"})


def _names_of(label: str, kind: str) -> set[tuple[str, ...]]:
    """A predicted label and, when the lexicon knows it, all its synonyms."""
    from valkg.lexicon import load_lexicon

    names = {_normal(label)}
    term = load_lexicon().lookup(kind, label)
    if term is not None:
        names.update(_normal(s) for s in (term.label, *term.synonyms))
    if kind == "population":
        names |= _defined_by(names)  # the gold may name a group by what defines it ("lithium")
    return names


def _defined_by(names: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """What defines each group named "people with X", "people taking X": X."""
    return {name[len(lead) :] for name in names for lead in _DEFINING_LEADS if name[: len(lead)] == lead} - {()}


_DEFINING_LEADS = (
    ("people", "with"),
    ("people", "taking"),
    ("people", "on"),
    ("people", "whose"),  # "people whose blood pressure is high when lying down": "blood pressure is ..."
    ("people", "who", "have", "taken"),  # "people who have taken an MAO inhibitor": "MAO inhibitor"
    ("people", "who", "have", "had"),  # "people who have had kidney disease": "kidney disease"
)


_COORDINATION = re.compile(r",|\b(?:or|and)\b")
_DETERMINER = re.compile(r"^(?:another|other|an?|the)\s+", re.I)
_COORDINATED_GROUP = re.compile(r"^(people (?:taking|with|on|allergic to|who have had|who have|who drink)) (.+)$", re.I)


def _group_parts(label: str, kind: str) -> set[tuple[str, ...]]:
    """The groups a coordinated population names one by one ("people taking warfarin or another
    blood thinner": people taking warfarin, people taking blood thinners).

    The gold writes such a phrase as one item with each part among its names; a prediction that
    words the whole phrase differently still names its parts.
    """
    group = _COORDINATED_GROUP.match(label) if kind == "population" else None
    if group is None:
        return set()
    items = [i for i in re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", group.group(2)) if i]
    if len(items) < 2:
        return set()
    parts = {_normal(group.group(1) + " " + _DETERMINER.sub("", item)) for item in items}
    return parts | _defined_by(parts)  # (each part also by what defines it, as a whole label is)


P = TypeVar("P")
G = TypeVar("G")


def _one_to_one(
    predicted: Sequence[tuple[str, P]],
    gold: Sequence[tuple[str, G]],
    tests: Sequence[Callable[[P, G], bool]],
    document: str,
    part_of: Callable[[P, tuple[str, G]], bool] | None = None,
) -> Score:
    """Pair predictions with gold items one-to-one, the strictest test first.

    A prediction that matches exactly is paired before a looser one may take its gold item
    ("50 to 70 mg" pairs with the 50-70 mg range, leaving "maximum 70 mg" to the 70 mg limit).
    A prediction left over that ``part_of`` finds to name one part of a gold item already
    paired is that item again, neither right nor wrong.
    """
    score = Score()
    remaining = list(gold)
    unpaired = list(predicted)
    for same in tests:
        still = []
        for name, key in unpaired:
            hit = next((g for g in remaining if same(key, g[1])), None)
            if hit is not None:
                remaining.remove(hit)
                score.true_positives += 1
            else:
                still.append((name, key))
        unpaired = still
    if part_of is not None:
        paired = [g for g in gold if g not in remaining]
        unpaired = [(name, key) for name, key in unpaired if not any(part_of(key, g) for g in paired)]
    score.false_positives = len(unpaired)
    score.spurious = [f"{document}: {name}" for name, _ in unpaired]
    score.false_negatives = len(remaining)
    score.missed = [f"{document}: {name}" for name, _ in remaining]
    return score


def match(predicted: Iterable[str], gold: Sequence[Sequence[str]], kind: str, document: str) -> Score:
    """Score predicted labels against gold items (each a list of accepted names), one-to-one.

    Population names are compared in the canonical wording the extractor gives its groups
    ("anyone with a penicillin allergy" is "people allergic to penicillin").
    """
    from valkg.extract import canonical_population

    canonical = canonical_population if kind == "population" else str

    def whole(names: tuple[set[tuple[str, ...]], set[tuple[str, ...]]], accepted: set[tuple[str, ...]]) -> bool:
        return bool(names[0] & accepted)

    def part(names: tuple[set[tuple[str, ...]], set[tuple[str, ...]]], accepted: set[tuple[str, ...]]) -> bool:
        return bool(names[1] & accepted)

    def another_part(
        names: tuple[set[tuple[str, ...]], set[tuple[str, ...]]], item: tuple[str, set[tuple[str, ...]]]
    ) -> bool:
        # "pregnant women" and "breastfeeding women" for the gold's one "pregnant or breastfeeding women"
        return bool(_COORDINATION.search(item[0])) and whole(names, item[1])

    return _one_to_one(
        [(label, (_names_of(label, kind), _group_parts(label, kind))) for label in sorted(set(predicted))],
        [(item[0], {_normal(canonical(n)) for n in item} | {_normal(n) for n in item}) for item in gold],
        [whole, part],
        document,
        part_of=another_part,
    )


def _gold_purpose(item: Sequence[str]) -> str:
    from valkg.lexicon import tokens

    words = tuple(t for t, _, _ in tokens(item[0]))
    return (
        "prevention"
        if words[:1] in (("prevention",), ("prophylaxis",)) or words[-1:] == ("prevention",)
        else "treatment"
    )


def match_indications(predicted: Iterable[tuple[str, str]], gold: Sequence[Sequence[str]], document: str) -> Score:
    """Indications match on the condition's names, a prediction with the gold item's purpose first.

    A gold item is about prevention when its preferred name says so ("prevention of influenza"
    beside "influenza"); a purpose the gold does not separate still matches.
    """

    def same_purpose(found: tuple[set[tuple[str, ...]], str], expected: tuple[set[tuple[str, ...]], str]) -> bool:
        return bool(found[0] & expected[0]) and found[1] == expected[1]

    def same_condition(found: tuple[set[tuple[str, ...]], str], expected: tuple[set[tuple[str, ...]], str]) -> bool:
        return bool(found[0] & expected[0])

    said: dict[str, set[str]] = {}
    for label, purpose in predicted:
        said.setdefault(label, set()).add(purpose)
    # a condition the text only says the drug is "used for" is one item, of the purpose said elsewhere
    items = sorted(
        (label, purpose) for label, purposes in said.items() for purpose in (purposes - {""} or {"treatment"})
    )
    return _one_to_one(
        [
            (f"prevention of {label}" if purpose == "prevention" else label, (_names_of(label, "condition"), purpose))
            for label, purpose in items
        ],
        [(item[0], ({_normal(n) for n in item}, _gold_purpose(item))) for item in gold],
        [same_purpose, same_condition],
        document,
    )


def _dose_key(minimum: Any, maximum: Any, unit: str) -> tuple[Decimal | None, Decimal, str]:
    factor = _MASS_IN_MG.get(unit)
    base = "mg" if factor is not None else unit
    factor = factor or Decimal(1)
    low = None if minimum is None else (Decimal(str(minimum)) * factor).normalize()
    return low, (Decimal(str(maximum)) * factor).normalize(), base


def match_doses(
    predicted: Iterable[tuple[Decimal | None, Decimal, str]], gold: Sequence[dict[str, Any]], document: str
) -> Score:
    """Doses match on (min, max, unit) in a common unit; an upper limit (``min`` None) pairs with
    the gold's limit first, and a gold limit with a single dose of its value after that."""

    def exact(found: tuple[Decimal | None, Decimal, str], expected: tuple[Decimal | None, Decimal, str]) -> bool:
        return found == expected

    def limit(found: tuple[Decimal | None, Decimal, str], expected: tuple[Decimal | None, Decimal, str]) -> bool:
        return expected[0] is None and found[1:] == expected[1:]

    return _one_to_one(
        [
            (f"{low}-{high} {unit}", _dose_key(low, high, unit))
            for low, high, unit in sorted(
                set(predicted), key=lambda dose: (dose[0] is not None, dose[0] or 0, *dose[1:])
            )
        ],
        [(f"{g.get('min')}-{g['max']} {g['unit']}", _dose_key(g.get("min"), g["max"], g["unit"])) for g in gold],
        [exact, limit],
        document,
    )


def _rows(query: str, graphs: Any) -> list[dict[str, str]]:
    from valkg.query import named_queries, run_query

    results = run_query(named_queries()[query].text, graphs)
    return [
        {v: (t.value if t is not None else "") for v, t in zip(results.variables, row, strict=True)}
        for row in results.rows
    ]


def evaluate_document(monograph: str, gold: dict[str, Any]) -> dict[str, Score]:
    """Scores of one monograph against its gold annotation."""
    from valkg.api import build

    result = build(monograph, check=False)
    if result.error is not None or result.graph is None:
        raise InputError(f"cannot evaluate: {result.error}", source=monograph)
    return _scores([(result.graph_name, result.graph)], gold, Path(monograph).stem)


def _scores(graphs: list[Any], gold: dict[str, Any], name: str) -> dict[str, Score]:
    """Scores of what the named queries find in ``graphs`` (none: everything missed)."""
    forms = _rows("dosage-forms", graphs)
    return {
        "prodrug": match(
            (r["activeFormLabel"] for r in _rows("prodrugs", graphs)),
            [[n] for n in gold.get("prodrug_of", [])],
            "drug",
            name,
        ),
        "indications": match_indications(
            ((r["conditionLabel"], r["purpose"]) for r in _rows("indications", graphs)),
            gold.get("indications", []),
            name,
        ),
        "forms available": match(
            (r["formLabel"] for r in forms if r["available"] == "true"),
            gold.get("forms_available", []),
            "dosage_form",
            name,
        ),
        "forms unavailable": match(
            (r["formLabel"] for r in forms if r["available"] == "false"),
            gold.get("forms_unavailable", []),
            "dosage_form",
            name,
        ),
        "doses": match_doses(
            (
                (Decimal(r["minDose"]) if r["minDose"] else None, Decimal(r["maxDose"]), r["unit"])
                for r in _rows("doses", graphs)
            ),
            gold.get("doses", []),
            name,
        ),
        "adverse effects": match(
            (r["effectLabel"] for r in _rows("adverse-effects", graphs)),
            [e["names"] for e in gold.get("adverse_effects", [])],
            "condition",
            name,
        ),
        "risk populations": match(
            (r["populationLabel"] for r in _rows("risk-populations", graphs)),
            [p["names"] for p in gold.get("risk_populations", [])],
            "population",
            name,
        ),
    }


@dataclass
class Evaluation:
    """Micro-averaged scores, and the monographs that could not be read (scored as all missed)."""

    scores: dict[str, Score]
    failed: list[str] = field(default_factory=list)


def evaluate(monograph_dir: str, gold_dir: str) -> Evaluation:
    """Micro-averaged scores over every monograph that has a gold file."""
    gold_files = sorted(Path(gold_dir).glob("*.json"))
    if not gold_files:
        raise InputError("no gold annotation files (*.json)", source=gold_dir)
    totals = {category: Score() for category in CATEGORIES}
    failed: list[str] = []
    for gold_file in gold_files:
        text_file = Path(monograph_dir) / (gold_file.stem + ".txt")
        if not text_file.is_file():
            raise InputError(f"gold file has no monograph {text_file.name}", source=str(gold_file))
        try:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise InputError(
                f"invalid JSON: {error.msg}",
                source=str(gold_file),
                where=f"{error.lineno}:{error.colno}",
            ) from None
        try:
            scores = evaluate_document(str(text_file), gold)
        except InputError as error:
            failed.append(str(error))
            scores = _scores([], gold, gold_file.stem)
        for category, score in scores.items():
            totals[category].add(score)
    return Evaluation(totals, failed)


def report(scores: dict[str, Score], *, details: bool = False) -> str:
    """A Markdown table of precision, recall and F1 per category."""
    lines = [
        "| category | precision | recall | F1 | TP | FP | FN |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for category, s in scores.items():
        lines.append(
            f"| {category} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | "
            f"{s.true_positives} | {s.false_positives} | {s.false_negatives} |"
        )
    if details:
        for category, s in scores.items():
            for item in s.spurious:
                lines.append(f"spurious {category}: {item}")
            for item in s.missed:
                lines.append(f"missed {category}: {item}")
    return "\n".join(lines) + "\n"
