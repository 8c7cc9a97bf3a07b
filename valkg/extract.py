"""Extract claims from a monograph: rules for the genre, not for one article.

The drug and its brand are read from the title (``Generic (Brand)``), the
"What is X?" heading or the lexicon; every other entity comes from the
lexicon or, in a recognised slot such as a side-effect list, from the text
itself (marked as not in the lexicon).  Cue patterns live in ``cues.tsv``,
negation and hedging come from ConText (``valkg.context``), curation rules
from ``disputes.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise
from typing import ClassVar

from valkg import context
from valkg.claims import (
    Claim,
    ClaimObject,
    Count,
    Dispute,
    DoseRange,
    Entity,
    Evidence,
    Flag,
    Text,
)
from valkg.errors import InputError
from valkg.lexicon import Lexicon, Mention, Term, load_lexicon, singular, slugify, tokens
from valkg.reader import Monograph, Sentence
from valkg.resources import read_text, read_tsv


@dataclass
class Extraction:
    """What was extracted from one monograph."""

    monograph: Monograph
    drug: Entity
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def entities(self) -> list[Entity]:
        """Every entity named by a claim, sorted by kind and slug."""
        found: dict[tuple[str, str], Entity] = {(self.drug.kind, self.drug.slug): self.drug}
        for claim in self.claims:
            for entity in (claim.subject, claim.object, claim.body_system, claim.risk):
                if isinstance(entity, Entity):
                    found.setdefault((entity.kind, entity.slug), entity)
        return [found[key] for key in sorted(found)]


@cache
def _cue_patterns() -> dict[str, str]:
    return {row["name"]: row["pattern"] for row in read_tsv("cues.tsv")}


@cache
def cue(name: str) -> re.Pattern[str]:
    """The compiled cue pattern ``name`` from ``cues.tsv``."""
    return re.compile(_cue_patterns()[name], re.I)


@cache
def _dispute_rules() -> tuple[tuple[str, re.Pattern[str], Dispute], ...]:
    return tuple(
        (
            row["applies_to"],
            re.compile(row["pattern"], re.I | re.S),
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
    tokens = re.findall(r"[a-z][a-z-]*", words.lower())
    names = _medicine_names()
    return any(t in names for t in tokens) or any(f"{a} {b}" in names for a, b in pairwise(tokens))


def entity_of(term: Term) -> Entity:
    return Entity(term.kind, term.slug, term.label, term.identifiers, term.in_lexicon, term.related)


def unmapped(kind: str, label: str) -> Entity:
    """An entity named only by the text (no lexicon entry)."""
    label = " ".join(label.split())
    return Entity(kind, slugify(label), label.lower() if not label.isupper() else label, (), False)


# --- the drug ---------------------------------------------------------------

#: "Zorbix (zorbatinib)", "Zorbix® (zorbatinib) 10 mg tablets": two names, then perhaps a strength and form
_TITLE_PAIR = re.compile(
    r"^\s*(?P<a>(?:[^():\s\u00ae\u2122]+\s+){0,4}?[^():\s\u00ae\u2122]+)\s*[\u00ae\u2122]?\s*\((?P<b>[^()]+)\)\s*(?P<rest>(?:[\d.,]+\s*(?:mg|g|mcg|micrograms?|%)\s*)?"
    r"(?:[a-z-]+\s*){0,3})$"
)
_WHAT_IS = re.compile(
    r"^\s*what (?:is|are) (?P<name>[\w-]+(?: [\w-]+)?)\s*\??\s*$"
    # the first section of a patient leaflet: "1. What candesartan cilexetil is and what it is used for"
    r"|^\s*(?:\d+\.\s*)?what (?P<leaflet>[\w-]+(?: [\w-]+){0,2}) (?:is|are) and what (?:it is|they are) used for\s*$",
    re.I,
)
_VITAMIN = re.compile(r"vitamin\s+[a-z]\d*$", re.I)
#: the parts of a title ("Albendazole tablets: information for the patient")
_TITLE_PARTS = re.compile(r"\s*(?::|\s[-\u2013\u2014|]\s)\s*")
#: a strength in a product's name ("400 mg", "0.5%")
_STRENGTH = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|micrograms?|milligrams?|ml|%)(?:/\w+)?(?!\w)", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|/|\bor\b|\band\b)\s*")
_BRAND_PATTERNS = (
    re.compile(
        r"\bbrand(?:ed)?\s+names?\s+(?:is\s+|are\s+|include\s+|includes\s+|such as\s+|like\s+|of\s+)?"
        r"(?P<names>[A-Z][\w-]+(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\w-]+)*)"
    ),
    re.compile(
        r"\b(?:sold|marketed|available)\s+(?:under\s+the\s+(?:brand\s+|trade\s+)?names?\s+|as\s+)(?P<names>[A-Z][\w-]+(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\w-]+)*)"
    ),
)

#: a medicine sold under a name per country: the sentence to its end
_SOLD_AS_PER_COUNTRY = re.compile(r"\b(?:sold|marketed)\s+as\s+[A-Z][\w-]+\s+in\s+[^.;]*")


def _looks_generic(name: str, text: str, lexicon: Lexicon) -> bool | None:
    if lexicon.lookup("drug", name):
        return True
    if lexicon.lookup("brand", name):
        return False
    if names_a_medicine(name) or _VITAMIN.match(name):
        return True  # a generic name the list of medicines knows; a vitamin's name is no brand
    lower = name.lower()
    if re.search(rf"(?<=[a-z,;] ){re.escape(lower)}\b", text):
        return True
    if lower.endswith(_inn_stems()):
        return True
    return None


def identify_drug(monograph: Monograph, lexicon: Lexicon) -> tuple[Entity, list[tuple[str, int, int]]]:
    """The drug the monograph is about, and brand names with their offsets."""
    text = monograph.text
    brands: list[tuple[str, int, int]] = []
    generic: str | None = None
    title = monograph.title or ""
    title_start = monograph.title_start or 0
    pair = _TITLE_PAIR.match(title)
    if pair:
        first = pair.group("a")
        others = [n for n in _NAME_SPLIT.split(pair.group("b")) if n]
        first_generic = _looks_generic(first, text, lexicon)
        other_generic = [_looks_generic(n, text, lexicon) for n in others]
        if first_generic is False or (first_generic is None and any(other_generic)):
            generic = next((n for n, g in zip(others, other_generic, strict=True) if g), others[0])
            brand_names = [first]
        elif first_generic and len(others) == 1 and other_generic[0] and not lexicon.lookup("brand", others[0]):
            # "Vitamin K (phytomenadione)": two generic names, no brand; the medicine's own name
            # is the one the list of medicines knows
            own = names_a_medicine(others[0]) and not names_a_medicine(first)
            generic, brand_names = (others[0] if own else first), []
        else:
            generic, brand_names = first, others
        for name in brand_names:
            position = title.find(name)
            brands.append((name, title_start + position, title_start + position + len(name)))
    if generic is None:
        generic = _generic_from_headings(monograph, lexicon) or _generic_from_title(title, monograph.text, lexicon)
    if generic is None:
        generic = _generic_from_text(monograph.text)
    if generic is None:
        counts: dict[str, int] = {}
        for sentence in monograph.sentences:
            for mention in lexicon.find("drug", sentence.text):
                counts[mention.term.slug] = counts.get(mention.term.slug, 0) + 1
        if counts:
            best = max(sorted(counts), key=lambda slug: counts[slug])
            term = lexicon.get("drug", best)
            generic = term.label if term else best
        else:
            generic = _generic_by_name(monograph.text)
        if generic is None:
            raise InputError("no drug named in the title, headings or text", source=monograph.source)
    term = lexicon.lookup("drug", generic)
    if term is None:
        # "Amlodipine tablets", "Tazarotene topical": the drug, not its dosage form or route
        generic = _without_form(generic, lexicon)
        term = lexicon.lookup("drug", generic)
    drug = entity_of(term) if term else unmapped("drug", generic)
    for name, start, end in [*_brands_in_text(monograph), *_brands_beside(text, drug.label)]:
        if name.lower() != drug.label.lower() and all(name != b[0] for b in brands):
            brands.append((name, start, end))
    for brand_term in lexicon.brands_of(drug.slug):
        for match in re.finditer(rf"\b{re.escape(brand_term.label)}\b", text):
            if all(brand_term.label != b[0] for b in brands):
                brands.append((brand_term.label, match.start(), match.end()))
            break
    return drug, brands


def _brands_beside(text: str, generic: str) -> Iterator[tuple[str, int, int]]:
    """Brand names written beside the generic one: "Zorbix (zorbatinib)", "zorbatinib (Zorbix)"."""
    name = re.escape(generic)
    pattern = (
        rf"\b(?P<a>[A-Z][a-z][A-Za-z0-9-]+|[A-Z]{{4,}})[\u00ae\u2122]?\s*(?:\([a-z-]+\)\s*)?\(\s*(?i:{name})\s*\)"
        rf"|\b(?i:{name})\s*\(\s*(?P<b>[A-Z][a-z][A-Za-z0-9-]+)[\u00ae\u2122]?\s*\)"
    )
    for match in re.finditer(pattern, text):
        group = "a" if match.group("a") else "b"
        yield match.group(group), match.start(group), match.end(group)


def _generic_from_headings(monograph: Monograph, lexicon: Lexicon) -> str | None:
    for section in monograph.sections:
        match = _WHAT_IS.match(section.heading or "")
        if match:
            name = match.group("name") or match.group("leaflet")
            # "What is ZORBIX?" over "ZORBIX (zor-bix) (zorbatinib) tablets": the brand's generic name
            beside = re.search(
                rf"\b{re.escape(name)}\b[\u00ae\u2122]?\s*(?:\([^()]*\)\s*)?"
                r"\((?P<generic>[a-z][\w-]+(?: [a-z][\w-]+)?)\)",
                monograph.text,
                re.I,
            )
            if beside and not name.islower() and _looks_generic(beside.group("generic"), monograph.text, lexicon):
                return beside.group("generic")
            if _looks_generic(name, monograph.text, lexicon) is not False and _is_medicine(
                name, monograph.text, lexicon
            ):
                return name
    return None


def _generic_from_title(title: str, text: str, lexicon: Lexicon) -> str | None:
    mentions = lexicon.find("drug", title)
    if mentions:
        return mentions[0].term.label
    # "Albendazole 400 mg tablets: information for the patient": each part of the title, without
    # its strength and its dosage form
    for part in _TITLE_PARTS.split(title):
        name = _without_form(_STRENGTH.sub(" ", part).strip(), lexicon)
        words = name.split()
        # a word or two that the text uses again, or calls a medicine, names the drug
        used_again = len(re.findall(rf"\b{re.escape(name)}\b", text, re.I)) > 1
        if (
            1 <= len(words) <= 2
            and all(w[:1].isalpha() for w in words)
            and (used_again or _is_medicine(name, text, lexicon))
            and not cue("leaflet_words").search(name)
        ):
            return name
    return None


def _without_form(name: str, lexicon: Lexicon) -> str:
    """A product's name without the dosage forms and routes at its end ("Zorbavir oral tablets")."""
    while True:
        forms = lexicon.find("dosage_form", name) + lexicon.find("route", name)
        last = max(forms, key=lambda m: m.end, default=None)
        if last is None or last.end != len(name) or not name[: last.start].strip():
            return name
        name = name[: last.start].strip()


def _generic_by_name(text: str) -> str | None:
    """The medicine named most often, by its generic name or its stem: the last resort."""
    counts: dict[str, int] = {}
    for word in re.findall(r"\b[A-Za-z][a-z-]{4,}\b", text):
        lower = word.lower()
        if lower in _medicine_names() or lower.endswith(_inn_stems()):
            counts[lower] = counts.get(lower, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda name: counts[name])


def _generic_from_text(text: str) -> str | None:
    """With no title or headings to go by: the name most often used, that the text calls a medicine."""
    said = re.compile(r"\b(?P<name>[A-Za-z][\w-]{3,})" + cue("medicine_predicate").pattern, re.I)
    names = {m.group("name").lower() for m in said.finditer(text)} - _NOT_DRUG_NAMES
    if not names:
        return None
    counts = {name: len(re.findall(rf"\b{re.escape(name)}\b", text, re.I)) for name in sorted(names)}
    best = max(counts, key=lambda name: counts[name])
    # "Candesartan cilexetil is ...": a two-word name when the word before is nearly always the same
    before = [w.lower() for w in re.findall(rf"\b([A-Za-z][\w-]{{3,}})\s+{re.escape(best)}\b", text, re.I)]
    common = max(sorted(set(before)), key=before.count, default=None)
    if common and common not in _NOT_DRUG_NAMES and before.count(common) >= 0.8 * counts[best]:
        return f"{common} {best}"
    return best


#: Words that stand where a drug's name would in "X is a medicine" without being one.
_NOT_DRUG_NAMES = frozenset({"this", "that", "which", "what", "there", "here", "also", "often", "usually"})


def _is_medicine(name: str, text: str, lexicon: Lexicon) -> bool:
    """Whether the text treats ``name`` as a medicine (lexicon, INN stem, or how it speaks of it)."""
    if lexicon.lookup("drug", name) or lexicon.lookup("brand", name) or name.lower().endswith(_inn_stems()):
        return True
    said = rf"\b{re.escape(name)}\b(?:{cue('medicine_predicate').pattern}|{cue('medicine_dosage_noun').pattern})"
    return bool(re.search(said, text, re.I))


def _brands_in_text(monograph: Monograph) -> Iterator[tuple[str, int, int]]:
    for pattern in _BRAND_PATTERNS:
        for match in pattern.finditer(monograph.text):
            names_start = match.start("names")
            for name in re.finditer(r"[A-Z][\w-]+", match.group("names")):
                yield name.group(), names_start + name.start(), names_start + name.end()
    # "sold as Eskazole in the UK, as Albenza in the United States and as Zentel elsewhere"
    for sold in _SOLD_AS_PER_COUNTRY.finditer(monograph.text):
        for name in re.finditer(r"\bas\s+(?P<name>[A-Z][\w-]+)", sold.group()):
            yield name.group("name"), sold.start() + name.start("name"), sold.start() + name.end("name")


# --- sentences ----------------------------------------------------------------


class _Sentence:
    """A sentence with its lexicon mentions and ConText triggers, computed once."""

    def __init__(self, sentence: Sentence, kind: str, lexicon: Lexicon, drug_names: re.Pattern[str]):
        self.sentence = sentence
        self.text = sentence.text
        self.section_kind = kind
        self.lexicon = lexicon
        self.triggers = context.find_triggers(self.text)
        self.drug_mentions = [(m.start(), m.end()) for m in drug_names.finditer(self.text)]
        self._mentions: dict[str, list[Mention]] = {}
        self._clause_bounds: list[int] | None = None

    def clause_bounds(self) -> list[int]:
        """Where the sentence's clauses start and end (computed once: doses ask for each amount)."""
        if self._clause_bounds is None:
            breaks = (m.end() for m in cue("clause_break").finditer(self.text))
            self._clause_bounds = [0, *breaks, len(self.text)]
        return self._clause_bounds

    def mentions(self, kind: str) -> list[Mention]:
        if kind not in self._mentions:
            self._mentions[kind] = self.lexicon.find(kind, self.text)
        return self._mentions[kind]

    def modifiers(self, start: int, end: int) -> frozenset[str]:
        return context.modifiers(self.text, start, end, self.triggers)

    def has(self, cue_name: str) -> bool:
        return cue(cue_name).search(self.text) is not None

    def evidence(self) -> Evidence:
        s = self.sentence
        return Evidence(s.start, s.end, s.text, s.section)


_CLAUSE_END = re.compile(
    r"[.;:!?]|\b(?:which|that|who|when|because|if|but|although|while|whereas|so|therefore|in order|due to)\b",
    re.I,
)
_ITEM_SPLIT = re.compile(
    r"\s*(?:,|\band\b|\bor\b|\bas well as\b|\bincluding\b|\bsuch as\b|\blike\b|\bplus\b"
    r"|\n\s*(?:[-*\u2022]|\d+[.)])?)\s*",  # a new line, with or without a bullet, starts an item
    re.I,
)
#: "used to treat:" then a list: the colon opens the list rather than ending the clause
_LIST_COLON = re.compile(r"\s*:\s*")
#: a name and another name in parentheses ("hydatid disease (cystic echinococcosis)")
_NAMED_AGAIN = re.compile(r"(?P<x>[^()]+?)\s*\([^()]*\)")
#: the first items of a list, each a few words followed by a comma, from the start of a clause
_LIST_HEAD = re.compile(
    r"(?:^|[.;:]\s+|\n[ \t]*)(?P<items>(?:(?!(?i:on|in|at|for|with|after|before|during|when|if|as|by|from|to|of|over|"
    r"under|since|because|although|while|once|then|also|however)\b)[A-Za-z][\w'-]*(?: [\w'-]+){0,3},\s*)+)$"
)
#: a line of an "if you:" list that gives an age ("are 65 years of age or older")
_AGE_LINE = re.compile(
    r"(?:are\s+)?(?:aged\s+)?(?P<n>\d+)\s+(?:years?\s+)?(?:of\s+age\s+|old\s+)?(?:or\s+(?:older|over)|and\s+(?:older|over))",
    re.I,
)
#: a label that is advice leading into a list ("Tell your doctor if you're taking")
_ADVICE_LEAD = re.compile(r"\bif you\b|^(?:tell|ask|check|talk|speak|see)\b", re.I)
#: where a line of a list goes on to explain itself ("diabetes - it can hide the signs of ...")
_LINE_EXPLANATION = re.compile(r"\s+[-\u2013\u2014]\s+|\s*[:;]\s+|,\s+(?:because|as|since|which|so)\b")
#: words before "tablets" or "pills" that make them a kind of medicine ("sleeping tablets", "water pills")
_MEDICINE_KIND_BEFORE = re.compile(
    r"\b(?:sleeping|water|iron|vitamin|calcium|contraceptive|birth[- ]control|slimming|diet|morning-after)\s+$", re.I
)
#: a bulleted line of symptoms, then what they are signs of
_SIGNS_OF_LINE = re.compile(
    r"(?m)^[ \t]*[-*\u2022][ \t]+(?P<signs>[^\n]*?)\s+[-\u2013\u2014]\s+(?:these|this|which|they|it)\s+"
    r"(?:can|may|could|might)?\s*(?:be\s+)?(?:an?\s+)?(?:early\s+|warning\s+)?signs?\s+of\b"
)
_DURATION = re.compile(
    r"\s+(?:many|several|a few|some|long|\d+|one|two|three|four|six|twelve)\s+(?:years?|months?|weeks?|days?|hours?)\b"
    r"|\s+(?:a long time|long periods|longer than)\b",
    re.I,
)
_CAUTION_IN = re.compile(
    r"\b(?:caution|care)\s+(?:is\s+)?(?:needed|required|advised|recommended|should be taken)\s+in\b", re.I
)
_IN_BEFORE = re.compile(r"\bin\s+(?:an?\s+|the\s+)?$", re.I)
_RESEMBLING = re.compile(r"-like\s+[A-Za-z][\w-]*")
_LABELLED_EFFECT_LINE = re.compile(
    r"(?m)^[ \t]*[-*\u2022][ \t]+(?:an?\s+)?(?P<label>[^:\n]{3,40}?)[ \t]*:[ \t]*\S[^\n]*$"
)
_NAMED_LINE = re.compile(
    r"(?m)^[ \t]*[-*\u2022][ \t]+(?P<signs>[^\n(]*?[^\s(])\s*\((?:possible|probable|likely|signs? of|a sign of)?\s*"
    r"(?P<name>[^()\n]{3,60})\)[ \t.;,]*$"
)
#: how far before (or after) an amount the patterns anchored at it look
_LOOK_BACK = 300
#: the label that opens a line of a list ("gum, lozenges and sprays: ")
_LINE_LABEL = re.compile(r"[^:\n]{1,40}:\s*")
#: a word for a kind of effect that a colon then lists ("withdrawal: restlessness, yawning")
_LIST_CATEGORY = re.compile(
    r"\s*(?:(?:a|an|the)\s+)?(?:withdrawal(?:\s+symptoms)?|symptoms|signs|effects|side\s+effects|problems)\s*", re.I
)
#: a text with a bulleted line after its first
_BULLETED = re.compile(r"\n[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]")
#: a bulleted line of a list, and the line break after it
_BULLET_LINE = re.compile(r"[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]+(?P<body>[^\n]*)(?:\r?\n|$)")
_ITEM_LEAD = re.compile(
    r"^(?:(?:a|an|the|some|certain|other|not|severe|mild|serious|rare|occasional|possible|temporary|transient|slight|"
    r"existing|"
    r"also|even|more|very|for|and|or|but|while|whereas|both|either|"
    r"such|as|of|in|with|to|treat|treating|prevent|preventing|manage|managing|control|controlling|"
    r"relieve|relieving|reduce|reducing|help|helping|cases|case|forms?|types?|symptoms?|called|"
    r"known as|named)\s+)+",
    re.I,
)
_ITEM_BAD = re.compile(
    r"\b(?:is|are|be|been|being|can|may|might|has|have|had|will|would|must|should|was|were|do|does|"
    r"it|this|these|those|they|them|their|its|patients?|people|doctors?|physicians?|drugs?|medications?|"
    r"medicines?|treatments?|therapy|dose|doses|dosage|body|number|numerous|time|times|day|days|week|"
    r"weeks|cases?|other|clinical|certain|various|many|several|different|some|all|any|well|also|often|"
    r"then|only|than|about|usually|described|above|below|"
    # places: "sold as Emend for injection in the United States"
    r"united|states|kingdom|europe|america|canada|australia|countries|country)\b",
    re.I,
)
#: Words that cannot be the head (last word) of a new condition or form, or that cannot stand alone.
_HEAD_BAD = re.compile(
    r"(?:^|\s)(?:virus|viruses|bacteria|germs?|brain|kidneys?|liver|heart|skin|stomach|blood|face|lips?|"
    r"tongue|throat|mouth|eyes?|hands?|feet|foot|legs?|arms?|chest|bowel|gut|bladder|lungs?|nose|ears?|"
    r"organs?|tissues?|years?|months?|weight|age|surgery|operation|procedure|serious|rare|common|mild|severe)$"
    r"|^(?:conditions?|diseases?|disorders?|problems?|effects?|symptoms?|illness(?:es)?|infections?)$",
    re.I,
)


def slot_items(text: str, start: int, limit: int | None = None) -> Iterator[tuple[str, int, int]]:
    """Items of a list that starts at ``text[start:]`` and runs to the end of its clause (or ``limit``)."""
    colon = _LIST_COLON.match(text, start)
    if colon:
        start = colon.end()
    if limit is None and colon and "\n" in colon.group() and _BULLET_LINE.match(text, start):
        # "used to treat:\n- hydatid disease (cystic echinococcosis), in which ...": each line is a
        # list of its own, up to the end of its first clause or its parentheses
        while line := _BULLET_LINE.match(text, start):
            label = _LINE_LABEL.match(line.group("body"))  # "- gum and sprays: a sore mouth": after the label
            yield from slot_items(text, line.start("body") + (label.end() if label else 0), line.end("body"))
            start = line.end()
        return
    stop = _CLAUSE_END.search(text, start, limit if limit is not None else len(text))
    if limit is None and stop is not None and stop.group() == ":" and _BULLETED.match(text, stop.end()):
        # "Most people get some irritation in the first weeks:\n- dryness\n- peeling": the lines
        # after the colon are the list
        yield from slot_items(text, stop.start())
    elif (
        limit is None
        and stop is not None
        and stop.group() == ":"
        and _LIST_CATEGORY.fullmatch(text[start : stop.start()])
    ):
        # "causes withdrawal: restlessness, a runny nose and yawning": the list after the colon
        yield from slot_items(text, stop.end())
        return
    end = stop.start() if stop else (limit if limit is not None else len(text))
    cursor = start
    for separator in [*_ITEM_SPLIT.finditer(text, start, end), None]:
        item_end = separator.start() if separator else end
        raw = text[cursor:item_end]
        lead = _ITEM_LEAD.match(raw.strip())
        stripped = raw.strip()[lead.end() :] if lead else raw.strip()
        named = _NAMED_AGAIN.fullmatch(stripped)
        if named:
            stripped = named.group("x")
        if stripped:
            offset = cursor + raw.find(stripped)
            words = stripped.split()
            if (
                1 <= len(words) <= 4
                and all(re.fullmatch(r"[A-Za-z][A-Za-z'-]*", w) for w in words)
                and not _ITEM_BAD.search(stripped)
                and not _HEAD_BAD.search(stripped)
            ):
                yield stripped, offset, offset + len(stripped)
        cursor = separator.end() if separator else end


#: words that end the name of a state a group of people is in ("past drug or alcohol misuse")
_CONDITION_HEADS = frozenset(
    [
        "misuse",
        "abuse",
        "dependence",
        "addiction",
        "disease",
        "problems",
        "problem",
        "disorder",
        "failure",
        "impairment",
        "damage",
        "allergy",
        "allergies",
        "deficiency",
        "history",
    ]
)
#: "With severe kidney disease the drug stays in the body longer"
_WITH_CONDITION = re.compile(
    r"^\s*With\s+(?P<x>(?:[\w'-]+\s+){0,5}?(?:disease|diseases|problems?|failure|impairment|damage|cirrhosis))\b"
)
#: a list at the start of a sentence that makes something more likely ("Asthma or diabetes raise ...")
_CONDITIONS_RAISE = re.compile(
    r"^(?P<list>[^.;:]{3,160}?)\s+(?:can\s+|may\s+|also\s+|all\s+|both\s+)*"
    r"(?:make|makes|raise|raises|increase|increases)\s+(?:the\s+(?:risk|chance)\b|[\w\s-]{2,40}?\s+more\s+likely\b)"
)
#: "Over 65: ...", "- Drivers: ...": a short label, a colon, then what it says of that group
_GROUP_LABEL = re.compile(r"^\s*(?:[-*\u2022]\s+)?(?P<label>[A-Z][\w ,'()/-]{1,120}?)\s*:\s+(?=\S)")
_CLAUSE_STOP = re.compile(r"[;.]")
#: products named just before "used for", in a clause of their own ("the vitamin D ointments used for")
_PRODUCTS_BEFORE = re.compile(
    r"\b(?:the|these|those|other|some)\s+(?:[\w-]+\s+){0,3}?(?:medicines|drugs|ointments|creams|tablets|products|"
    r"treatments|ones|preparations|inhalers|injections)\s+$",
    re.I,
)
_NOT_A_FORM = re.compile(r"(?:generic|cheaper|branded|brand-name|own-brand|combined|combination)\b", re.I)
_PACK_OR_DRINK = re.compile(
    r"(?:\s+(?:and|or)\s+\d[\d.,]*\s*[a-zA-Z]+)?\s+(?:tubes?|packs?|bottles?|sachets?|vials?|cartons?|pots?)\b"
    r"|\s*\)?\s*(?:of\s+)(?:water|fluid|liquid|juice|milk)\b",
    re.I,
)
_SPACED_DASH = re.compile(r"\s+[-\u2013]\s+")
_PER_VOLUME = re.compile(
    r"\s*(?:/|per|in each|in every)\s*(?:\d+\s*)?(?:ml|millilit(?:re|er)s?|lit(?:re|er)s?)\b", re.I
)
_RAISES_RISK = re.compile(
    r"\b(?:raises?|raising|increases?|increasing|boosts?|adds? to)\s+(?:the\s+|your\s+|their\s+)?"
    r"(?:risk|chance)s?\s+of\b",
    re.I,
)
_PROCEDURE_AFTER = re.compile(r"\s+(?:surgery|operations?|removal|replacement|extraction|transplant(?:ation)?)\b", re.I)
_CAUSED_BY_BEFORE = re.compile(
    r"\b(?:caused by|due to|brought on by|resulting from|triggered by)\s+(?:an?\s+|the\s+)?$", re.I
)
#: "in adults with gout": the patients a use is for
_FOR_PATIENTS = re.compile(r"\b(?:in|for)\s+(?:people|patients|adults|children|women|men)\s+(?:with|who have)\b", re.I)
#: after a germ, the clause that names the disease it causes
_CAUSE_OF = re.compile(r"\s+(?:that|which)\s+(?:can\s+|may\s+|often\s+)?caus(?:e|es)\b", re.I)
#: a bulleted line that starts with a label and a colon ("- Stomach and gut: ...")
_LABELLED_LINE = re.compile(r"\n[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]*[A-Za-z][^:\n.]{0,40}:", re.I)
#: after a condition, a word that makes it the name of medicines for it ("HIV medicines", "epilepsy drugs")
_MEDICINE_FOR = re.compile(r"\s+(?:medicines?|medications?|drugs?|tablets?|pills?)\b", re.I)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|can|may|might|will|would|has|have|had|should|must|does|do)\b", re.I)
#: a line of a list, its bullet or number dropped
_LIST_ITEM_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022]|\d+[.)])?[ \t]*(?P<item>[^\n]*?)[ \t;,.]*(?=\n|$)")
_LINE_VERB = re.compile(
    r"(?:have (?:never |ever |recently )?had|have|take|are taking|are|use|drink|suffer from)\s+(?=\S)", re.I
)
#: a clause, not a noun phrase ("Ganciclovir is taken up by cells, where it", "Combined with simvastatin it")
_NOT_A_SUBJECT = re.compile(r"\b(?:you|it|is|are|was|were|has|have|had)\b|^[A-Za-z]+ed\b", re.I)
_VERB_FIRST = re.compile(
    r"(?:take|takes|taken|use|uses|used|given|combined|mixed|have|has|are|is|drink|get|avoid|tell|ask)\b", re.I
)
_BULLET_START = re.compile(r"\s*[-*\u2022][ \t]")
_SEEK_HELP = re.compile(
    r"\b(?:call|phone|ring)\s+(?:911|999|112|an ambulance|your doctor|a doctor)\b"
    r"|\b(?:get|seek)\s+(?:emergency|urgent|immediate|medical)\s+(?:medical\s+)?(?:help|care|attention)\b"
    r"|\bstop\s+taking\b[^.:]*\b(?:right away|at once|immediately)\b",
    re.I,
)
_INACTIVE_PRODUCT = re.compile(r"in(?:active|ert)\b", re.I)
_SAID_INACTIVE = re.compile(
    r"\s*,?\s*(?:which|that)\s+(?:is|are)\s+(?:also\s+|largely\s+|completely\s+)?in(?:active|ert)\b", re.I
)
_ANSWER_NO = re.compile(r"\s*no\b(?!\s+(?:problem|need|dose|change|harm|risk|known|extra|special))", re.I)
#: a reference entry's field that lists groups: "Avoid in: ...; ...", "Interactions: ...; ..."
_FIELD_OF_GROUPS = re.compile(
    r"^\s*(?P<label>avoid in|avoid if|cautions?|use with (?:care|caution) in|do not use in|"
    r"contraindicat(?:ed in|ions)|interactions|interacts with)\s*:\s*(?=\S)",
    re.I,
)
_CODE_NAME = re.compile(r"[A-Z]{1,4}-?\d{3,}[A-Za-z]?")
#: a sentence about the drug as it is taken: "It ...", "The tablet you swallow ...", "What you swallow ..."
_ABOUT_WHAT_IS_TAKEN = re.compile(
    r"^\s*(?:how\s+)?(?:it|this|(?:an?|the)\s+(?:[\w-]+\s+)?(?:tablets?|capsules?|medicine|drug|substance|molecule)"
    r"|what\s+you\s+(?:swallow|take))\b",
    re.I,
)
#: "side effects need urgent help:" over a bulleted list (not over lines with labels of their own:
#: "depend on the product:\n- gum: a sore mouth")
_PREDICATE_OVER_LIST = re.compile(r"[^:\n.;]{1,40}:[ \t]*\n(?![ \t]*[-*\u2022]?[ \t]*[^:\n]{1,40}:)\s*")
_WITH_NAMED = re.compile(r"\s+with\s+(?:an?\s+)?")
#: ", inflamed or sunburnt scalp": more adjectives and the noun they share
_SHARED_NOUN = re.compile(r",\s*(?:[a-z-]+\s*,\s*)*[a-z-]+\s+(?:or|and)\s+[a-z-]+\s+(?P<noun>[a-z-]+)\b")
#: a list at the start of a clause, then the name of what it describes in parentheses
_LIST_NAMED_AFTER = re.compile(r"(?:^|[:;]\s*)(?P<list>[A-Za-z][^():;.]{2,120}?)\s*\((?P<alt>[^()]{2,60})\)")


# --- the extractor ------------------------------------------------------------


class _Extractor:
    def __init__(self, monograph: Monograph, lexicon: Lexicon):
        self.monograph = monograph
        self.lexicon = lexicon
        self.drug, self.brands = identify_drug(monograph, lexicon)
        names = {self.drug.label, *(b[0] for b in self.brands)}
        term = lexicon.get("drug", self.drug.slug)
        if term:
            names.update(term.synonyms)
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self.drug_names = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)
        kinds = _paragraph_kinds(monograph)
        self.sentences = [
            _Sentence(
                s,
                _line_label_kind(monograph.text, s.start) or kinds.get(s.paragraph) or monograph.section_of(s).kind,
                lexicon,
                self.drug_names,
            )
            for s in monograph.sentences
        ]
        self.claims: list[Claim] = []
        self.adverse_by_sentence: dict[int, list[Entity]] = {}
        self.adverse_paragraphs: set[int] = set()
        # Indexes kept as claims are found, so each sentence costs the same however long the text.
        self.other_drugs: dict[str, Entity] = {}
        self.adverse_heads: set[str] = set()
        self.adverse_slugs: set[str] = set()
        self._open_list: tuple[int, str] | None = None  # the paragraph and lead of an "if you:" list
        self._use_slugs: set[str] | None = None
        #: the specific indications named so far, by the last word of their name
        self.indication_heads: dict[str, Entity] = {}
        self.adverse_by_system: dict[str, Entity] = {}
        self._prodrug_said: bool | None = None

    def emit(
        self,
        sentence: _Sentence,
        kind: str,
        obj: ClaimObject,
        rule: str,
        start: int = 0,
        end: int = 0,
        *,
        subject: Entity | None = None,
        negated: bool | None = None,
        hedged: bool | None = None,
        serious: bool | None = None,
        frequency: str | None = None,
        body_system: Entity | None = None,
        risk: Entity | None = None,
        purpose: str | None = None,
    ) -> None:
        """Record a claim; negation and hedging come from ConText on ``start:end`` unless given."""
        mods = sentence.modifiers(start, end) if end > start else frozenset()
        if isinstance(obj, Entity) and obj.kind == "drug" and obj.slug != self.drug.slug:
            self.other_drugs.setdefault(obj.slug, obj)
        self.claims.append(
            Claim(
                kind,
                subject or self.drug,
                obj,
                sentence.evidence(),
                rule,
                negated="negated" in mods if negated is None else negated,
                hedged=bool(mods & {"possible", "hypothetical"}) if hedged is None else hedged,
                serious=serious,
                frequency=frequency,
                body_system=body_system,
                risk=risk,
                purpose=purpose,
            )
        )

    def run(self) -> list[Claim]:
        self.brand_claims()
        for sentence in self.sentences:
            self.roles(sentence)
            self.prodrug(sentence)
            self.indications(sentence)
            self.therapeutic(sentence)
            self.dosage_forms(sentence)
            self.doses(sentence)
            self.adverse_effects(sentence)
        for sentence in self.sentences:
            self.risk_populations(sentence)
            self.statements(sentence)
        return _dedupe(_apply_disputes(_specific_forms(self._one_polarity_per_form(self.claims))))

    def _one_polarity_per_form(self, claims: list[Claim]) -> list[Claim]:
        """A document says a form is available or that it is not, never both.

        When its sentences seem to say both, the negative holds if one of its mentions follows an
        explicit negation of availability ("not made as an inhaler", "there is no injection");
        otherwise it leaked from another clause ("not made as a syrup, and the capsules should not
        be opened") or the form is another product's, and the positive holds.
        """
        said: dict[str, set[bool]] = {}
        for claim in claims:
            if claim.kind == "dosage_form" and isinstance(claim.object, Entity):
                said.setdefault(claim.object.slug, set()).add(claim.negated)
        conflicting = {slug for slug, polarities in said.items() if len(polarities) == 2}
        if not conflicting:
            return claims
        explicit = {
            claim.object.slug
            for claim in claims
            if claim.kind == "dosage_form"
            and claim.negated
            and isinstance(claim.object, Entity)
            and claim.object.slug in conflicting
            and any(
                mention.term.slug == claim.object.slug
                and cue("unavailable_before").search(claim.evidence.quote[: mention.start])
                for mention in self.lexicon.find("dosage_form", claim.evidence.quote)
            )
        }
        return [
            claim
            for claim in claims
            if not (
                claim.kind == "dosage_form"
                and isinstance(claim.object, Entity)
                and claim.object.slug in conflicting
                and claim.negated != (claim.object.slug in explicit)
            )
        ]

    # brand names -------------------------------------------------------------
    def brand_claims(self) -> None:
        m = self.monograph
        for name, start, end in self.brands:
            if m.title_start is not None and m.title_end is not None and m.title_start <= start < m.title_end:
                evidence = Evidence(m.title_start, m.title_end, m.text[m.title_start : m.title_end], None)
            else:
                sentence = next((s for s in m.sentences if s.start <= start < s.end), None)
                evidence = (
                    Evidence(sentence.start, sentence.end, sentence.text, sentence.section)
                    if sentence
                    else Evidence(start, end, m.text[start:end], None)
                )
            self.claims.append(Claim("brand_name", self.drug, Text(name), evidence, "brand/title-or-pattern"))

    # roles (drug classes) ----------------------------------------------------
    def _subject_before(self, sentence: _Sentence, position: int) -> Entity | None:
        """The drug a copula before ``position`` is about: the nearest drug named before it."""
        before = sentence.text[:position]
        copulas = list(cue("copula").finditer(before))
        if not copulas:
            return None
        copula = copulas[-1]
        if copula.end() < position - 2 and not re.fullmatch(r"[\s\w-]*", before[copula.end() : position]):
            return None
        candidates: list[tuple[int, Entity]] = [
            (s, self.drug) for s, e in sentence.drug_mentions if e <= copula.start()
        ]
        for mention in sentence.mentions("drug"):
            if mention.end <= copula.start():
                candidates.append((mention.start, self._drug_entity(mention.term)))
        if re.match(r"^\s*(?:it|this (?:drug|medicine|medication))\b", before, re.I):
            candidates.append((0, self.drug))
        if not candidates:
            return None
        return max(candidates, key=lambda c: c[0])[1]

    def _slot_entity(self, kind: str, item: str, *, loose: bool = True) -> Entity | None:
        """The lexicon term an item of a list names, or a new entity if the item plausibly is one."""
        term = self.lexicon.lookup(kind, item)
        if term is not None:
            return entity_of(term)
        last = singular(item.split()[-1].lower())
        words = tokens(item)
        if not words:
            return None
        if (words[-1][0] in self.lexicon.heads(kind) and not cue("organ").fullmatch(words[-1][0])) or (
            loose and kind == "condition" and cue("condition_word").search(last)
        ):
            return unmapped(kind, item)
        return None

    def _mentioned_before(self, entity: Entity) -> bool:
        """ "the cough" after "a dry cough": the effect named again by its head word.

        A more specific effect after a general one ("bleeding gums" after "bleeding") is a new one.
        """
        words = entity.label.lower().split()
        return words[-1] in self.adverse_heads and (len(words) == 1 or entity.slug in self.adverse_slugs)

    def _descriptions(self, sentence: _Sentence, *, examples: bool = True) -> list[tuple[int, int]]:
        """Spans that describe a condition just named, not new ones.

        "angioedema, a swelling of the lips" (an apposition) and, with ``examples``,
        "abnormal bleeding, such as nosebleeds" (instances of the effect already named).
        """
        spans = []
        for mention in sentence.mentions("condition"):
            kinds = ["appositive", "features"] if examples else ["appositive"]
            if examples and not cue("category_head").search(mention.text):
                kinds.append("examples")  # "a severe reaction such as Stevens-Johnson syndrome" names new ones
            for name in kinds:
                match = cue(name).search(sentence.text[mention.end :])
                if match:
                    spans.append((mention.end, mention.end + match.end()))
            # "tardive dyskinesia (involuntary chewing, lip-smacking and tongue movements)"
            described = re.match(r"\s*\(([^()]*(?:,|\band\b|\bor\b)[^()]*)\)", sentence.text[mention.end :])
            if described:
                spans.append((mention.end, mention.end + described.end()))
        return spans

    def _named_in_parentheses(self, sentence: _Sentence, mention: Mention) -> Entity | None:
        """The condition named in parentheses right after a description of it: "inflammation of the bowel (colitis)"."""
        match = cue("parenthetical").search(sentence.text[mention.end :])
        if not match:
            return None
        alternative = match.group("alt").strip()
        term = self.lexicon.lookup("condition", alternative)
        if term is not None:
            return entity_of(term)
        if re.fullmatch(r"[A-Za-z][a-z-]{4,}(?: [a-z-]+){0,2}", alternative) and not self._names_a_drug(alternative):
            return unmapped("condition", alternative)  # "involuntary movements (dyskinesia)": the medical name
        return None

    def _names_a_drug(self, item: str) -> bool:
        return bool(
            self.drug_names.search(item)
            or self.lexicon.lookup("drug", item)
            or self.lexicon.lookup("brand", item)
            or self.lexicon.lookup("role", item)
            or self.lexicon.lookup("dosage_form", item)
        )

    def _drug_entity(self, term: Term) -> Entity:
        return self.drug if term.slug == self.drug.slug else entity_of(term)

    def roles(self, sentence: _Sentence) -> None:
        for mention in sentence.mentions("role"):
            subject = self._subject_before(sentence, mention.start)
            if subject is None:
                continue
            self.emit(
                sentence,
                "has_role",
                entity_of(mention.term),
                "role/copula",
                mention.start,
                mention.end,
                subject=subject,
            )

    # prodrugs and conversion -------------------------------------------------
    _NAME = (
        r"(?P<y>(?:\d+-[A-Za-z][\w-]{2,}|[A-Za-z][\w-]{3,})"
        r"(?: (?:carboxylate|acid|phosphate|triphosphate|sulfate|sulphate|sulfoxide|sulphoxide|sulfide|sulphide|"
        r"glucuronide|mustard|epoxide|ester|lactone|(?:\d+-)?(?:mono)?propionate))?)"
    )
    #: the verbs of conversion ("is converted", "breaks it down", "splits"), from ``cues.tsv``
    _CONVERTED = _cue_patterns()["converted"]
    #: "into the stronger O-desmethylzorbavir": a comparison before the product's name
    _STRONGER = r"(?:(?:much\s+)?(?:stronger|more\s+(?:potent|active|powerful|effective)|reactive|potent)\s+)?"
    #: "into two parts, A and B": the count that may introduce the products
    _PRODUCT_COUNT = (
        r"(?:(?:two|three|\d+)\s+(?:[\w-]+\s+)?(?:parts|compounds|substances|pieces|molecules|products|chemicals|"
        r"metabolites|halves)\s*[,:]?\s*(?:called\s+|named\s+|namely\s+)?)?"
    )
    _INTO = re.compile(
        _CONVERTED
        + r"[^.;]{0,60}?\b(?:in)?to\s+(?:(?:its|the|an?)\s+)?"
        + _STRONGER
        + _PRODUCT_COUNT
        + r"(?P<active>active\s+(?:\w+\s+)?(?:form|metabolite|compound|drug|substance|agent)\s*,?\s*"
        r"(?:called\s+|known as\s+|named\s+)?)?"
        # "into a compound that chemists call 6-MNA", "the active metabolite, a compound labelled R-138727"
        r"(?:(?:an?\s+)?(?:compound|substance|chemical|molecule|metabolite)\s+(?:that\s+(?:[\w-]+\s+){0,2}?call\s+|"
        r"called\s+|known\s+as\s+|named\s+|labell?ed\s+))?" + _NAME,
        re.I,
    )
    _IS_ACTIVE = re.compile(
        _NAME + r",?\s+(?:which|that|,)?\s*(?:is|being)\s+the\s+(?:main\s+|pharmacologically\s+)?active\s+"
        r"(?:[\w-]+\s+){0,2}?(?:form|compound|metabolite|agent|drug|substance|ingredient|moiety|component|stimulant|"
        r"hormone|antiviral|antibiotic|medicine|molecule|chemical)\b",
        re.I,
    )
    _ACTIVE_IS = re.compile(
        r"\bactive\s+(?:form|metabolite|compound|substance|moiety)(?:\s+of\s+[\w-]+)?"
        r"(?:\s*,\s*|\s*,?\s*(?:is|called|known as|named)\s+)" + _NAME,
        re.I,
    )
    #: "the body makes zorbacin out of it", "zorbacin, which the liver forms from it"
    _MADE_FROM = re.compile(
        r"\b(?:make|makes|made|making|produce|produces|produced|producing|create|creates|created|form|forms|formed|"
        r"generate|generates|generated)\s+(?:the\s+|an?\s+)?(?:active\s+[\w-]+\s+)?(?:called\s+)?"
        + _NAME
        + r"\s+(?:out\s+of|from)\s+(?P<source>[\w-]+)",
        re.I,
    )
    _FORMED_FROM = re.compile(
        _NAME + r"(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:(?:the|its|their)\s+[\w-]+\s+)?(?:is\s+|are\s+|gets\s+)?"
        r"(?:then\s+|first\s+|quickly\s+|slowly\s+)?(?:made|formed|produced|created|generated|makes|forms|"
        r"produces|creates|generates|form|make)\s+(?:(?:in|by|inside|within)\s+(?:the\s+)?[\w-]+\s+)?"
        r"(?:out\s+of|from)\s+(?P<source>[\w-]+)",
        re.I,
    )
    #: "once swallowed it becomes zorbacin"
    _BECOMES = re.compile(
        r"\b(?P<source>[\w-]+)\s+(?:then\s+|quickly\s+|slowly\s+)?becomes\s+(?:(?:its|the|an?)\s+)?"
        r"(?:active\s+[\w-]+\s*,?\s*)?" + _NAME,
        re.I,
    )
    #: "..., zorbacin and zorbamide": further products coordinated with the first
    #: (", the free acid that ..." after a name is an apposition, not another product)
    _ALSO = re.compile(r"\s*(?:,?\s+and\s+(?:(?:the|its)\s+)?|,\s*)" + _NAME + r"\b", re.I)
    #: "converts it into an active thiol metabolite": a product the text describes but does not name
    _INTO_DESCRIBED = re.compile(
        _CONVERTED + r"[^.;]{0,60}?\binto\s+(?:(?:its|the|an?)\s+)?"
        r"(?P<y>active\s+(?!form\b|compound\b|drug\b)[a-z][\w-]*\s+(?:metabolite|form|compound))(?=\s*(?:[.;,]|$|\b(?:that|which)\b))",
        re.I,
    )
    _ONE_IS = re.compile(r"\b(?:one|one of (?:them|these|the compounds|which))\s+(?:compound\s+)?is\s+" + _NAME, re.I)
    _PRODRUG_OF = re.compile(r"\b(?:pro-?drugs?|(?:inactive\s+)?precursor)\s+(?:form\s+)?of\s+" + _NAME, re.I)
    _RELEASES = re.compile(
        r"\b(?:releas(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|yield(?:s|ing)?|set(?:s|ting)? free|"
        r"(?:to\s+|and\s+)leave|leaving)\s+(?:behind\s+)?(?:the\s+)?" + _NAME,
        re.I,
    )
    #: "bacteria set mesalazine free", "the resulting zorbacin sulfate is the form that ..."
    _SET_FREE = re.compile(r"\bset(?:s|ting)?\s+" + _NAME + r"\s+free\b", re.I)
    _RESULTING = re.compile(r"\bthe\s+(?:resulting\s+(?:compound\s*,?\s*)?|result\s*,\s*)" + _NAME, re.I)
    #: "Zorbavir is zorbacin in disguise", "... zorbacin wearing a chemical coat": the drug is the
    #: product, carried in another form
    _IN_DISGUISE = re.compile(
        r"\b(?P<source>[\w-]+)\s+is\s+(?:really\s+|simply\s+|just\s+)?"
        + _NAME
        + r"\s+(?:in\s+disguise|wearing\s+an?\s+(?:[\w-]+\s+)?(?:coat|mask|tail|cap|jacket|wrapper)|with\s+an?\s+"
        r"(?:[\w-]+\s+)?(?:coat|mask|tail|cap|handle|jacket|wrapper|group)\s+(?:on|attached))\b",
        re.I,
    )
    #: "what's left is plain zorbacin", "the compound that reaches the bloodstream is zorbacin",
    #: "the conversion to zorbacin"
    _WHAT_IS_LEFT = re.compile(
        r"\bwhat(?:'s|\s+is|\s+remains)\s+(?:left\s*,?\s+)?(?:behind\s*,?\s+)?(?:is\s+)?(?:plain\s+|pure\s+|just\s+|simply\s+)?"
        + _NAME,
        re.I,
    )
    _REACHES = re.compile(
        r"\bthe\s+(?:compound|form|substance|drug|molecule|medicine|part)\s+that\s+(?:reaches|enters|gets\s+into|"
        r"circulates\s+in)\s+the\s+(?:bloodstream|blood|body|circulation)\s+is\s+" + _NAME,
        re.I,
    )
    #: "what circulates in the blood and soaks into the cysts is zorbacin sulfoxide"
    _WHAT_ACTS = re.compile(
        r"\bwhat\s+(?:circulates|reaches|gets\s+into|enters|travels)\b[^.;]{0,60}?\bis\s+(?:plain\s+|mostly\s+)?"
        + _NAME,
        re.I,
    )
    #: "the finished molecule, zorbacin, is the hormone that ...": the form the conversion ends in
    #: "only after that does the drug, now called zorbacinat, block the enzyme": the drug renamed once changed
    _NOW_CALLED = re.compile(r"\bnow\s+(?:called|known\s+as|named)\s+" + _NAME, re.I)
    _FINISHED = re.compile(
        r"\bthe\s+(?:finished|final|completed|working|slimmed-down|trimmed|smaller|altered|activated)\s+"
        r"(?:molecule|form|compound|product|substance|hormone|drug)"
        r"\s*,?\s+(?:called\s+|known\s+as\s+)?" + _NAME,
        re.I,
    )
    #: "the free zorbacin acid that emerges is the part that acts", "zorbacin, the drug that actually
    #: blocks the receptors"
    _PART_THAT_ACTS = re.compile(
        _NAME + r"(?:\s+(?:that|which)\s+[^.;,]{0,60}?)?(?:\s*,\s*|\s+is\s+)the\s+(?:part|form|compound|substance|one|"
        r"molecule|drug|chemical)\s+that\s+(?:actually\s+|really\s+)?(?:acts|works|does\s+the\s+(?:work|killing)|"
        r"blocks|binds|kills)\b",
        re.I,
    )
    _CONVERSION_TO = re.compile(
        r"\b(?:conversion|activation|transformation)\s+(?:of\s+(?:it|[\w-]+)\s+)?(?:in)?to\s+(?:its\s+|the\s+)?"
        + _NAME,
        re.I,
    )
    _LEFT_OVER = re.compile(
        r"\bthe\s+" + _NAME + r"\s+(?:that|which)\s+is\s+(?:then\s+)?(?:left|released|formed|produced|made|freed)\b",
        re.I,
    )
    _COUNT = re.compile(
        r"\b(?P<n>two|three|four|\d+)\s+(?:different\s+|separate\s+|smaller\s+)?(?:compounds|components|substances|parts|molecules|metabolites|chemicals|products)\b",
        re.I,
    )
    _NUMBERS: ClassVar[dict[str, int]] = {"two": 2, "three": 3, "four": 4}
    _NOT_A_NAME = frozenset(
        [
            "its",
            "the",
            "smaller",
            "components",
            "compounds",
            "metabolites",
            "substances",
            "inactive",
            "parts",
            "pieces",
            "other",
            "another",
            "body",
            "blood",
            "liver",
            "gut",
            "stomach",
            "intestine",
            "form",
            "forms",
            "compound",
            "metabolite",
            "active",
            "drug",
            "medicine",
            "medication",
            "which",
            "that",
            "what",
            "this",
            "nothing",
            "something",
            "less",
            "more",
            "part",
            "parts",
            "waste",
            "harmless",
        ]
    )

    def _from_this_drug(self, sentence: _Sentence, match: re.Match[str]) -> bool:
        """The conversion is not negated, and what it starts from is this drug when the text says."""
        if "negated" in sentence.modifiers(match.start(), match.end()):
            return False
        source = match.groupdict().get("source")
        return source is None or source.lower() in {"it", "this", "them"} or bool(self.drug_names.fullmatch(source))

    def _products(self, text: str, match: re.Match[str]) -> Iterator[tuple[str, int, int]]:
        """The product a pattern matched, then any coordinated with it ("into A and B")."""
        yield match.group("y"), match.start("y"), match.end("y")
        end = match.end("y")
        while also := self._ALSO.match(text, end):
            yield also.group("y"), also.start("y"), also.end("y")
            end = also.end("y")

    @staticmethod
    def _activity_said(text: str) -> bool:
        return bool(cue("active_form").search(text) or cue("works_as_product").search(text))

    def _derived_name(self, name: str) -> bool:
        """A name built on the drug's own ("zorbavirat", "O-desmethylzorbavir"), as metabolites' names are."""
        stem, drug = self.drug.label.lower()[:6], self.drug.label.lower()
        # "pivmecillinam" releases "mecillinam", "cefuroxime axetil" cefuroxime: an ester's or a
        # salt's name holds the product's
        return (len(stem) >= 5 and stem in name.lower()) or (len(name) >= 6 and name.lower() in drug)

    def _named_drug(self, sentence: _Sentence, name: str, start: int) -> Entity | None:
        if name.lower() in self._NOT_A_NAME or self.drug_names.fullmatch(name):
            return None
        for mention in sentence.mentions("drug"):
            if mention.start <= start < mention.end:
                return self._drug_entity(mention.term)
        term = self.lexicon.lookup("drug", name)
        if term:
            return self._drug_entity(term)
        if self._derived_name(name) or _CODE_NAME.fullmatch(name):
            return unmapped("drug", name)  # (a code name: "a compound labelled R-138727")
        if name[0].isupper() and not sentence.text.startswith(name):
            return None  # a capitalised word mid-sentence is a name of something else
        if not (name.lower().endswith(_inn_stems()) or cue("chemical_name").search(name)):
            return None  # an ordinary word ("made", "diet"), not the name of a compound
        return unmapped("drug", name)

    def prodrug(self, sentence: _Sentence) -> None:
        text = sentence.text
        named = False
        for pattern, rule, active in (
            (self._INTO, "prodrug/converted-into", None),
            (self._IS_ACTIVE, "prodrug/is-the-active-form", True),
            (self._ACTIVE_IS, "prodrug/active-form-is", True),
            (self._ONE_IS, "prodrug/one-product-is", None),
            (self._PRODRUG_OF, "prodrug/prodrug-of", True),
            (self._RELEASES, "prodrug/releases", None),
            (self._SET_FREE, "prodrug/releases", None),
            (self._RESULTING, "prodrug/resulting", None),
            (self._IN_DISGUISE, "prodrug/in-disguise", True),
            (self._WHAT_IS_LEFT, "prodrug/what-is-left", None),
            (self._REACHES, "prodrug/what-reaches-the-blood", None),
            (self._CONVERSION_TO, "prodrug/conversion-to", None),
            (self._LEFT_OVER, "prodrug/what-is-left", None),
            (self._MADE_FROM, "prodrug/made-from", None),
            (self._FORMED_FROM, "prodrug/made-from", None),
            (self._BECOMES, "prodrug/becomes", None),
            (self._WHAT_ACTS, "prodrug/what-reaches-the-blood", None),
            (self._FINISHED, "prodrug/finished-form", True),
            (self._PART_THAT_ACTS, "prodrug/part-that-acts", True),
            (self._NOW_CALLED, "prodrug/renamed", None),
        ):
            for match in pattern.finditer(text):
                if not self._from_this_drug(sentence, match):
                    continue
                if pattern is self._PART_THAT_ACTS and not (
                    self._derived_name(match.group("y")) or cue("converted").search(text) or self._said_prodrug()
                ):
                    continue  # "Aspirin, the drug that actually blocks ...": another drug, unless the text converts
                is_active = active or bool("active" in match.groupdict() and match.group("active"))
                for name, start, end in self._products(text, match):
                    if _INACTIVE_PRODUCT.match(name) or _SAID_INACTIVE.match(text, end):
                        break  # "into an inactive acid", "to a sulfone, which is inactive": waste, not the drug at work
                    product = self._named_drug(sentence, name, start)
                    if product is None or product.slug == self.drug.slug:
                        break
                    named = True
                    self.emit(sentence, "converted_into", product, rule, start, end)
                    if is_active or self._said_prodrug() or self._activity_said(text):
                        self.emit(sentence, "prodrug_of", product, rule, start, end)
        described = self._INTO_DESCRIBED.search(text)
        if described and not named and self._said_prodrug() and self._about_this_drug(sentence):
            product = unmapped("drug", described.group("y"))
            start, end = described.start("y"), described.end("y")
            self.emit(sentence, "converted_into", product, "prodrug/converted-into-described", start, end)
            self.emit(sentence, "prodrug_of", product, "prodrug/converted-into-described", start, end)
        converting = cue("converted").search(text) or re.search(r"\breleas(?:e|es|ed|ing)\b", text, re.I)
        if converting and (sentence.drug_mentions or re.match(r"^\s*(?:after [^,]+,\s*)?it\b", text, re.I)):
            site = None
            for mention in sentence.mentions("body_system"):
                if re.search(r"\b(?:in|within|by)\s+(?:the\s+)?$", text[: mention.start]):
                    site = entity_of(mention.term)
                    break
            count_match = self._COUNT.search(text)
            count = None
            if count_match:
                word = count_match.group("n").lower()
                count = int(word) if word.isdigit() else self._NUMBERS[word]
            if site is not None:
                self.emit(sentence, "conversion_site", site, "conversion/site")
            if count is not None:
                self.emit(sentence, "product_count", Count(count), "conversion/product-count")

    def _said_prodrug(self) -> bool:
        if self._prodrug_said is None:
            self._prodrug_said = self._find_prodrug_statement()
        return self._prodrug_said

    def _find_prodrug_statement(self) -> bool:
        for sentence in self.sentences:
            match = cue("prodrug").search(sentence.text) or cue("inactive_parent").search(sentence.text)
            if (
                match
                and "negated" not in sentence.modifiers(match.start(), match.end())
                and not _is_question(sentence.text)  # "Does it have to be activated?" asks
                and (sentence.drug_mentions or _ABOUT_WHAT_IS_TAKEN.match(sentence.text))
            ):
                return True
        return False

    # indications ---------------------------------------------------------------
    def indications(self, sentence: _Sentence) -> None:
        text = sentence.text
        cues = list(cue("indication").finditer(text))
        # "Zorbavir relieves the pain of osteoarthritis": a verb of therapy with the drug as its agent
        cues += [m for m in cue("therapy_verb").finditer(text) if self._drug_is_agent(sentence, m.start())]
        cues.sort(key=lambda m: m.start())
        # "the vitamin D ointments used for psoriasis contain ...": other products' use
        cues = [
            m for m in cues if not (m.group().lower().startswith("used") and _PRODUCTS_BEFORE.search(text[: m.start()]))
        ]
        cues = [m for m in cues if not self._another_use(text, m)]
        # "Its chief use is in status epilepticus", "... are the commonest reason it is prescribed":
        # the conditions may stand before the cue, as in a uses section.
        use_noun = cue("use_noun").search(text)
        in_section = sentence.section_kind == "uses" or use_noun is not None
        treated = {m.start() for m in cue("treatment_of").finditer(text)} if self._about_this_drug(sentence) else set()
        if not cues and not in_section and not treated:
            return
        if sentence.section_kind == "side_effects" and not use_noun:
            return  # "mainly with high doses taken for a long time: cataract, glaucoma": harms, not uses
        harms = [m.start() for m in cue("causal").finditer(text) if self._causes_harm(sentence, m)]
        side_effect = cue("side_effect").search(text)
        if side_effect:
            harms.append(side_effect.start())
        if harms and (not cues or min(harms) < cues[0].start()):
            return  # a sentence about harms that happens to name a use
        if cues and self._another_subject(sentence, cues[0].start()):
            return  # "Beta-blockers, which are used for blood pressure": another drug's use
        if use_noun and self._another_subject(sentence, use_noun.start()):
            return  # "Painkillers such as ibuprofen are a mainstay of arthritis treatment"
        # Outside a uses sentence, conditions after the first cue count; with no cue only
        # "gout treatment" compounds do.
        first_cue = 0 if in_section else (cues[0].end() if cues else len(text))
        excluded = self._descriptions(sentence, examples=False)
        # "high blood pressure, which can lead to heart attack": the disease's complications, not uses
        excluded += [(m.start(), m.end()) for m in cue("complication_clause").finditer(text)]
        # "It is used for gout, but it can cause kidney stones", "... because it raises the risk of
        # heart attack": the harms named after a use
        harms += [m.start() for m in _RAISES_RISK.finditer(text)]
        excluded += [(h, len(text)) for h in harms if cues and h > cues[0].start()]
        found: dict[str, tuple[Entity, int, int]] = {}
        for mention in sentence.mentions("condition"):
            # "the mainstay of long-term gout treatment": the condition names the treatment's use
            compound = mention.end in treated
            if mention.start < first_cue and not compound:
                continue
            if _CAUSE_OF.match(text, mention.end):
                continue  # "the mycobacteria that cause TB": the germ is not the use, what it causes is
            caused = self._with_cause(sentence, mention)  # "pain caused by cancer" is not cancer's symptom
            if not caused and self._qualifies_another(sentence, mention):
                if self._symptom_of_another(sentence, mention, link="of"):
                    excluded.append((mention.start, mention.end))  # nor is it a use as a list item
                continue
            if any(a <= mention.start < b for a, b in excluded):
                continue
            if _PROCEDURE_AFTER.match(text, mention.end):
                continue  # "the inflammation that follows cataract surgery": an operation, not its condition
            if _CAUSED_BY_BEFORE.search(text, 0, mention.start) and any(
                m.end <= mention.start for m in sentence.mentions("condition")
            ):
                continue  # "swelling of the brain caused by brain tumours": the cause of the use
            for entity, start, end in caused or self._named(sentence, mention):
                found.setdefault(entity.slug, (entity, start, end))
        # a condition named inside a longer name ("cancer" in "pain caused by cancer") is not a use of its own
        spans = [(start, end) for _, start, end in found.values()]
        found = {
            slug: item
            for slug, item in found.items()
            if not any(s <= item[1] and item[2] <= e and (s, e) != item[1:] for s, e in spans)
        }
        for head in cue("organ_condition").finditer(text):
            # "ringworm (tinea) infections of the skin, hair and nails": where a named condition occurs
            named_before = any(
                m.end <= head.start() and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?", text[m.end : head.start()])
                for m in sentence.mentions("condition")
            )
            if named_before:
                continue
            if head.start() >= first_cue and not any(a <= head.start() < b for a, b in excluded):
                for entity, start, end in self._of_organs(sentence, head.group(), head.end()):
                    found.setdefault(entity.slug, (entity, start, end))
        for match in cues:
            for item, start, end in slot_items(text, match.end()):
                if any(s < end and start < e for _, s, e in found.values()) or self._names_a_drug(item):
                    continue
                if any(a <= start < b for a, b in excluded) or any(start <= m.start() < end for m in cues):
                    continue  # an excluded span, or the verb of the next cue ("treats and prevents X")
                if _CAUSE_OF.match(text, end):
                    continue
                named = self._slot_entity("condition", item)
                if named is not None and (named.in_lexicon or not item.lower().endswith("ing")):
                    found.setdefault(named.slug, (named, start, end))
        helped = [m.end() for m in cue("helps_people").finditer(text)]
        # "Main use: long-term lowering of uric acid in adults with gout": the patients it is used in
        helped += [
            m.end()
            for m in _FOR_PATIENTS.finditer(text)
            if sentence.section_kind == "uses"
            or any(c.end() <= m.start() and not _CLAUSE_STOP.search(text, c.end(), m.start()) for c in cues)
        ]
        for entity, start, end in found.values():
            # "It helps people with hay fever": the people are the patients, not a risk group.
            if self._inside_population(sentence, start) and not any(h <= start for h in helped):
                continue
            # "- Altitude sickness: it treats and prevents acute mountain sickness": every mention counts
            mentioned = {(start, end)} | {
                (m.start, m.end) for m in sentence.mentions("condition") if m.term.slug == entity.slug
            }
            said = {purpose for s, e in mentioned for purpose in self._purposes(text, cues, s, e)}
            # "Once the colitis is quiet ...": "the" plus the last word of a use named before is that use
            earlier = self.indication_heads.get(singular(entity.label.lower()))
            if (
                earlier is not None
                and " " not in entity.label
                and re.search(r"\bthe\s+(?:next\s+|same\s+)?$", text[:start], re.I)
            ):
                entity = earlier
            elif " " in entity.label:
                self.indication_heads.setdefault(singular(entity.label.split()[-1].lower()), entity)
            for purpose in sorted(said - {None} or {None}, key=str):
                self.emit(sentence, "indication", entity, "indication/cue", start, end, purpose=purpose)

    @staticmethod
    def _purposes(text: str, cues: list[re.Match[str]], start: int, end: int) -> tuple[str | None, ...]:
        """Whether the sentence says the drug treats the condition at ``start:end``, prevents it,
        both, or only that it is used for it (``None``).

        The cue last before the condition decides ("to lower the chance of fractures", "heals
        ulcers"), with the verbs coordinated just before it ("treats and prevents osteoporosis");
        "to stop attacks coming back" and "gout prevention" say it after the condition.
        """
        if cue("prevention_after").match(text[end:]):
            return ("prevention",)
        governing = [m for m in cues if m.start() < start]
        lead = text[governing[-1].start() : start] if governing else ""
        if cue("prevention").search(lead) is None:
            return ("treatment",) if cue("treatment").search(lead) else (None,)
        if cue("treat_and_prevent").search(text[max(0, governing[-1].start() - 30) : start]):
            return ("treatment", "prevention")
        return ("prevention",)

    def _about_this_drug(self, sentence: _Sentence) -> bool:
        """Whether the sentence names this drug or speaks of it as "it"."""
        return bool(sentence.drug_mentions) or cue("drug_anaphor").search(sentence.text) is not None

    def _another_use(self, text: str, match: re.Match[str]) -> bool:
        """A use cue about something else: other medicines ("if you take medicines for an irregular
        heartbeat"), a medicine a relative clause is about ("warfarin, which may then fail to prevent
        clots"), or a length of time ("taken for many years, it can soften the bones")."""
        before = text[: match.start()]
        if re.match(r"(?:medicines?|drugs?|medications?|tablets?)\s+for\b", match.group(), re.I) and re.search(
            r"\b(?:take|takes|taking|use|uses|using|on|other|any|some|with)\s+$", before, re.I
        ):
            return True
        relative = re.search(r"\b([A-Za-z][\w-]+),?\s+(?:which|who)\s+(?:[\w-]+\s+){0,4}$", before)
        if (
            relative
            and self._is_other_medicine(relative.group(1))
            and not cue("medicine_noun").fullmatch(relative.group(1))
        ):
            return True
        return bool(match.group().lower().endswith("for") and _DURATION.match(text, match.end()))

    def _another_subject(self, sentence: _Sentence, position: int) -> bool:
        """Whether the first thing named before ``position`` is another drug or drug class."""
        if re.match(r"^\s*(?:it|this|the (?:drug|medicine|tablets?))\b", sentence.text, re.I):
            return False
        named = [(s, True) for s, _ in sentence.drug_mentions if s < position]
        # "At higher doses it is a chemotherapy drug for ...": "it" is this drug, after an opening phrase
        named += [
            (m.start(), True) for m in re.finditer(r"\b(?:it|this (?:drug|medicine))\b", sentence.text[:position], re.I)
        ]
        named += [
            (m.start, False) for m in sentence.mentions("drug") if m.start < position and m.term.slug != self.drug.slug
        ]
        named += [(m.start, False) for m in sentence.mentions("role") if m.start < position]
        # "Tretinoin, a tablet used for one kind of leukaemia, ...": a medicine the lexicon does not know
        opening = re.match(r"\s*([A-Z][\w-]+)\b", sentence.text)
        if opening and opening.end() <= position and names_a_medicine(opening.group(1)):
            own = any(s <= opening.start(1) < e for s, e in sentence.drug_mentions)
            if not own and not self.drug.label.lower().startswith(opening.group(1).lower()):
                named.append((opening.start(1), False))
        return bool(named) and not min(named)[1]

    def _extended(self, sentence: _Sentence, mention: Mention) -> Entity:
        """The most specific condition the text names with a lexicon mention as its head.

        Monographs name conditions by a head the lexicon knows and modifiers it may not:
        "psoriatic arthritis", "CMV retinitis", "thyroid cancer", "cancer pain",
        "non-Hodgkin lymphoma". Words right before the mention are taken while they are
        modifiers of the kind ``cues.tsv`` describes (disease and anatomy adjectives, organs,
        eponyms and acronyms, conditions named before another one); degree and frequency words
        ("severe", "recurrent") end the name. A name the lexicon does not know is a new entity.
        """
        text = sentence.text
        start = mention.start
        taken = 0
        while taken < 3:
            word = re.search(r"([A-Za-z][\w'-]*)\s+$", text[:start])
            if word is None:
                break
            # "acute lymphoblastic leukaemia": a course word is part of a name already extended,
            # not of a bare one ("acute pain")
            if taken and word.group(1).lower() in ("acute", "chronic"):
                start = word.start(1)
                break
            if not self._modifies(sentence, word.group(1), word.start(1)):
                break
            start, taken = word.start(1), taken + 1
        if start == mention.start:
            return entity_of(mention.term)
        name = text[start : mention.end]
        term = self.lexicon.lookup("condition", name)
        return entity_of(term) if term is not None else unmapped("condition", name)

    def _named(self, sentence: _Sentence, mention: Mention) -> list[tuple[Entity, int, int]]:
        """The conditions a mention names: one per organ (``_of_organs``), or itself extended."""
        if len(mention.text.split()) == 1:
            per_organ = self._of_organs(sentence, mention.text, mention.end)
            if per_organ:
                return per_organ
        return [(self._extended(sentence, mention), mention.start, mention.end)]

    def _with_cause(self, sentence: _Sentence, mention: Mention) -> list[tuple[Entity, int, int]]:
        """ "pain caused by cancer", "the pain of a heart attack", "pain after an operation or a
        serious injury": a symptom the text ties to its cause is a use of its own (one per cause)."""
        text = sentence.text
        link = cue("cause_link").match(text[mention.end :])
        if link is None or not cue("caused_symptom").fullmatch(mention.text):
            return []
        named = []
        cursor = mention.end + link.end()
        while item := re.match(
            r"((?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w'-]*)(?=\s*(?:[,;:.()]|\bor\b|\band\b|$))", text[cursor:]
        ):
            words = item.group(1)
            if _ITEM_BAD.search(words) or mention.text.lower() in words.lower():
                break
            end = cursor + item.end(1)
            name = f"{mention.text} {link.group().strip()} {words}"
            term = self.lexicon.lookup("condition", name)
            named.append((entity_of(term) if term else unmapped("condition", name), mention.start, end))
            joined = re.match(r"\s+(?:or|and)\s+", text[end:])
            if joined is None:
                break
            cursor = end + joined.end()
        return named

    def _of_organs(self, sentence: _Sentence, head: str, end: int) -> list[tuple[Entity, int, int]]:
        """ "infections of the blood, the bones and the heart valves": one condition per organ."""
        text = sentence.text
        lead = re.match(r"\s+(?:of|in|affecting)\s+", text[end:])
        if lead is None:
            return []
        organs: list[tuple[str, int, int]] = []
        cursor = end + lead.end()
        while item := re.match(r"(?:the\s+)?([A-Za-z]+)(?:\s([A-Za-z]+))?", text[cursor:]):
            words = item.group(1) if item.group(2) is None else f"{item.group(1)} {item.group(2)}"
            if not cue("organ").match(words.lower()):
                words = item.group(1)  # "the bones and ...": the organ is one word
                if not cue("organ").match(words.lower()):
                    break
            start = cursor + item.start(1)
            if re.match(r"\s+of\b", text[start + len(words) :]):
                break  # "the back of the eye": a part of an organ, not a list of organs
            organs.append((words, start, start + len(words)))
            separator = re.match(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text[start + len(words) :])
            if separator is None:
                break
            cursor = start + len(words) + separator.end()
        condition = singular(head.lower())
        named = []
        for words, start, stop in organs:
            name = " ".join(singular(w) for w in words.lower().split()) + " " + condition
            term = self.lexicon.lookup("condition", name)
            named.append((entity_of(term) if term else unmapped("condition", name), start, stop))
        return named

    def _modifies(self, sentence: _Sentence, word: str, position: int) -> bool:
        """Whether ``word``, right before a condition, is part of its name."""
        lowered = word.lower()
        if cue("modifier_stop").match(lowered) or any(s <= position < e for s, e in sentence.drug_mentions):
            return False
        if cue("condition_modifier").match(lowered) or cue("organ").match(lowered):
            return True
        # eponyms and acronyms ("non-Hodgkin", "CMV"), but not the first word of the sentence
        if any(c.isupper() for c in word) and sentence.text[:position].strip():
            return not self.lexicon.lookup("drug", word)
        return any(m.start <= position < m.end for m in sentence.mentions("condition"))

    def _qualifies_another(self, sentence: _Sentence, mention: Mention) -> bool:
        """Whether a condition named here only describes another one.

        "the pain and swelling of rheumatoid arthritis" (a symptom of the next
        condition), "several anxiety conditions" (a category), "radiotherapy
        for cancer" (another treatment's use).
        """
        after = sentence.text[mention.end :]
        before = sentence.text[: mention.start]
        if cue("category_noun").match(after) or cue("other_treatment").search(before):
            return True
        if re.match(r"\s+cells?\b", after, re.I):
            return True  # "cancer cells" are cells
        renamed = re.match(r"\s*\(([^()]+)\)", after)
        if renamed:
            other = self.lexicon.lookup("condition", renamed.group(1))
            if other is not None and other.slug != mention.term.slug:
                return True  # "shingles (postherpetic neuralgia)": the parenthesis names what is meant
        return self._symptom_of_another(sentence, mention)

    def _symptom_of_another(self, sentence: _Sentence, mention: Mention, link: str | None = None) -> bool:
        """ "the wheezing, coughing and breathlessness of asthma": symptoms of the condition named next."""
        found = cue("symptom_of").match(sentence.text[mention.end :])
        if found and (link is None or found.group().split()[-1] == link):
            after = mention.end + found.end() - 1
            # the condition must follow the link ("of severe asthma"), not close a later clause
            return any(
                after <= m.start
                and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}", sentence.text[after : m.start])
                and not re.search(r"\b(?:people|patients|those|who|which|that)\b", sentence.text[after : m.start])
                for m in sentence.mentions("condition")
            )
        return False

    def therapeutic(self, sentence: _Sentence) -> None:
        text = sentence.text
        not_curative = cue("not_curative").search(text)
        if not_curative:
            self.emit(sentence, "curative", Flag(False), "curative/negated-cue", negated=False)
        elif cue("curative").search(text) and sentence.section_kind in ("uses", "overview"):
            match = cue("curative").search(text)
            assert match is not None
            self.emit(sentence, "curative", Flag(True), "curative/cue", match.start(), match.end())
        for match in cue("therapeutic_effect").finditer(text):
            self.emit(
                sentence,
                "therapeutic_effect",
                Text(match.group()),
                "therapeutic-effect/cue",
                match.start(),
                match.end(),
            )

    # dosage forms and doses ---------------------------------------------------
    def _about_another_drug(self, sentence: _Sentence, position: int | None = None) -> bool:
        """Whether the sentence (or the clause holding ``position``) names another drug and not this one.

        "A cream containing penciclovir is sold separately": the cream is penciclovir's.
        """
        text, offset = sentence.text, 0
        if position is not None:
            bounds = sentence.clause_bounds()
            offset = max(b for b in bounds if b <= position)
            text = text[offset : min(b for b in bounds if b > position)]
        if any(offset <= s < offset + len(text) for s, _ in sentence.drug_mentions):
            return False
        if re.match(r"^\s*(?:it|this|the (?:drug|medicine|tablets?))\b", text, re.I):
            return False
        if any(
            offset <= m.start < offset + len(text) and m.term.slug != self.drug.slug for m in sentence.mentions("drug")
        ):
            return True
        lowered = text.lower()
        return any(re.search(rf"\b{re.escape(o.label.lower())}\b", lowered) for o in self.other_drugs.values())

    def dosage_forms(self, sentence: _Sentence) -> None:
        if not (sentence.has("availability") or sentence.section_kind == "dosage"):
            return
        if cue("prohibition").search(sentence.text) and (
            sentence.mentions("population") or cue("population_phrase").search(sentence.text)
        ):
            return  # "People with a high INR should not have it injected": advice to a group, not availability
        found: dict[str, tuple[Entity, int, int]] = {}
        for mention in sentence.mentions("dosage_form"):
            if _MEDICINE_KIND_BEFORE.search(sentence.text, 0, mention.start):
                continue  # "It is not a sleeping tablet": a kind of medicine, not a form of this one
            # "Eye drops of that family exist, but zorbavir is not made as eye drops": of the
            # mentions of one form, the one the sentence negates is what it says of this drug
            # when that one is a statement of availability and the first is not ("comes as tablets
            # for people who cannot swallow tablets" stays available)
            earlier = found.get(mention.term.slug)
            if earlier is None or (
                "negated" in sentence.modifiers(mention.start, mention.end)
                and "negated" not in sentence.modifiers(earlier[1], earlier[2])
                and self._availability_before(sentence.text, mention.start)
                and not self._availability_before(sentence.text, earlier[1])
            ):
                found[mention.term.slug] = (entity_of(mention.term), mention.start, mention.end)
            # "no liquid or injectable form": the head is shared by the words coordinated before it
            head = re.search(r"\b(form|version|formulation|preparation)s?$", mention.text, re.I) or re.match(
                r"\s+(form|version|formulation|preparation)s?\b", sentence.text[mention.end :], re.I
            )
            shared = re.search(r"\b([A-Za-z]+)\s*(?:,|\bor\b|\band\b|\bnor\b)\s*$", sentence.text[: mention.start])
            if head and shared:
                term = self.lexicon.lookup("dosage_form", f"{shared.group(1)} {head.group(1)}")
                if term is not None:
                    found.setdefault(term.slug, (entity_of(term), shared.start(1), shared.end(1)))
        for match in cue("form_list").finditer(sentence.text):
            for item, start, end in slot_items(sentence.text, match.end()):
                if any(s < end and start < e for _, s, e in found.values()):
                    continue
                if _NOT_A_FORM.match(item):
                    continue  # "there is no generic version": a kind of product, not a form
                no = re.match(r"no\s+", item, re.I)  # "there is no liquid, no injection": each item's own "no"
                if no:
                    item, start = item[no.end() :], start + no.end()
                entity = self._slot_entity("dosage_form", item)
                if entity is not None:
                    found.setdefault(entity.slug, (entity, start, end))
        text = sentence.text
        for slug, (_, start, end) in list(found.items()):
            if slug not in found:
                continue  # already dropped as a description of an earlier form
            # "an oral concentrate, a liquid that ...": the second form only describes the first
            described = re.match(r"\s*,\s*(?:a|an)\s+", text[end:])
            if described:
                for other, (_, s, e) in found.items():
                    if other != slug and s == end + described.end() and re.match(r"\s+(?:that|which)\b", text[e:]):
                        found.pop(other)
                        break
            # "a fruit-flavoured liquid (oral suspension)": the parenthesis names the form meant
            # (but "an oral suspension (a liquid)" keeps the named form)
            renamed = re.match(r"\s*\(", text[end:])
            inner = [
                (other, s, e)
                for other, (_, s, e) in found.items()
                if other != slug and renamed and s == end + renamed.end()
            ]
            if inner:
                generic = re.fullmatch(r"(?:an? )?(?:[\w-]+ )?liquids?", text[inner[0][1] : inner[0][2]], re.I)
                found.pop(inner[0][0] if generic else slug)
                if not generic:
                    continue
            # "a powder that is made up into an oral solution": the form taken is the solution
            if cue("reconstituted").fullmatch(text[start:end]):
                made = cue("made_into").match(text[end:])
                if made and any(s == end + made.end() for other, (_, s, _) in found.items() if other != slug):
                    found.pop(slug)
        for entity, start, end in found.values():
            if not self._about_another_drug(sentence, start):
                self.emit(sentence, "dosage_form", entity, "dosage-form/availability", start, end)

    @staticmethod
    def _availability_before(text: str, position: int) -> bool:
        return cue("availability").search(text[max(0, position - 30) : position]) is not None

    _NUM = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
    _UNIT = (
        r"(?:mg|milligrams?|mcg|µg|micrograms?|g|grams?|ml|mL|milliliters?|millilitres?|IU|units?)"
        r"(?:\s*(?:/|per)\s*(?:kg|kilograms?|m2|m\u00b2|square\s+met(?:re|er))(?:\s+of\s+body\s*(?:weight|surface(?:\s+area)?))?)?"
    )
    _DOSE = re.compile(
        rf"(?:\b(?:between|from)\s+)?(?P<a>{_NUM})\s*(?P<ua>{_UNIT})?(?:\s*(?P<conn>to|-|\u2013|and|or)\s*(?P<b>{_NUM})\s*(?P<ub>{_UNIT}))?(?![\w/])"
        r"|\bup to\s+(?P<c>" + _NUM + r")\s*(?P<uc>" + _UNIT + r")(?![\w/])",
        re.I,
    )
    _FREQUENCY = re.compile(
        r"\b(?:once|twice|three times|four times|\d+ times)\s+(?:a|per|each)\s+day\b|"
        r"\b(?:daily|per day|a day|each day)\b|"
        r"\bevery\s+\d+(?:\s*(?:to|-|\u2013)\s*\d+)?\s+hours\b|\b(?:per|a|each)\s+week\b|\bweekly\b|\bat bedtime\b",
        re.I,
    )
    _UCUM: ClassVar[dict[str, tuple[str, int]]] = {
        "mg": ("mg", 1),
        "milligram": ("mg", 1),
        "milligrams": ("mg", 1),
        "g": ("mg", 1000),
        "gram": ("mg", 1000),
        "grams": ("mg", 1000),
        "mcg": ("ug", 1),
        "µg": ("ug", 1),
        "microgram": ("ug", 1),
        "micrograms": ("ug", 1),
        "ml": ("mL", 1),
        "milliliter": ("mL", 1),
        "milliliters": ("mL", 1),
        "millilitre": ("mL", 1),
        "millilitres": ("mL", 1),
        "iu": ("[iU]", 1),
        "unit": ("U", 1),
        "units": ("U", 1),
    }

    def _dose_of_another(self, text: str, match: re.Match[str]) -> bool:
        """ "a single 200 mg dose of doxycycline", "12.5 mg of chlortalidone", "furosemide 40 mg", "a
        higher dose of folic acid, 5 mg a day": the amount is another medicine's."""
        after = re.match(
            r"\s*(?:dose\s+|doses\s+)?of\s+(?P<name>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)", text[match.end() :]
        )
        before = re.search(
            r"(?:\bdoses?\s+of\s+(?P<of>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,\s*(?:often|usually|typically)?\s*"
            r"|\b(?P<named>[A-Za-z][\w-]{4,})\s+"
            # "doctors choose mebendazole instead, given as a single 100 mg dose"
            r"|\b(?P<given>[A-Za-z][\w-]{4,}(?:\s+[a-z]+){0,2})\s*,\s*(?:given|taken|used|prescribed)\s+(?:as|at)\s+"
            r"(?:an?\s+)?(?:single\s+|daily\s+|usual\s+)?"
            # "Oseltamivir (Tamiflu) is taken as 75 mg twice a day": another medicine the subject
            r"|\b(?P<subject>[A-Za-z][\w-]{4,})(?:\s*\([^()]*\))?\s+(?:is|are)\s+(?:usually\s+|then\s+)?"
            r"(?:taken|given|inhaled|used|injected|infused|prescribed|started)\s+(?:as|at|in)\s+"
            r"(?:an?\s+)?(?:single\s+|daily\s+|dose\s+of\s+)?"
            # "low-dose aspirin (typically 81 mg)", "folic acid at 5 mg", "vitamin K, 1 mg by injection"
            r"|\b(?P<aside>[A-Za-z][\w-]{4,}|[A-Za-z][\w-]+\s+[A-Za-z][\w-]*)\s*(?:\(|,|\s+at)\s*"
            r"(?:typically|usually|often|about|around)?\s*"
            # "the usual dose of that medicine is 500 mg"
            r"|\b(?P<that>doses?\s+of\s+(?:that|the other|this other)\s+(?:medicine|drug)\s+(?:is|are)\s+))$",
            text[max(0, match.start() - _LOOK_BACK) : match.start()],
        )
        if before and before.group("that"):
            return True
        if before and before.group("of") and not self.drug_names.search(before.group("of")):
            return True  # "a dose of" anything but this drug
        names = [after.group("name")] if after else []
        if before and before.group("named"):
            names.append(before.group("named"))
        if before and before.group("given"):
            names += before.group("given").split()
        if before and before.group("subject"):
            names.append(before.group("subject"))
        if before and before.group("aside") and not cue("medicine_noun").search(before.group("aside")):
            names.append(before.group("aside"))  # (not "the tablets start at 5 mg": this drug's)
        return any(self._is_other_medicine(name) and not cue("medicine_noun").fullmatch(name) for name in names)

    def doses(self, sentence: _Sentence) -> None:
        text = sentence.text
        for match in self._DOSE.finditer(text):
            if self._about_another_drug(sentence, match.start()):
                continue
            # (the patterns before an amount are anchored at it and a few words long: a window of
            # the text before it keeps a sentence of many amounts linear)
            before = text[max(0, match.start() - _LOOK_BACK) : match.start()]
            if cue("strength").search(before):
                continue  # "tablets of 250 mg": a strength, not a dose
            if _PER_VOLUME.match(text, match.end()) or re.search(r"\b(?:per|in each|in every)\s*$", before):
                continue  # "3.3 mg per millilitre", "20 mg per 5 mL": a concentration
            if _PACK_OR_DRINK.match(text, match.end()):
                continue  # "1 g and 15 g tubes", "a full glass (240 mL) of water": a pack size or a drink
            if cue("other_medicine_dose").search(before) or self._dose_of_another(text, match):
                continue  # "a steroid such as prednisolone, often 40 mg a day": the other medicine's dose
            limit = False
            if match.group("c"):
                amounts = [(match.group("c"), match.group("uc"), match.group("c"), match.group("uc"))]
                limit = not cue("dose_increase").search(
                    text[max(0, match.start() - 40) : match.end("c") - len(match.group("c"))]
                )
            elif (
                match.group("b")
                and not match.group("ua")
                and _SPACED_DASH.fullmatch(text, match.end("a"), match.start("b"))
            ):
                # "Epilepsy, children 6 to 12 - 100 mg twice a day": a line's label, then its dose
                amounts = [(match.group("b"), match.group("ub"), match.group("b"), match.group("ub"))]
            elif match.group("conn") == "or" and match.group("ua") and match.group("ub"):
                # "12.5 mg or 25 mg": two doses, not a range
                amounts = [
                    (match.group(v), match.group(u), match.group(v), match.group(u))
                    for v, u in (("a", "ua"), ("b", "ub"))
                ]
            else:
                low_value, low_unit = match.group("a"), match.group("ua") or match.group("ub")
                # "no more than 7.5 mg", "up to a maximum of 500 mg", "20 mg is the maximum": a limit
                limit = not match.group("b") and bool(
                    cue("limit_before").search(text[max(0, match.start() - 40) : match.start()])
                    or cue("limit_after").search(text[match.end() : match.end() + 40])
                )
                amounts = [
                    (
                        low_value,
                        low_unit,
                        match.group("b") or low_value,
                        match.group("ub") or low_unit,
                    )
                ]
            frequency = self._FREQUENCY.search(text, match.end(), match.end() + _LOOK_BACK)
            often = (
                " ".join(frequency.group().lower().split())
                if frequency and frequency.start() - match.end() < 40
                else None
            )
            for low_value, low_unit, high_value, high_unit in amounts:
                if not low_unit or not high_unit:
                    continue
                low = self._normalise(low_value, low_unit)
                high = self._normalise(high_value, high_unit)
                if low is None or high is None or low[1] != high[1]:
                    continue
                dose = DoseRange(
                    min(low[0], high[0]), max(low[0], high[0]), low[1], match.group().strip(), often, upper_limit=limit
                )
                # Dose statements are not negated in this genre ("do not exceed 4 g" is a limit), and a
                # negation in a neighbouring clause ("adults who have not taken ...") must not leak in.
                self.emit(
                    sentence,
                    "dose",
                    dose,
                    "dose/expression",
                    match.start(),
                    match.end(),
                    negated=False,
                )

    def _normalise(self, value: str, unit: str) -> tuple[Decimal, str] | None:
        base = re.split(r"\s*(?=/|\bper\b)", unit, maxsplit=1)[0]
        per_kilogram = re.search(r"(?:/|\bper)\s*(?:kg|kilogram)", unit, re.I) is not None
        per_area = re.search(r"(?:/|\bper)\s*(?:m2|m\u00b2|square)", unit, re.I) is not None
        code = self._UCUM.get(base.lower()) or self._UCUM.get(base)
        if code is None:
            return None
        if per_area:  # "600 mg per square metre" of body surface
            code = (code[0] + "/m2", code[1])
        if per_kilogram:
            code = (code[0] + "/kg", code[1])
        number = value.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", value) else value.replace(",", ".")
        amount = Decimal(number) * code[1]
        return Decimal(format(amount.normalize(), "f")), code[0]

    # adverse effects ------------------------------------------------------------
    def _inside_population(self, sentence: _Sentence, position: int) -> bool:
        for mention in sentence.mentions("population"):
            if mention.start <= position < mention.end:
                return True
        for match in cue("population_phrase").finditer(sentence.text):
            # "those with asthma, diabetes or heart disease": the conditions coordinated after it too
            end = max((e for _, _, e in self._coordinated_conditions(sentence, match.end())), default=match.end())
            if match.start() <= position < end:
                return True
        return False

    def _other_medicines_effects(self, sentence: _Sentence) -> list[tuple[int, int]]:
        """Spans naming what another medicine causes ("Zoledronic acid drips often cause a fever; this
        does not happen with alendronic acid"): from its verb to the end of the clause."""
        text, spans = sentence.text, []
        for match in cue("causal").finditer(text):
            agent = text[_agent_clause_start(text, match.start()) : match.start()]
            if names_a_medicine(agent) and not self.drug_names.search(agent) and not cue("drug_anaphor").search(agent):
                stop = _CLAUSE_STOP.search(text, match.end())
                spans.append((match.start(), stop.start() if stop else len(text)))
        return spans

    def _causes_harm(self, sentence: _Sentence, match: re.Match[str]) -> bool:
        """Whether a causal verb has the drug as its agent ("it can cause", but not "caused by chemotherapy")."""
        passive = re.match(r"\s+by\s+((?:[\w-]+\s+){0,3}[\w-]+)", sentence.text[match.end() :])
        if passive:
            return bool(self.drug_names.search(passive.group(1)) or cue("drug_anaphor").search(passive.group(1)))
        if self._drug_is_agent(sentence, match.start()):
            return True
        # "Stopping it suddenly brings anxiety and sweating", "Do not stop taking it suddenly: this can
        # bring on a heart attack": effects of coming off the drug are its effects
        return cue("withdrawal_agent").search(sentence.text, 0, match.start()) is not None

    def _drug_is_agent(self, sentence: _Sentence, position: int) -> bool:
        """Whether the clause before ``position`` has the drug (or a word for it) as its agent."""
        clause_start = _agent_clause_start(sentence.text, position)
        clause = sentence.text[clause_start:position]
        if any(clause_start <= s < position for s, _ in sentence.drug_mentions):
            return True
        return cue("drug_anaphor").search(clause) is not None

    def adverse_effects(self, sentence: _Sentence) -> None:
        text = sentence.text
        side_effect = cue("side_effect").search(text)
        causal = [m for m in cue("causal").finditer(text) if self._causes_harm(sentence, m)]
        about_drug = (
            bool(sentence.drug_mentions)
            or sentence.section_kind in ("side_effects", "precautions")
            or sentence.sentence.paragraph in self.adverse_paragraphs
            # "Side effects include: … ." then "Less often, X and Y are noticed.": the topic goes on
            or sentence.sentence.paragraph - 1 in self.adverse_paragraphs
            or cue("experiencer").search(text) is not None
        )
        experienced = [m for m in cue("experience").finditer(text) if about_drug]
        occurring = [m for m in cue("occurrence").finditer(text) if about_drug]
        in_section = sentence.section_kind == "side_effects"
        if side_effect is None and sentence.sentence.paragraph in self.adverse_paragraphs:
            side_effect = cue("list_lead").match(text)  # "Less often, gout and raised blood sugar."
        if not (side_effect or causal or experienced or occurring or in_section):
            return
        if sentence.section_kind == "introduction" and not side_effect:
            return  # the opening paragraph of the genre talks about the disease, not the drug's harms
        listed = in_section and _BULLETED.search(text) is not None  # a side-effect list in its section
        if not (side_effect or causal or listed) and cue("indication").search(text):
            return  # a statement of use, not of harm
        conditions = sentence.mentions("condition")
        first_condition = conditions[0].start if conditions else len(text)
        subject_population = [m.start for m in sentence.mentions("population") if m.start < first_condition]
        subject_population += [
            m.start() for m in cue("population_phrase").finditer(text) if m.start() < first_condition
        ]
        if subject_population and not side_effect and not causal and not in_section:
            return  # "people with asthma may find ...": the group's risks, not the drug's effects
        lead = cue("if_you_list").search(text)
        # ("Check with your doctor first if you:\n- have ever had swelling of the face": lines that say
        # what people have or take are groups too)
        grouped = lead is not None and (
            lead.group("verb") or _LINE_VERB.match(re.sub(r"^\s*[-*\u2022]?\s*", "", text[lead.end() :]))
        )
        if grouped and lead is not None and not (in_section and _SEEK_HELP.search(text, 0, lead.start())):
            # "Tell your doctor first if you have:\n- asthma - it can bring on an attack": groups at risk
            # (in a side-effects section "Call 911 if you have:" lists the effects to act on)
            return
        if causal and not side_effect and cue("combination_agent").search(text[: causal[0].start()]):
            return  # "Drinking alcohol while taking it can cause flushing": the combination's effect
        cues = [m for m in (side_effect, *causal, *experienced) if m is not None]
        # "Dizziness and rash can occur": with these cues the effects may come before the verb.
        first_cue = 0 if side_effect or in_section or occurring else min(m.start() for m in cues)
        excluded = self._descriptions(sentence) + self._other_medicines_effects(sentence)
        # "its warning signs are unexplained bruising, a sore throat and a fever": signs of an effect
        excluded += [(m.start(), m.end()) for m in cue("warning_signs").finditer(text)]
        found: dict[str, tuple[Entity, int, int]] = {}
        for mention in conditions:
            if mention.start < first_cue or self._inside_population(sentence, mention.start):
                continue
            if re.search(
                r"\b(?:these|those|such|the same)\s+$|\bof this\s+(?:[a-z-]+\s+)?$", text[: mention.start], re.I
            ):
                # "These withdrawal effects are usually mild", "the same allergic reaction", "an attack of
                # this inherited blood disorder": named before
                continue
            if any(s <= mention.start < e for s, e in excluded):
                continue
            if _MEDICINE_FOR.match(text, mention.end):
                continue  # "HIV medicines such as ritonavir": the condition names a class of medicines
            if any(self._symptom_of_another(sentence, mention, link=link) for link in ("from", "of")):
                continue  # "eye pain and blurred vision from glaucoma": the effect is the glaucoma
            entity = self._named_in_parentheses(sentence, mention) or self._extended(sentence, mention)
            resembling = _RESEMBLING.match(text, mention.end)
            if resembling:  # "a lupus-like illness" is not lupus
                entity = unmapped("condition", text[mention.start : resembling.end()])
            if not cues and not occurring and self._mentioned_before(entity):
                continue  # "the cough can be bothersome": a re-mention, not a new effect
            found.setdefault(entity.slug, (entity, mention.start, mention.end))
        for entity, start, end in self._level_changes(sentence):
            if start >= first_cue and not any(s <= start < e for s, e in excluded):
                found.setdefault(entity.slug, (entity, start, end))
        slots: list[tuple[int, int | None, bool]] = []
        for match in cues:
            rest = text[match.end() :]
            list_start = re.match(
                r"\s*(?:include|includes|including|are|is|such as|like|can include|may include|:)?\s*", rest
            )
            # "Rare but serious side effects need urgent help:\n- ...": the list after the colon
            over_list = _PREDICATE_OVER_LIST.match(rest) if match is side_effect else None
            list_start = over_list or list_start
            # An explicit list ("side effects include ...", "it can cause ...") names effects even when
            # the lexicon knows none of its words; other cues need a known head word.
            slots.append((match.end() + (list_start.end() if list_start else 0), None, match is side_effect))
        if side_effect is not None:
            # "- Stomach and gut: feeling sick and wind": a side-effect list with a line per part of the
            # body, each line a list of its own
            for line in _LABELLED_LINE.finditer(text, side_effect.end()):
                line_end = text.find("\n", line.end())
                slots.append((line.end(), line_end if line_end >= 0 else None, True))
        for start, limit, explicit in slots:
            for item, s, e in slot_items(text, start, limit):
                if any(fs < e and s < fe for _, fs, fe in found.values()) or any(a <= s < b for a, b in excluded):
                    continue
                if any(m.start < e and s < m.end for m in conditions):
                    continue  # "tingling or pins and needles": a synonym of an effect already found
                if self._names_a_drug(item) or self._inside_population(sentence, s):
                    continue
                guessed = self._slot_entity("condition", item)
                if guessed is not None and not guessed.in_lexicon and cue("not_an_effect").search(item):
                    guessed = None  # "aching bones, joints or muscles": a part of the body, not an effect
                if guessed is None and explicit and len(item.split()) <= 3 and not cue("not_an_effect").search(item):
                    guessed = unmapped("condition", item)
                if guessed is not None:
                    if cue("parenthetical").search(text[e:]):
                        mention = Mention(Term("condition", "", item), s, e, item)
                        guessed = self._named_in_parentheses(sentence, mention) or guessed
                    found.setdefault(guessed.slug, (guessed, s, e))
        for match in occurring:
            # "Nosebleeds, bruising and bleeding gums have been reported": the list is the subject.
            clause_start = _agent_clause_start(text, match.start())
            # "Red eyes, a gritty feeling, stinging and blurred vision are common": the list's commas
            # are no clause boundaries
            earlier_items = _LIST_HEAD.search(text, 0, clause_start)
            if earlier_items is not None and earlier_items.end() == clause_start:
                clause_start = earlier_items.start("items")
            items = [
                (item, s, e, self._slot_entity("condition", item))
                for item, s, e in slot_items(text, clause_start, match.start())
                if not any(fs < e and s < fe for _, fs, fe in found.values()) and not self._names_a_drug(item)
            ]
            # "Less often, anxiety and tics appear": an unknown word listed with known effects is one too
            listed_with_known = any(known is not None for *_, known in items) or any(
                clause_start <= fs < match.start() for _, fs, _ in found.values()
            )
            for item, s, e, subject in items:
                if subject is None and listed_with_known and not cue("not_an_effect").search(item):
                    subject = unmapped("condition", item)
                if subject is not None:
                    found.setdefault(subject.slug, (subject, s, e))
        # "- shortness of breath and swollen ankles - these can be signs of heart failure": the line
        # names one effect, its signs first
        for line in _SIGNS_OF_LINE.finditer(text):
            found = {k: v for k, v in found.items() if not line.start("signs") <= v[1] < line.end("signs")}
        # "- low sodium: confusion, memory problems or feeling unsteady": a line labelled with an
        # effect lists its symptoms ("- Stomach and gut: wind" lists effects)
        for line in _LABELLED_EFFECT_LINE.finditer(text):
            label = [m for m in conditions if m.start == line.start("label") and m.end == line.end("label")]
            if label:
                found = {k: v for k, v in found.items() if not line.end("label") < v[1] <= line.end()}
                entity = self._extended(sentence, label[0])
                found.setdefault(entity.slug, (entity, label[0].start, label[0].end))
        # "- a sudden severe headache, confusion or weakness (possible bleeding in the brain)": the
        # line's symptoms are of the one effect it names last
        for line in _NAMED_LINE.finditer(text):
            in_name = [m for m in conditions if line.start("name") <= m.start < line.end("name")]
            if in_name or any(line.start("name") <= v[1] < line.end("name") for v in found.values()):
                found = {k: v for k, v in found.items() if not line.start("signs") <= v[1] < line.end("signs")}
                if in_name:  # the whole line its evidence ("things that are not there (hallucinations)")
                    line_effect = entity_of(in_name[0].term)
                    found.setdefault(line_effect.slug, (line_effect, line.start("signs"), line.end("name")))
        # an effect's description, features and examples ("allergic reactions such as rash, itching
        # or hives") name that one effect, not others
        for _, _, end in list(found.values()):
            description = cue("appositive").search(text[end:]) or cue("features").search(text[end:])
            if description is None:
                description = cue("examples").search(text[end:])
            if description:
                zone = (end, end + description.end())
                found = {k: v for k, v in found.items() if not zone[0] <= v[1] < zone[1]}
        # "Tingling, numbness or burning in the feet (peripheral neuropathy) is a known problem":
        # a list of symptoms that opens its clause and is named in parentheses is that one effect
        described = _LIST_NAMED_AFTER.search(text)
        if (
            described
            # (alternatives: "Upset stomach, nausea and a white coating in the mouth (oral thrush)"
            # lists effects, the last one named again)
            and re.search(r"\bor\b", described.group("list"))
            and not any(described.start("list") <= m.start() < described.end("list") for m in cues)
        ):
            named = [k for k, v in found.items() if v[1] >= described.start("alt") and v[2] <= described.end("alt")]
            if named:
                found = {
                    k: v
                    for k, v in found.items()
                    if k in named or not described.start("list") <= v[1] < described.end("list")
                }
        # "Serious side effects are rare": the words for effects in general name none
        found = {k: v for k, v in found.items() if not cue("generic_effect").fullmatch(v[0].label)}
        # "nausea and vomiting" (one term of the lexicon, for a use) are two effects
        for slug, (entity, start, end) in list(found.items()):
            pair = re.fullmatch(r"(.+) and (.+)", entity.label) if entity.in_lexicon else None
            terms = [self.lexicon.lookup("condition", part) for part in pair.groups()] if pair else []
            parts = [term for term in terms if term is not None]
            if len(parts) == 2:
                del found[slug]
                for part in parts:
                    found.setdefault(part.slug, (entity_of(part), start, end))
        if cue("pregnancy").search(text):
            # "must not be taken in pregnancy, because it can cause miscarriage": the risk of a group,
            # and "can cause shaking and breathing problems in the newborn" the baby's
            if cue("newborn").search(text):
                return
            found = {k: v for k, v in found.items() if not cue("pregnancy_outcome").search(v[0].label)}
        if not found:
            return
        serious: bool | None = None
        if cue("serious").search(text):
            serious = True
        elif cue("not_serious").search(text):
            serious = False
        frequency_match = cue("frequency").search(text)
        frequency = " ".join(frequency_match.group().lower().split()) if frequency_match else None
        systems = sentence.mentions("body_system")
        effects = []
        for entity, start, end in found.values():
            system = next((entity_of(m.term) for m in systems if m.end <= start), None)
            self.emit(
                sentence,
                "adverse_effect",
                entity,
                "adverse-effect/cue",
                start,
                end,
                serious=serious,
                frequency=frequency,
                body_system=system,
            )
            effects.append(entity)
        self.adverse_by_sentence[sentence.sentence.index] = effects
        self.adverse_paragraphs.add(sentence.sentence.paragraph)
        for effect in effects:
            self.adverse_heads.add(effect.label.split()[-1].lower())
            self.adverse_slugs.add(effect.slug)
            if effect.related:
                self.adverse_by_system.setdefault(effect.related, effect)

    def _level_changes(self, sentence: _Sentence) -> Iterator[tuple[Entity, int, int]]:
        """ "raises the level of potassium in the blood", "a drop in white blood cells": the lexicon's
        high or low state of what changes, when it knows one."""
        for match in cue("level_change").finditer(sentence.text):
            what = match.group("what")
            if match.group("up"):
                names = [f"high {what}", f"raised {what}", f"high blood {what}"]
            else:
                names = [f"low {what}", f"low {what} count", f"low blood {what}", f"drop in {what}"]
            term = next(filter(None, (self.lexicon.lookup("condition", name) for name in names)), None)
            if term is not None:
                yield entity_of(term), match.start(), match.end()

    # risk populations -------------------------------------------------------------
    def risk_populations(self, sentence: _Sentence) -> None:
        text = sentence.text
        # "no extra risk", "do not need a different dose": the words of risk say there is none, and
        # "lowers the risk of fractures" names a benefit
        without_limits = cue("reassurance").sub(" ", cue("dose_limit").sub(" ", text))
        # "lowers the risk of dying from heart problems": a benefit, to the end of its clause
        without_limits = re.sub(rf"(?:{cue('benefit').pattern})[^,;.\n]*", " ", without_limits, flags=re.I)
        # "people with liver problems": a word of risk inside a group's name says nothing of a risk
        without_limits = cue("population_phrase").sub(lambda m: " " * len(m.group()), without_limits)
        interactions = list(cue("co_medication").finditer(text))
        subject = self._interacting_subject(sentence)
        labelled = self._labelled_group(sentence)
        fields = self._field_list_groups(sentence)
        # "Can people with porphyria take it? No. It can set off an attack": the question names the
        # group, the answer says no
        refused = self._answered_no(sentence)
        if _is_question(text) and not refused:
            return  # "Can people with kidney disease take it?" asks; its answer says
        driving = cue("driving_advice").search(text)  # "do not drive if you feel drowsy": a risk for drivers
        allergies = self._allergy_groups(text)
        risk_named = cue("risk").search(without_limits)
        harmful = (
            risk_named
            or cue("causal").search(text)
            or interactions
            or subject
            or labelled
            or fields
            or refused
            or driving
            or allergies
            or cue("alcohol_advice").search(text)
        )
        if not (harmful or sentence.section_kind == "precautions"):
            return
        if not harmful and cue("reassurance").search(text):
            return  # "considered safe for pregnant women": no risk stated
        harm_stated = cue("causal").search(text) or cue("stated_harm").search(text)
        if cue("unknown_risk").search(text) and not harm_stated:
            return  # "Pregnancy: there is not enough information; talk to your doctor": no risk stated
        risk_words = {" ".join(m.group().lower().split()) for m in cue("risk").finditer(without_limits)}
        if risk_words == {"not recommended"} and not harm_stated:
            return  # "Breastfeeding during a long course is not recommended": advice, no risk named
        consequence = cue("consequence").search(text)
        # ("Because it makes the pill less reliable, use condoms too": a reason that opens the
        # sentence holds the risk)
        clause_end = consequence.start() if consequence and consequence.start() > 0 else len(text)
        populations: dict[str, tuple[Entity, int, int]] = {}
        # "Doctors give it to people who have active TB": the patients it is for, unless a risk is named
        patients = cue("patients_of_use").search(text)
        if patients and not risk_named:
            clause_end = min(clause_end, patients.end())
        # "a medicine used to lower the risk of death in adults with heart failure": the patients
        # a use is for, when the sentence names no risk of its own
        used_in = [] if risk_named else self._patients_of_use(text)
        for mention in sentence.mentions("population"):
            if any(mention.start < end <= mention.end for end in used_in):
                continue
            if (
                mention.start < clause_end
                and not cue("victim").search(text[: mention.start])
                and not cue("victim_words").search(mention.text)
            ):
                entity, end = entity_of(mention.term), mention.end
                age = cue("age_qualifier").match(text[mention.end :])
                if mention.term.slug == "adults" and not age:
                    continue  # adults are everyone the text is written for, not a group at risk
                if age and cue("general_population").fullmatch(mention.text):
                    entity, end = (
                        unmapped("population", mention.text + age.group()),
                        mention.end + age.end(),
                    )
                # "older people with dementia": the group the condition narrows, not all older people
                # ("children with flu" are the children it treats)
                with_named = _WITH_NAMED.match(text, end)
                narrowed = [
                    m
                    for m in sentence.mentions("condition")
                    if with_named and m.start == with_named.end() and m.term.slug not in self._uses()
                ]
                if narrowed:
                    entity = unmapped("population", f"{text[mention.start : end]} with {narrowed[0].text}")
                    end = narrowed[0].end
                populations.setdefault(entity.slug, (entity, mention.start, end))
        for entity, start, end in fields:  # "Avoid in: severe kidney impairment (...); ..."
            populations.setdefault(entity.slug, (entity, start, end))
        for entity, start, end in allergies:  # before the phrases, which would take their words apart
            populations.setdefault(entity.slug, (entity, start, end))
        for match in cue("descent_group").finditer(text):  # "people of Han Chinese, Thai or Korean descent"
            entity = self._group(match.group())
            populations.setdefault(entity.slug, (entity, match.start(), match.end()))
        for match in cue("population_phrase").finditer(text):
            if match.start() >= clause_end or any(
                s < match.end() and match.start() < e for _, s, e in populations.values()
            ):
                continue
            phrase = _trimmed(match.group())
            if not cue("population_phrase").fullmatch(phrase) or self.drug_names.search(phrase):
                continue  # "people who are due to", "people taking gabapentin": no group named
            if any(match.start() < end <= match.end() for end in used_in):
                continue  # the patients of a use
            if re.search(r"\b(?:it|them|this|that)$|\b\d+\s+(?:weeks?|months?|days?)$", phrase, re.I):
                continue  # "people who have it", "women who are 20 weeks [into pregnancy]": named elsewhere
            phrase += _defining_clause(text, match.start() + len(phrase), phrase)
            # "people with a red, inflamed or sunburnt scalp": adjectives coordinated before one organ
            shared = _SHARED_NOUN.match(text, match.start() + len(phrase))
            if shared and cue("organ").fullmatch(shared.group("noun").lower()):
                phrase = text[match.start() : shared.end()]
            entity = self._group(phrase)
            populations.setdefault(entity.slug, (entity, match.start(), match.start() + len(phrase)))
            # "if you have kidney disease, asthma or diabetes": one group for each condition
            for other, start, end in self._coordinated_conditions(sentence, match.start() + len(phrase)):
                entity = self._group(f"people with {other}")
                populations.setdefault(entity.slug, (entity, start, end))
        # "Caution is needed in diabetes, ...; and in glaucoma, because ...": the conditions it is needed in
        caution = _CAUTION_IN.search(text)
        caution_start = caution.start() if caution else len(text)
        for mention in sentence.mentions("condition"):
            if mention.start > caution_start and _IN_BEFORE.search(text, caution_start, mention.start):
                entity = self._group(f"people with {mention.text}")
                populations.setdefault(entity.slug, (entity, mention.start, mention.end))
        # "Drinking alcohol raises the risk of liver damage, as does existing liver disease": another
        # group with the same risk, after the consequence
        for also in cue("shared_risk").finditer(text):
            phrase_match = cue("population_phrase").match(text, also.end())
            if phrase_match is not None:
                phrase = _trimmed(phrase_match.group())
                entity, start, end = self._group(phrase), also.end(), also.end() + len(phrase)
            else:
                words = re.match(r"(?:[\w'-]+\s+){0,4}?[\w'-]+(?=\s*(?:[,.;:]|$))", text[also.end() :])
                if words is None:
                    continue
                entity = self._group(f"people with {words.group()}")
                named = any(
                    m.start == also.end() and m.end == also.end() + words.end() for m in sentence.mentions("condition")
                )
                if not (entity.in_lexicon or named):
                    continue
                start, end = also.end(), also.end() + words.end()
            populations.setdefault(entity.slug, (entity, start, end))
        # "You should not take it if you:\n- are pregnant\n- have severe liver disease"
        for body_start, lead_in in self._if_you_lists(sentence, clause_end):
            # "Tell your doctor first if you have:\n- diabetes - it can hide ...": the lead's verb
            # goes with each line, up to the line's own explanation
            for line in _LIST_ITEM_LINE.finditer(text, body_start):
                item = _LINE_EXPLANATION.split(line.group("item"), maxsplit=1)[0]
                you = re.match(r"(?:if\s+)?you\s+", item, re.I)  # "if:\n- you have kidney problems", "- if you are ..."
                if you and lead_in == "if you":
                    item = item[you.end() :]
                if not item.strip():
                    continue
                start = line.start("item") + (you.end() if you and lead_in == "if you" else 0)
                end = start + len(item)
                if any(start <= s < end for _, s, _ in populations.values()):
                    continue  # "- are pregnant or plan to become pregnant": the group named in the line
                # (after "if you have:" a line is the name of a group; after "if you:" it must say one)
                phrase = f"{lead_in} {item}"
                age = _AGE_LINE.fullmatch(item)
                if age:  # "- are 65 years of age or older"
                    entity = unmapped("population", f"people aged {age.group('n')} or older")
                    populations.setdefault(entity.slug, (entity, start, end))
                    continue
                # ("if you:\n- take medicines that weaken the immune system": the line's own verb leads)
                own_verb = _LINE_VERB.match(item) if lead_in == "if you" else None
                rest = item[own_verb.end() :] if own_verb else item
                listed = (lead_in != "if you" or own_verb is not None) and len(rest.split()) <= 14
                # ("kidney problems or are on dialysis": a second verb of the same list line)
                listed = listed and not _FINITE_VERB.search(re.sub(r"\b(?:or|and) (?:are|have|has|is)\b", "", rest))
                if listed or cue("population_phrase").fullmatch(phrase):
                    entity = self._group(phrase)
                    populations.setdefault(entity.slug, (entity, start, end))
        if refused and re.search(r"\balcohol\b", text, re.I):  # "Can I drink alcohol? No."
            term = self.lexicon.lookup("population", "alcohol users")
            if term is not None:
                start = text.lower().index("alcohol")
                populations.setdefault(term.slug, (entity_of(term), start, start + len("alcohol")))
        for match in cue("alcohol_advice").finditer(text):  # "avoid alcohol while taking it"
            term = self.lexicon.lookup("population", "alcohol users")
            if term is not None:
                populations.setdefault(term.slug, (entity_of(term), match.start(), match.end()))
        if driving is not None:
            term = self.lexicon.lookup("population", "people who drive")
            if term is not None:
                populations.setdefault(term.slug, (entity_of(term), driving.start(), driving.end()))
        for match in cue("organ_impairment").finditer(text):  # "people whose kidneys work poorly"
            term = self.lexicon.lookup("population", f"people with {singular(match.group('organ').lower())} impairment")
            if term is not None and match.start() < clause_end:
                populations.setdefault(term.slug, (entity_of(term), match.start(), match.end()))
        if subject is not None:
            # "NSAIDs such as ibuprofen": the class is the group, its examples only illustrate it
            named_class = re.sub(r",?\s+(?:such as|like|including)\s.*$", "", subject.group("np"))
            named_class += _defining_clause(text, subject.end("np"), named_class)
            # "Alcohol, sleeping tablets and other sedatives add to its drowsiness": drinkers are a group too
            # ("Alcohol on the same evening deepens the sedation": drinkers alone)
            alcohol = re.match(
                r"alcohol(?:\s*,\s*|\s+(?:and|or)\s+(?=\S)|(?![\s,]+(?:and|or)\b).*$)", named_class, re.I
            )
            term = self.lexicon.lookup("population", "alcohol users") if alcohol else None
            if alcohol and term is not None:
                start = subject.start("np")
                populations.setdefault(term.slug, (entity_of(term), start, start + len("alcohol")))
                named_class = named_class[alcohol.end() :]
            if named_class.strip():
                label = "people taking " + re.sub(r"\s+and\s+", " or ", named_class).lower()
                entity = unmapped("population", label)
                populations.setdefault(entity.slug, (entity, subject.start("np"), subject.end("np")))
        for match in interactions:
            name = next(g for g in ("other", "other2", "other3", "other4", "other5", "other6") if match.group(g))
            other = match.group(name)
            if name in ("other3", "other5") and not (
                self._drug_is_subject(text[_agent_clause_start(text, match.start()) : match.start()])
                and self._is_other_medicine(other)
            ):
                continue  # "lowers the level of sugar in the blood": not another medicine
            if name == "other6" and not self._is_other_medicine(other):
                continue  # "With food it is absorbed better": "combined with" names a medicine
            if match.start() >= clause_end or (self._names_a_drug(other) and not self.lexicon.lookup("role", other)):
                continue
            examples = re.match(
                r",?\s*(?:such as|like|including)\s+(?!(?:some|other|many|certain|most|several)\b)"
                r"((?:[\w-]+(?:\s[\w-]+)?\s*,\s*){0,5}[\w-]+(?:\s[\w-]+)?\s+(?:and|or)\s+[\w-]+|[\w-]+(?=\s*[,.;]))",
                text[match.end(name) :],
            )
            if examples and re.search(r"\b(?:that|which)\b", other):
                other = examples.group(1)  # "medicines that slow its breakdown, such as erythromycin": those named
            other = re.sub(r",?\s+(?:such as|like|including)\s.*$", "", other)  # the class, not its examples
            # "the antibiotic trimethoprim"; "azathioprine and mercaptopurine": people taking either
            label = "people taking " + re.sub(r"\s+and\s+", " or ", cue("class_apposition").sub("", other))
            term = self.lexicon.lookup("population", label)
            entity = entity_of(term) if term else unmapped("population", label)
            populations.setdefault(entity.slug, (entity, match.start(name), match.end(name)))
        # "Pregnancy and breastfeeding: ...": the groups the label names, when it names known ones
        if labelled is not None and not any(labelled[1] <= s < labelled[2] for _, s, _ in populations.values()):
            populations.setdefault(labelled[0].slug, labelled)
        # "With kidney disease the antibiotic builds up in the blood"
        with_condition = _WITH_CONDITION.match(text)
        if with_condition is not None and harmful:
            entity = self._group(f"people with {with_condition.group('x')}")
            populations.setdefault(entity.slug, (entity, with_condition.start("x"), with_condition.end("x")))
        # "Sickle cell anaemia, leukaemia or myeloma make priapism more likely": the conditions are
        # the subject, and the people who have them the group
        for condition, start, end in self._condition_subjects(sentence):
            entity = self._group(f"people with {condition}")
            populations.setdefault(entity.slug, (entity, start, end))
        if not populations and harmful and sentence.section_kind == "precautions":
            # "Can I take it while pregnant or breastfeeding?" then "some risk of birth defects
            # remains": the groups the heading names are the ones the section's risks are for
            populations = {entity.slug: (entity, 0, 0) for entity in self._heading_groups(sentence)}
        if not populations:
            return
        risk = self._risk_of(sentence, populations)
        for entity, start, end in populations.values():
            self.emit(
                sentence,
                "risk_population",
                entity,
                "risk-population/cue",
                start,
                end,
                risk=risk,
                negated=False,
            )

    @staticmethod
    def _patients_of_use(text: str) -> list[int]:
        """Where "used to treat adults with", "in people with" end, when a statement of use leads to
        them and its clause names no risk: the groups after them are the patients of that use."""
        found = []
        for match in [*_FOR_PATIENTS.finditer(text), *cue("helps_people").finditer(text)]:
            clause_start = _use_clause_start(text, match.start())
            if cue("indication").search(text, clause_start, match.end()) and not cue("risk").search(
                cue("benefit").sub(" ", text[clause_start : match.start()])
            ):
                found.append(match.end())
        return found

    def _condition_subjects(self, sentence: _Sentence) -> list[tuple[str, int, int]]:
        """The conditions of a list that opens a sentence and makes a risk greater."""
        subject = _CONDITIONS_RAISE.match(sentence.text)
        if subject is None or self._is_other_medicine(subject.group("list")):
            return []  # "HIV medicines such as ritonavir raise its levels": medicines, not conditions
        inside = [m for m in sentence.mentions("condition") if m.end <= subject.end("list")]
        if not inside or sentence.text[: inside[0].start].strip(" -*\u2022").lower() not in ("", "a", "an"):
            return []
        return [(m.text, m.start, m.end) for m in inside]

    def _heading_groups(self, sentence: _Sentence) -> list[Entity]:
        """The lexicon's groups the heading of a sentence's section names."""
        heading = self.monograph.sections[sentence.sentence.section].heading
        if not heading:
            return []
        return [entity_of(m.term) for m in self.lexicon.find("population", heading)]

    def _allergy_groups(self, text: str) -> list[tuple[Entity, int, int]]:
        """People allergic to something, however the text words it: "if you are allergic to aspirin
        or other salicylates", "people who are allergic to sulfonamide ("sulfa") drugs", "anyone who
        has had asthma, hives or a runny nose after taking aspirin" (a reaction to a medicine)."""
        groups = []
        for match in cue("allergy_group").finditer(_without_parentheses(text)):
            what = re.sub(r"^(?:an?|the|any)\s+", "", " ".join(match.group("what").split()), flags=re.I)
            what = re.sub(r"\s+(?:before|previously|in the past|already|again)$", "", what, flags=re.I)
            groups.append((self._group(f"people allergic to {what}"), match.start(), match.end()))
        return groups

    def _answered_no(self, sentence: _Sentence) -> bool:
        """Whether ``sentence`` asks whether some people may take it and the next sentence of its
        paragraph answers "No." ("Can people with porphyria take it? No. ...")."""
        index = sentence.sentence.index
        if not _is_question(sentence.text) or index + 1 >= len(self.sentences):
            return False
        answer = self.sentences[index + 1]
        return answer.sentence.paragraph == sentence.sentence.paragraph and bool(_ANSWER_NO.match(answer.text))

    def _field_list_groups(self, sentence: _Sentence) -> list[tuple[Entity, int, int]]:
        """The groups of a reference entry's labelled field: "Avoid in: allergy to aspirin (may react);
        severe kidney impairment (...)", "Interactions: warfarin (may weaken its effect); ..."."""
        field = _FIELD_OF_GROUPS.match(sentence.text)
        if field is None:
            return []
        groups = []
        interactions = field.group("label").lower().startswith("interact")
        for item in re.finditer(r"[^;]+", sentence.text[field.end() :]):
            name = re.sub(r"\s*\(.*$", "", item.group()).strip(" .,")
            if not name or len(name.split()) > 12:
                continue
            start = field.end() + item.start() + (len(item.group()) - len(item.group().lstrip()))
            term = self.lexicon.lookup("population", name)
            if term is not None:
                groups.append((entity_of(term), start, start + len(name)))
            elif re.match(r"alcohol\b", name, re.I):
                alcohol = self.lexicon.lookup("population", "alcohol users")
                if alcohol is not None:
                    groups.append((entity_of(alcohol), start, start + len(name)))
            elif re.match(r"allerg", name, re.I):  # "allergy to aspirin or other salicylates"
                groups.append((self._group(f"people with {name}"), start, start + len(name)))
            elif interactions or self._is_other_medicine(name):
                groups.append((self._group(f"people taking {name}"), start, start + len(name)))
            else:
                groups.append((self._group(f"people with {name}"), start, start + len(name)))
        return groups

    def _labelled_group(self, sentence: _Sentence) -> tuple[Entity, int, int] | None:
        """ "Over 65: higher risk of falls", "Alcohol: deepens the sedation. Avoid.", "- Drivers: do
        not drive if you feel dizzy": a line that names a group and then a risk for it."""
        line = _GROUP_LABEL.match(sentence.text)
        if line is None or not (
            cue("labelled_risk").search(sentence.text, line.end()) or sentence.section_kind == "precautions"
        ):
            return None
        label, start, end = line.group("label"), line.start("label"), line.end("label")
        if cue("reassurance").search(sentence.text, line.end()) and not cue("stated_harm").search(sentence.text):
            return None  # "Older people: no change of dose is needed"
        if _ADVICE_LEAD.search(label):
            return None  # "Tell your doctor if you're taking: ...": a lead into a list, not a group
        if _FINITE_VERB.search(label) and not cue("population_phrase").match(label):
            return None  # "Changes in ejaculation are a known problem: ...": a sentence, not a label
        for wording in (label, f"people who drink {label}", f"people with {label}", f"people having {label}"):
            term = self.lexicon.lookup("population", wording)
            if term is not None:
                return entity_of(term), start, end
        age = re.fullmatch(r"(?:people |adults |those )?(?P<age>(?:over|under|aged) \d+)(?: years)?", label, re.I)
        if age:
            return unmapped("population", f"people {age.group('age').lower()}"), start, end
        named = re.sub(r",?\s+(?:such as|like|including|e\.g\.)\s.*$", "", label)
        if re.fullmatch(
            r"(?:other\s+)?(?:medicines|drugs|medications)|interactions|warnings?|important|notes?", named, re.I
        ):
            return None  # "Other medicines: tell your doctor if you take: ...", "WARNING: ...": a label, no group
        head = named.split()[-1]
        if self._is_other_medicine(head) or self.lexicon.find("role", named):
            return self._group(f"people taking {named.lower()}"), start, end
        last = label.split()[-1].lower()
        if (
            any(m.start <= start and end <= m.end + 25 for m in sentence.mentions("condition"))
            # "A history of kidney stones: more stones are likely"
            or (
                len(label.split()) <= 6
                and any(start <= m.start and m.end <= end for m in sentence.mentions("condition"))
            )
            or cue("condition_word").search(last)
            or last in _CONDITION_HEADS
        ):
            return self._group(f"people with {label.lower()}"), start, end
        return None

    def _drug_is_subject(self, before: str) -> bool:
        """Whether ``before`` is just this drug as a sentence's subject ("Zorbavir can", "It also")."""
        subject = re.match(
            r"\s*(?:(?:because|since|as|if|when|although|while)\s+)?(?P<s>it|this (?:drug|medicine)|[\w-]+)\s+"
            r"(?:(?:can|may|also|will|could|might)\s+)*$",
            before,
            re.I,
        )
        if subject is None:
            return False
        return subject.group("s").lower() in {"it", "this drug", "this medicine"} or bool(
            self.drug_names.fullmatch(subject.group("s"))
        )

    def _group(self, phrase: str) -> Entity:
        """The lexicon's group a population phrase names ("people with kidney problems"), else a new one."""
        canonical = canonical_population(phrase)
        term = self.lexicon.lookup("population", phrase) or self.lexicon.lookup("population", canonical)
        having = cue("people_with").match(canonical)
        if term is None and having:
            term = self.lexicon.lookup("population", canonical[having.end() :])
        return entity_of(term) if term else unmapped("population", canonical)

    def _coordinated_conditions(self, sentence: _Sentence, end: int) -> Iterator[tuple[str, int, int]]:
        """Conditions coordinated with the phrase that ends at ``end`` (", asthma or diabetes")."""
        for mention in sentence.mentions("condition"):
            if mention.start < end:
                continue
            if not re.fullmatch(
                r"\s*(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:an?\s+)?", sentence.text[end : mention.start]
            ):
                return
            yield sentence.text[mention.start : mention.end], mention.start, mention.end
            end = mention.end

    def _is_other_medicine(self, words: str) -> bool:
        """Whether ``words`` name a medicine other than this one ("the contraceptive pill", "warfarin")."""
        if self.drug_names.search(words):
            return False
        if (
            cue("medicine_noun").search(words)
            or self.lexicon.find("role", words)
            or self.lexicon.find("drug", words)
            or names_a_medicine(words)
        ):
            return True
        return any(w.lower().endswith(_inn_stems()) for w in re.findall(r"[\w-]+", words))

    def _if_you_lists(self, sentence: _Sentence, clause_end: int) -> list[tuple[int, str]]:
        """Where the lines of an "if you:" list start in ``sentence``, each with its lead ("if you
        have").

        A list whose lines explain themselves in sentences of their own ("- take a beta-blocker.
        Your heart rate may drop further.\n- have liver problems.") goes on in the later sentences
        of its paragraph that open with a bullet. What to call a doctor for ("Call your doctor at
        once if you have:") lists symptoms, not groups.
        """
        text = sentence.text
        paragraph = sentence.sentence.paragraph
        leads = [lead for lead in cue("if_you_list").finditer(text) if lead.start() < clause_end]
        if leads:
            lists = [
                (lead.end(), "if you" + re.sub(r"\s+", " ", lead.group("verb") or ""))
                for lead in leads
                if not _SEEK_HELP.search(text, 0, lead.start())
            ]
            last_is_a_list = bool(lists) and lists[-1][0] == leads[-1].end()
            self._open_list = (paragraph, lists[-1][1]) if last_is_a_list else None
            return lists
        if self._open_list is None or self._open_list[0] != paragraph:
            self._open_list = None
            return []
        return [(0, self._open_list[1])] if _BULLET_START.match(text) else []

    def _uses(self) -> set[str]:
        """The conditions that are uses of the drug (asked once every use is found: by risk populations)."""
        if self._use_slugs is None:
            self._use_slugs = {
                c.object.slug
                for c in self.claims
                if c.kind == "indication" and not c.negated and isinstance(c.object, Entity)
            }
        return self._use_slugs

    def _interacting_subject(self, sentence: _Sentence) -> re.Match[str] | None:
        """Another medicine that is the subject of an interaction ("Antacids ... reduce the amount absorbed")."""
        match = cue("medicine_subject").match(sentence.text)
        if match is None or self.drug_names.search(match.group("np")) or not cue("interaction").search(sentence.text):
            return None
        if _NOT_A_SUBJECT.search(match.group("np")) or _VERB_FIRST.match(match.group("np")):
            # "Take care if you are taking another medicine that ...", "- take medicines that weaken
            # the immune system": advice or a list's line, not a medicine as subject
            return None
        if cue("population_phrase").match(sentence.text.lstrip()):
            return None  # "Those on the blood thinner warfarin may ...": people, not a medicine
        span = range(match.start("np"), match.end("np"))
        named = [m for m in sentence.mentions("role") if m.start in span]
        named += [m for m in sentence.mentions("drug") if m.start in span and m.term.slug != self.drug.slug]
        names = [w for w in re.split(r"\s*,\s*|\s+(?:and|or)\s+", match.group("np")) if w]
        if named or cue("medicine_noun").search(match.group("np")) or re.match(r"alcohol\b", match.group("np"), re.I):
            return match  # (alcohol too: "Alcohol on the same evening deepens the sedation")
        if names and all(n.lower().endswith(_inn_stems()) and slugify(n) != self.drug.slug for n in names):
            return match  # "Omeprazole and esomeprazole ... block ...": names of medicines by their stems
        acting = cue("interaction").search(sentence.text, match.end("np"))
        on_this = acting and re.search(
            rf"^\W*(?:[\w-]+\W+){{0,4}}?(?:it|its|{self.drug_names.pattern})\b", sentence.text[acting.end() :], re.I
        )
        if on_this and any(names_a_medicine(n) for n in names):
            return match  # "Rifampin, carbamazepine, phenytoin and St. John's wort lower it"
        return None

    def _risk_of(self, sentence: _Sentence, populations: dict[str, tuple[Entity, int, int]]) -> Entity | None:
        own = [
            m for m in sentence.mentions("condition") if not any(s <= m.start < e for _, s, e in populations.values())
        ]
        if own:
            return entity_of(own[0].term)
        index = sentence.sentence.index
        for mention in sentence.mentions("body_system"):
            if mention.term.slug in self.adverse_by_system:
                return self.adverse_by_system[mention.term.slug]
        if cue("anaphora").search(sentence.text) and index - 1 in self.adverse_by_sentence:
            return self.adverse_by_sentence[index - 1][0]
        return None

    # statements kept in the monograph's words ---------------------------------------
    def statements(self, sentence: _Sentence) -> None:
        text = sentence.text
        if sentence.has("management"):
            self.emit(sentence, "management", Text(text), "management/cue")
        if sentence.has("precaution") and (
            sentence.section_kind in ("precautions", "side_effects", "interactions") or sentence.drug_mentions
        ):
            self.emit(sentence, "precaution", Text(text), "precaution/cue")
        mechanism = cue("mechanism").search(text)
        if mechanism and (
            sentence.section_kind == "mechanism" or re.search(r"\bworks? by\b|\bacts? (?:on|by)\b", text, re.I)
        ):
            subject = self._mechanism_subject(sentence, mechanism.start())
            if subject is not None:
                self.emit(sentence, "mechanism", Text(text), "mechanism/cue", subject=subject)

    def _mechanism_subject(self, sentence: _Sentence, position: int) -> Entity | None:
        named: list[tuple[int, Entity]] = [(s, self.drug) for s, _ in sentence.drug_mentions if s < position]
        named += [(m.start, self._drug_entity(m.term)) for m in sentence.mentions("drug") if m.start < position]
        for other in self.other_drugs.values():
            # active forms named only by the text ("converted into zorbacin")
            found = re.search(rf"\b{re.escape(other.label)}\b", sentence.text[:position], re.I)
            if found:
                named.append((found.start(), other))
        if named:
            return min(named, key=lambda n: n[0])[1]
        if re.match(
            r"^\s*(?:it|this (?:drug|medicine|medication)|the (?:drug|medicine|medication))\b",
            sentence.text,
            re.I,
        ):
            return self.drug
        return None


def _use_clause_start(text: str, position: int) -> int:
    """Where the line or clause of a statement of use that reaches ``position`` starts."""
    return max((m.end() for m in _USE_CLAUSE_BOUNDARY.finditer(text, 0, position)), default=0)


#: what ends a statement of use before a group ("..., but in people with kidney disease")
_USE_CLAUSE_BOUNDARY = re.compile(r"[;.\n]|\b(?:but|although|however|though|whereas)\b", re.I)


def _agent_clause_start(text: str, position: int) -> int:
    """Where the clause that ends at ``position`` starts: after the last comma, "which", "if" ... before it."""
    return max((b.end() for b in cue("agent_boundary").finditer(text, 0, position)), default=0)


def _without_parentheses(text: str) -> str:
    """``text`` with each parenthesis (and the space before it) blanked out, offsets unchanged."""
    return re.sub(r"\s*\([^()]*\)", lambda m: " " * len(m.group()), text)


def _defining_clause(text: str, end: int, group: str) -> str:
    """The clause after a group of medicines that says which ("medicines that affect the heart
    rhythm", "remedies that contain paracetamol"); empty after anything else.

    Without it the group is every medicine, which no monograph warns about.
    """
    if not re.search(rf"(?:{cue('medicine_noun').pattern})$", group, re.I) or re.search(r",\s*(?:the|an?)\s", group):
        return ""  # ("aprepitant, the drug that blocks NK1 receptors": an apposition, not a group)
    clause = cue("defining_clause").match(text, end)
    return clause.group() if clause else ""


def _is_question(text: str) -> bool:
    """A sentence that asks ("Can people with porphyria take it?"), and so states nothing itself."""
    return text.rstrip(" \"'\u201d").endswith("?")


def _trimmed(phrase: str) -> str:
    """A population phrase without the punctuation and function words its pattern ran into."""
    return cue("trailing_function_words").sub("", re.sub(r"[\s,]+$", "", phrase))


def canonical_population(phrase: str) -> str:
    """A population phrase in the canonical "people ..." form ("anyone who has had" → "people who have had")."""
    # a group built around a phrase that already names people ("people taking" + "anyone who is
    # also taking a beta-blocker", "people with" + "people who are dehydrated") is that phrase's group
    doubled = re.match(
        r"people (?:taking|with) (?=(?:people|patients|those|adults|anyone|individuals|persons)\b)", phrase
    )
    if doubled:
        phrase = phrase[doubled.end() :]
    phrase = re.sub(r",?\s+(?:for example|for instance|e\.g\.)\s.*$", "", phrase)  # an aside, not the group
    phrase = re.sub(r"^if you're\b", "if you are", phrase, flags=re.I)
    phrase = re.sub(r"^if you've\b", "if you have", phrase, flags=re.I)
    phrase = re.sub(r"\byourself\b", "themselves", phrase)
    phrase = re.sub(r"\byour\b", "the", phrase)  # "poor circulation in your hands" is in the hands
    # "people taking rizatriptan (Maxalt)", "people with poor circulation, such as Raynaud's": the
    # group without its asides
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase)
    phrase = cue("people").sub("people", phrase, count=1)
    if cue("medicine_noun").search(phrase):
        phrase = re.sub(r"^people on\b", "people taking", phrase)
    phrase = re.sub(r"^people (?:who )?(?:have|has) ever had\b", "people who have had", phrase)
    phrase = re.sub(r"^people (?:have|has) (?=(?:had|taken|used|been|never|recently)\b)", "people who have ", phrase)
    phrase = re.sub(
        r"^people (?:who )?(?:already |also )?(?:have|suffer from)\b(?! (?:had|taken|used|been|never|recently)\b)",
        "people with",
        phrase,
    )
    phrase = re.sub(r"^people (are|drink|smoke|take|use)\b", r"people who \1", phrase)
    phrase = re.sub(r"^people who (?:(?:are|is) (?:also |already |still )?taking|take)\b", "people taking", phrase)
    phrase = re.sub(r"^people who has\b", "people who have", phrase)
    phrase = re.sub(r"\b(or|and) (?:are|is) (?=on\b|taking\b)", r"\1 ", phrase)  # "... or are on dialysis"
    phrase = re.sub(r"\s+and take\s+", " taking ", phrase)  # "with diabetes and take aliskiren"
    phrase = re.sub(r"\b(that|which|who) also\b", r"\1", phrase)  # "medicines that also affect the heart rhythm"
    phrase = re.sub(r"^people who are (?:going|due|about) to have\b", "people having", phrase)
    phrase = re.sub(r"^people who are (?=\w+ing\b)", "people ", phrase)  # "people who are being treated for"
    phrase = re.sub(r"\b(allergic to \S+(?: \S+)?) or to\b", r"\1 or", phrase)
    # one group however the text words it: "people with a penicillin allergy", "who have had an allergic
    # reaction to penicillin", "who are allergic to penicillin" are all people allergic to penicillin
    phrase = cue("allergy_wording").sub("people allergic to", phrase, count=1)
    phrase = re.sub(r"^people with (?:an? )?allerg(?:y|ies) to\b", "people allergic to", phrase)
    phrase = re.sub(r"^people with an? ([\w-]+(?: [\w-]+)?) allergy$", r"people allergic to \1", phrase, flags=re.I)
    taking = re.match(r"people taking ", phrase, re.I)
    if taking:  # "people taking the blood thinner warfarin" are people taking warfarin
        phrase = taking.group() + cue("class_apposition").sub("", phrase[taking.end() :])
        # "people taking finasteride, another hair loss medicine" are people taking finasteride
        phrase = re.sub(
            r",\s*(?:another|an?|the)\s+(?:[\w-]+\s+){0,3}?(?:medicine|drug|medication|treatment)s?$", "", phrase
        )
        # "people taking valproate for epilepsy" are people taking valproate
        phrase = re.sub(r"(?<=\w) for (?:their |an? |the )?[\w' -]+$", "", phrase)
    if re.match(r"people (?:with|taking|allergic to)\b", phrase):
        phrase = re.sub(r",?\s+such as\s.*$", "", phrase)  # the group, not its examples
    return phrase


def _line_label_kind(text: str, position: int) -> str | None:
    """The section kind of the label that opens the line ``position`` is on, when the line is a
    reference entry's field ("Uses: ...", "Side effects (common): ..."): such a line is a section
    of its own, down to its last sentence."""
    from valkg.reader import classify_heading

    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", line_start)
    label = _GROUP_LABEL.match(text[line_start : line_end if line_end >= 0 else len(text)])
    if label is None or len(label.group("label").split()) > 6 or _FINITE_VERB.search(label.group("label")):
        return None  # ("Long-term use brings a different set of effects: ...": a sentence, not a label)
    kind = classify_heading(label.group("label"))
    return None if kind == "other" else kind


def _paragraph_kinds(monograph: Monograph) -> dict[int, str]:
    """Section kinds for the paragraphs of a monograph written without headings.

    The first paragraph is the introduction; each later one is classified by
    its first sentence with the heading patterns ("Side effects include ..."
    reads as a side-effects section).  Monographs with headings get nothing here.
    """
    if any(section.heading for section in monograph.sections):
        return {}
    from valkg.reader import classify_heading

    paragraphs = {sentence.paragraph for sentence in monograph.sentences}
    if len(paragraphs) == 1:
        return dict.fromkeys(paragraphs, "other")  # one dense paragraph is the whole article, not its opening

    kinds: dict[int, str] = {}
    effect_sentences: dict[int, int] = {}
    for sentence in monograph.sentences:
        if (
            cue("frequency").search(sentence.text)
            or cue("occurrence").search(sentence.text)
            or cue("side_effect").search(sentence.text)
        ):
            effect_sentences[sentence.paragraph] = effect_sentences.get(sentence.paragraph, 0) + 1
        if sentence.paragraph in kinds:
            continue
        kinds[sentence.paragraph] = "introduction" if not kinds else classify_heading(sentence.text)
    # "A bitter taste is very common. ... Less often: headache, nightmares.": a paragraph that
    # says how often several things happen is about side effects, whatever its first sentence
    for paragraph, count in effect_sentences.items():
        if count >= 2 and kinds.get(paragraph) in ("other", "overview"):
            kinds[paragraph] = "side_effects"
    return kinds


def _specific_forms(claims: list[Claim]) -> list[Claim]:
    """Claims without a plain form ("capsules") when the text also names a kind of it
    ("modified-release capsules", "sprinkle capsules"): the plain word is the short name of that
    kind, not a product of its own."""
    available = {
        c.object.slug: c.object.label
        for c in claims
        if c.kind == "dosage_form" and not c.negated and isinstance(c.object, Entity)
    }
    plain = {
        slug
        for slug, label in available.items()
        if slug in _PLAIN_FORMS
        and any(o != slug and other.split()[-1] == label.split()[-1] for o, other in available.items())
    }
    return [
        c
        for c in claims
        if not (c.kind == "dosage_form" and isinstance(c.object, Entity) and c.object.slug in plain and not c.negated)
    ]


#: forms named by their head word alone, which a text also uses for a kind of them
_PLAIN_FORMS = frozenset({"oral-capsule"})


def _apply_disputes(claims: Iterable[Claim]) -> list[Claim]:
    result = []
    for claim in claims:
        for kind, pattern, dispute in _dispute_rules():
            if claim.kind == kind and pattern.search(claim.evidence.quote):
                claim = replace(claim, dispute=dispute)
                break
        result.append(claim)
    return result


def _dedupe(claims: Iterable[Claim]) -> list[Claim]:
    seen: dict[tuple[object, ...], Claim] = {}
    for claim in claims:
        key = (claim.kind, claim.subject.slug, claim.object, claim.evidence.start, claim.negated, claim.purpose)
        seen.setdefault(key, claim)
    return list(seen.values())


def extract(monograph: Monograph, lexicon: Lexicon | None = None) -> Extraction:
    """Extract the claims a monograph makes.

    Raises ``InputError`` when the monograph names no drug.
    """
    extractor = _Extractor(monograph, lexicon or load_lexicon())
    claims = extractor.run()
    warnings = list(monograph.warnings)
    return Extraction(monograph, extractor.drug, claims, warnings)
