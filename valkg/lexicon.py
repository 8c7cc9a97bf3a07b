"""The lexicon: terms of the genre with their synonyms and external identifiers.

Terms live in ``valkg/data/lexicon/terms.tsv`` and identifiers in
``valkg/data/lexicon/identifiers.tsv``.  Matching is token based (a
dictionary look-up per token position), so it stays linear in the text
whatever the size of the lexicon: tokens are lower-cased, singularised and
determiners are skipped, so "a drop in the platelet count" matches the
synonym "drop in platelet count".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from valkg import recache
from valkg.resources import read_tsv

KINDS = ("drug", "brand", "role", "condition", "dosage_form", "route", "population", "body_system")

_TOKEN = recache.compile(r"[A-Za-z0-9]+(?:'[a-z]+)?")
_SKIPPED = frozenset({"a", "an", "the"})
_PREFIXES = ("anti", "non", "over", "under", "hyper", "hypo", "intra", "inter", "extra", "sub")
_MAX_TOKENS = 10


@dataclass(frozen=True)
class Identifier:
    """An external identifier of a term: ``prefix:local_id``, exact or close."""

    prefix: str
    local_id: str
    match: str
    confidence: str
    source: str
    release: str

    @property
    def curie(self) -> str:
        return f"{self.prefix}:{self.local_id}"


@dataclass(frozen=True)
class Term:
    """A lexicon entry."""

    kind: str
    slug: str
    label: str
    synonyms: tuple[str, ...] = ()
    related: str = ""
    identifiers: tuple[Identifier, ...] = field(default=(), compare=False)
    in_lexicon: bool = True


@dataclass(frozen=True)
class Mention:
    """A term found in the text at ``start:end``."""

    term: Term
    start: int
    end: int
    text: str


@lru_cache(maxsize=1 << 16)  # the lexicon and the texts repeat a few thousand words
def singular(token: str) -> str:
    """A crude English singular, applied alike to text and lexicon."""
    if len(token) <= 3 or token.endswith(("ss", "us", "is")):
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("ches", "shes", "xes", "zes", "sses")):
        return token[:-2]
    if token.endswith("s"):
        return token[:-1]
    return token


def tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Normalised tokens of ``text`` with their offsets (determiners dropped)."""
    found = []
    for match in _TOKEN.finditer(text):
        word = match.group().lower()
        if word in _SKIPPED:
            continue
        found.append((singular(word), offset + match.start(), offset + match.end()))
    return found


def keys_for(surface: str) -> set[tuple[str, ...]]:
    """Look-up keys of a surface form, with the hyphenation variants of the genre."""
    lowered = [word.lower() for word in _TOKEN.findall(surface)]
    base = tuple([singular(word) for word in lowered if word not in _SKIPPED])
    if not base:
        return set()
    keys = {base}
    if not any(token.startswith(_PREFIXES) for token in base):
        return keys  # most names: no prefix to join or split
    joined: list[tuple[str, ...]] = []
    for token in base:
        prefix = next((p for p in _PREFIXES if token.startswith(p)), "") if token.startswith(_PREFIXES) else ""
        if prefix and len(token) > len(prefix) + 3:
            joined.append((prefix, token[len(prefix) :]))
        else:
            joined.append((token,))
    keys.add(tuple(part for group in joined for part in group))
    if len(base) == 2 and base[0] in _PREFIXES:
        keys.add((base[0] + base[1],))
    return keys


#: an abbreviation of two or three capitals ("MI", "HTN"), matched only as written
_SHORT_ABBREVIATION = recache.compile(r"[A-Z]{2,3}")


class Lexicon:
    """Terms by kind, and a matcher over them."""

    def __init__(self, terms: Iterable[Term]):
        self.terms: dict[tuple[str, str], Term] = {}
        self._index: dict[str, dict[tuple[str, ...], Term]] = {kind: {} for kind in KINDS}
        self._heads: dict[str, frozenset[str]] = {}
        # a short abbreviation in capitals is that abbreviation only as written ("MI", not "mi")
        self._exact_case: dict[tuple[str, ...], str] = {}
        for term in terms:
            self.add(term)

    def add(self, term: Term) -> None:
        self.terms[(term.kind, term.slug)] = term
        self._heads.pop(term.kind, None)
        index = self._index.setdefault(term.kind, {})
        for surface in (term.label, *term.synonyms):
            for key in keys_for(surface):
                index.setdefault(key, term)
                if _SHORT_ABBREVIATION.fullmatch(surface):
                    self._exact_case.setdefault(key, surface)

    def get(self, kind: str, slug: str) -> Term | None:
        return self.terms.get((kind, slug))

    def lookup(self, kind: str, surface: str) -> Term | None:
        """The term whose label or synonym is exactly ``surface`` (normalised)."""
        index = self._index.get(kind, {})
        for key in keys_for(surface):
            if key in index:
                return index[key]
        return None

    def find(self, kind: str, text: str, offset: int = 0) -> list[Mention]:
        """Longest, leftmost, non-overlapping mentions of ``kind`` terms in ``text``.

        ``offset`` is added to the reported positions (pass the sentence start).
        """
        index = self._index.get(kind, {})
        words = tokens(text)
        mentions = []
        position = 0
        while position < len(words):
            for length in range(min(_MAX_TOKENS, len(words) - position), 0, -1):
                key = tuple(word for word, _, _ in words[position : position + length])
                term = index.get(key)
                start, end = words[position][1], words[position + length - 1][2]
                if term is not None and key in self._exact_case and text[start:end] != self._exact_case[key]:
                    term = None
                if term is not None and text[max(0, start - 4) : start].lower() == "non-":
                    term = None  # "non-drowsy", "non-steroidal": the word's opposite
                if term is not None:
                    mentions.append(Mention(term, offset + start, offset + end, text[start:end]))
                    position += length
                    break
            else:
                position += 1
        return mentions

    def heads(self, kind: str) -> frozenset[str]:
        """Head words (last normalised token) of the labels and synonyms of ``kind`` terms.

        An unknown phrase ending in one of them ("soluble tablets", "bacterial
        pneumonia") is plausibly a term of that kind.
        """
        if kind not in self._heads:
            # A head word must end the names of at least two different terms: "infection",
            # "pain", "tablet" qualify; an everyday word that ends one synonym does not.
            owners: dict[str, set[str]] = {}
            for key, term in self._index.get(kind, {}).items():
                if len(key) > 1 and len(key[-1]) > 2:
                    owners.setdefault(key[-1], set()).add(term.slug)
            self._heads[kind] = frozenset(head for head, slugs in owners.items() if len(slugs) >= 2)
        return self._heads[kind]

    def brands_of(self, drug_slug: str) -> list[Term]:
        return [t for t in self.terms.values() if t.kind == "brand" and t.related == drug_slug]

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms.values())


@cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon (cached)."""
    identifiers: dict[tuple[str, str], list[Identifier]] = {}
    for row in read_tsv("lexicon", "identifiers.tsv"):
        identifiers.setdefault((row["kind"], row["slug"]), []).append(
            Identifier(
                row["prefix"],
                row["local_id"],
                row["match"],
                row["confidence"],
                row["source"],
                row["release"],
            )
        )
    terms = []
    for row in read_tsv("lexicon", "terms.tsv"):
        synonyms = tuple(s.strip() for s in row["synonyms"].split("|") if s.strip())
        key = (row["kind"], row["slug"])
        terms.append(
            Term(
                row["kind"],
                row["slug"],
                row["label"],
                synonyms,
                row.get("related", ""),
                tuple(identifiers.get(key, ())),
            )
        )
    return Lexicon(terms)


def slugify(text: str) -> str:
    """A stable IRI-safe slug: ``"Herpes Labialis"`` → ``"herpes-labialis"``."""
    words = [word.lower() for word in _TOKEN.findall(text.replace("\u2019", "'"))]
    if words and "'" not in words[-1]:  # ("raynaud's": a possessive, no plural)
        words[-1] = singular(words[-1])
    return "-".join(words) or "unnamed"
