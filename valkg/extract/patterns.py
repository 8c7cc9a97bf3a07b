"""The data the rules are written in, and the patterns several kinds of claim share.

Cue patterns are read from ``cues.tsv`` (``cue(name)``), curation rules from ``disputes.tsv``,
WHO INN stems from ``inn_stems.txt`` and the generic names of common medicines from
``lexicon/medicine_names.txt`` (all under ``valkg/data``), each once. ``entity_of`` and
``unmapped`` make the entities of claims: from a lexicon term, or from the text alone.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from valkg import recache
from valkg.claims import Dispute, Entity
from valkg.lexicon import Term, slugify
from valkg.resources import read_text, read_tsv


@cache
def _cue_patterns() -> dict[str, str]:
    return {row["name"]: row["pattern"] for row in read_tsv("cues.tsv")}


@cache
def cue(name: str) -> re.Pattern[str]:
    """The compiled cue pattern ``name`` from ``cues.tsv``."""
    return recache.compile(_cue_patterns()[name], re.I)


@cache
def _dispute_rules() -> tuple[tuple[str, re.Pattern[str], Dispute], ...]:
    return tuple(
        (
            row["applies_to"],
            recache.compile(row["pattern"], re.I | re.S),
            Dispute(row["id"], row["note"], row["reason"], row["reference"]),
        )
        for row in read_tsv("disputes.tsv")
    )


@cache
def _inn_stems() -> tuple[str, ...]:
    lines = read_text("data", "inn_stems.txt").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _medicine_names() -> frozenset[str]:
    """Generic names of common medicines (``lexicon/medicine_names.txt``): words that name another medicine."""
    lines = read_text("data", "lexicon/medicine_names.txt").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def names_a_medicine(words: str) -> bool:
    """Whether ``words`` hold a generic medicine name ("lithium", "a glyceryl trinitrate spray")."""
    lowered = re.sub(r"\bst\.\s*", "st ", words.lower().replace("\u2019", "'"))  # ("St. John's wort")
    tokens = re.findall(r"[a-z][a-z-]*", lowered)  # ("warfarin's effect": warfarin)
    names = _medicine_names()
    with_apostrophes = re.findall(r"[a-z][a-z-]*(?:'[a-z]+)?", lowered)  # "st john's wort"
    return (
        any(t in names for t in tokens)
        or any(f"{a} {b}" in names for a, b in pairwise(tokens))
        or any(" ".join(with_apostrophes[i : i + 3]) in names for i in range(len(with_apostrophes) - 2))
    )


def entity_of(term: Term) -> Entity:
    return Entity(term.kind, term.slug, term.label, term.identifiers, term.in_lexicon, term.related)


def unmapped(kind: str, label: str) -> Entity:
    """An entity named only by the text (no lexicon entry)."""
    label = " ".join(label.split())
    return Entity(kind, slugify(label), label.lower() if not label.isupper() else label, (), False)


# Patterns written here rather than in ``cues.tsv`` that the rules of more than one kind of claim read.

#: the medicine a condition names ("HIV medicines", "blood pressure tablets"), after the condition
_MEDICINE_FOR = recache.compile(r"\s+(?:medicines?|medications?|drugs?|tablets?|pills?)\b", re.I)

#: "in adults with gout": the patients a use is for
_FOR_PATIENTS = recache.compile(
    r"\b(?:in|for)\s+(?:people|patients|adults|children|women|men)\s+(?:with|who have)\b", re.I
)

#: a list line's verb in the third person, and the same verb after "if you"
_SECOND_PERSON = {"is": "are", "has": "have", "takes": "take", "drinks": "drink", "uses": "use", "smokes": "smoke"}
_THIRD_PERSON = recache.compile(r"^(?:is|has|takes|drinks|uses|smokes)\b", re.I)


def second_person(line: str) -> str:
    """A list line in the third person ("- is over 65", under "a resident who:") as after "if you"."""
    return _THIRD_PERSON.sub(lambda m: _SECOND_PERSON[m.group().lower()], line, count=1)


_LINE_VERB = recache.compile(
    r"(?:(?:already|also|still)\s+)?(?:have (?:never |ever |recently )?had|have|take|are taking|are|use|drink|"
    r"suffer from)\s+(?=\S)",
    re.I,
)

_SEEK_HELP = recache.compile(
    r"\b(?:call|phone|ring|contact)\s+(?:us|911|999|112|111|NHS\s+111|an ambulance|your doctor|a doctor|your GP"
    r"|the GP)\b"
    r"|\bstop\s+(?:taking|using)\s+(?:it|this\s+medicine|[\w-]+)\s+and\s+(?:call|phone|ring|contact|see|tell|get|seek)\b"
    r"|\b(?:get|seek)\s+(?:emergency|urgent|immediate|medical)\s+(?:medical\s+)?(?:help|care|attention)\b"
    r"|\btell\s+(?:your|a)\s+doctor\s+(?:right\s+away|immediately|at\s+once|straight\s+away)\b"
    r"|\bstop\s+taking\b[^.:]*\b(?:right away|at once|immediately)\b",
    re.I,
)

#: advice to seek help that ends just before a phrase ("Call your doctor immediately if you have ...")
_SEEK_HELP_BEFORE = recache.compile(rf"(?:{_SEEK_HELP.pattern})[\w\s,]{{0,30}}$", re.I)
