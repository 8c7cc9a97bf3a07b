"""The records that flow from extraction to graph building.

A ``Claim`` is one statement the monograph makes (subject, predicate kind,
object) together with the exact span of text that states it and how it was
found.  Entities are identified by ``(kind, slug)``; the graph module mints
their IRIs.  An ``Extraction`` holds the claims of one monograph; it is defined
here, not beside the rules, so that a process handed one (``valkg.ahead``)
need not import the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from valkg.lexicon import Identifier

if TYPE_CHECKING:
    from valkg.reader import Monograph

#: What an indication claim says the drug is used for: treating the condition or preventing it.
PURPOSES = ("treatment", "prevention")

#: Claim kinds, in the order they are reported.
CLAIM_KINDS = (
    "brand_name",
    "has_role",
    "prodrug_of",
    "converted_into",
    "conversion_site",
    "product_count",
    "indication",
    "curative",
    "therapeutic_effect",
    "dosage_form",
    "dose",
    "adverse_effect",
    "risk_population",
    "management",
    "mechanism",
    "precaution",
)


@dataclass(frozen=True)
class Entity:
    """A thing the graph names: a drug, condition, dosage form, population, ..."""

    kind: str
    slug: str
    label: str
    identifiers: tuple[Identifier, ...] = field(default=(), compare=False)
    in_lexicon: bool = field(default=True, compare=False)
    related: str = field(default="", compare=False)


@dataclass(frozen=True)
class Text:
    """A statement kept in the monograph's words."""

    value: str


@dataclass(frozen=True)
class Flag:
    """A yes/no property (e.g. whether the drug is curative)."""

    value: bool


@dataclass(frozen=True)
class DoseRange:
    """A dose or dose range, normalised to one UCUM unit.

    An upper limit ("no more than 4 g a day") has ``upper_limit`` set and ``minimum`` equal to
    ``maximum``: the graph states its maximum only.
    """

    minimum: Decimal
    maximum: Decimal
    unit: str
    stated: str
    frequency: str | None = None
    # out of the repr, which claim IRIs are minted from: doses keep the IRIs they had before limits
    upper_limit: bool = field(default=False, repr=False)


@dataclass(frozen=True)
class Count:
    """A number the monograph states (e.g. how many compounds a drug is converted into)."""

    value: int


ClaimObject = Entity | Text | Flag | DoseRange | Count


@dataclass(frozen=True)
class Evidence:
    """The span of the monograph that states a claim: ``text[start:end] == quote``."""

    start: int
    end: int
    quote: str
    section: int | None


@dataclass(frozen=True)
class Dispute:
    """A curator's reason to doubt what the monograph says."""

    rule: str
    note: str
    reason: str
    reference: str


@dataclass(frozen=True)
class Claim:
    """One statement of the monograph, with its evidence."""

    kind: str
    subject: Entity
    object: ClaimObject
    evidence: Evidence
    rule: str
    negated: bool = False
    hedged: bool = False
    serious: bool | None = None
    frequency: str | None = None
    body_system: Entity | None = None
    risk: Entity | None = None
    dispute: Dispute | None = None
    purpose: str | None = None  # of an indication: one of PURPOSES

    @property
    def asserted(self) -> bool:
        """Whether the graph states the fact directly (not negated, not disputed)."""
        return not self.negated and self.dispute is None


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
