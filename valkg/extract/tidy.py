"""After the rules: claims of the plain form a more specific one names, disputes, duplicates.

Curation rules come from ``disputes.tsv`` (``patterns._dispute_rules``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from valkg.claims import Claim, Entity
from valkg.extract.patterns import _dispute_rules


def _specific_forms(claims: list[Claim]) -> list[Claim]:
    """Claims without a plain form ("capsules") when the text also names a kind of it
    ("modified-release capsules", "sprinkle capsules"): the plain word is the short name of that
    kind, not a product of its own. So is "the liquid" beside an oral suspension or a syrup, said
    to be there or not."""
    forms = [(c, c.object) for c in claims if c.kind == "dosage_form" and isinstance(c.object, Entity)]
    available = {form.slug: form.label for c, form in forms if not c.negated}
    plain = {
        slug
        for slug, label in available.items()
        if slug in _PLAIN_FORMS
        and any(o != slug and other.split()[-1] == label.split()[-1] for o, other in available.items())
    }
    liquid_kinds = {c.negated for c, form in forms if form.slug in _LIQUID_FORMS}
    return [
        c
        for c in claims
        if not (
            c.kind == "dosage_form"
            and isinstance(c.object, Entity)
            and (
                (c.object.slug in plain and not c.negated)
                or (c.object.slug == "oral-liquid" and c.negated in liquid_kinds)
            )
        )
    ]


#: forms named by their head word alone, which a text also uses for a kind of them
_PLAIN_FORMS = frozenset({"oral-capsule"})
#: the liquids to swallow that "the liquid" is the short name of
_LIQUID_FORMS = frozenset(
    {
        "oral-solution",
        "oral-suspension",
        "syrup",
        "oral-drops",
        "oral-concentrate",
    }
)


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
