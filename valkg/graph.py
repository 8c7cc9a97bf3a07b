"""Build the RDF graph of one monograph's claims.

Each fact appears twice: as a direct triple that is easy to query, and as a
``vk:Claim`` (an ``rdf:Statement``) carrying its provenance::

    <drug/valacyclovir> vk:hasIndication <condition/chickenpox> .
    <source/5d77…/claim/indication-…> a vk:Claim ; rdf:subject <drug/valacyclovir> ;
        rdf:predicate vk:hasIndication ; rdf:object <condition/chickenpox> ;
        vk:evidence <source/5d77…/span/848-957> .

All IRIs are minted from stable keys under ``base``: no blank nodes, no
random identifiers, so the same input gives the same graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property, lru_cache

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from valkg import __version__
from valkg.claims import Claim, Count, DoseRange, Entity, Extraction, Flag, Text
from valkg.namespaces import DCAT, DEFAULT_BASE, NIF, OBOINOWL, ONTOLOGY_IRI, SCHEMA, VK, VOID
from valkg.resources import read_tsv

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")

_PATHS = {
    "drug": "drug",
    "role": "role",
    "condition": "condition",
    "dosage_form": "dosage-form",
    "route": "route",
    "population": "population",
    "body_system": "body-system",
}
_CLASSES = {
    "drug": VK.Drug,
    "role": VK.DrugRole,
    "condition": VK.Condition,
    "dosage_form": VK.DosageForm,
    "route": VK.Route,
    "population": VK.Population,
    "body_system": VK.BodySystem,
}
_PREDICATES = {
    "brand_name": VK.brandName,
    "has_role": VK.hasRole,
    "prodrug_of": VK.isProdrugOf,
    "converted_into": VK.convertedInto,
    "conversion_site": VK.conversionSite,
    "product_count": VK.conversionProductCount,
    "indication": VK.hasIndication,
    "curative": VK.isCurative,
    "therapeutic_effect": VK.therapeuticEffect,
    "dosage_form": VK.availableAs,
    "dose": VK.hasDoseRange,
    "adverse_effect": VK.hasAdverseEffect,
    "risk_population": VK.hasRiskPopulation,
    "management": VK.managementAdvice,
    "mechanism": VK.mechanismStatement,
    "precaution": VK.precaution,
}


@cache
def _prefix_map() -> dict[str, tuple[str, str]]:
    """Identifier prefix → (CURIE prefix, IRI prefix), from the packaged ``prefixes.tsv``."""
    try:
        rows = read_tsv("lexicon", "prefixes.tsv")
    except FileNotFoundError:
        return {}
    return {row["prefix"]: (row["curie_prefix"], row["uri_prefix"]) for row in rows}


# Values every graph repeats are made once per process, so that the graphs of a corpus share
# them: writing a graph looks each term's text up, and a lookup by an identical object skips
# rdflib's Python-level ``__eq__`` (see valkg.namespaces).
_TRUE, _FALSE = Literal(True), Literal(False)


def _flag(value: bool) -> Literal:
    return _TRUE if value else _FALSE


@lru_cache(maxsize=1024)
def _word(text: str) -> Literal:
    """A plain literal from a closed set of words: claim kinds, rule names, units."""
    return Literal(text)


@lru_cache(maxsize=65536)
def _offset(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def decimal_literal(value: Decimal) -> Literal:
    """An ``xsd:decimal`` literal in XSD 1.1 canonical form (``500``, ``0.25``).

    This is also the form triple stores such as Oxigraph give back, so a
    value reads the same in the file and in query answers.
    """
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal)


@dataclass(frozen=True)
class Minter:
    """Mints the IRIs of one document's graph under ``base``."""

    base: str
    sha256: str

    @property
    def document_key(self) -> str:
        return self.sha256[:16]

    def entity(self, entity: Entity) -> URIRef:
        return URIRef(f"{self.base}{_PATHS[entity.kind]}/{entity.slug}")

    def document(self) -> URIRef:
        return self._document

    @cached_property
    def _document(self) -> URIRef:
        # one object for the many triples that point at the document (see _flag)
        return URIRef(f"{self.base}source/{self.document_key}")

    def dataset(self) -> URIRef:
        return URIRef(f"{self.base}dataset/{self.document_key}")

    def section(self, index: int) -> URIRef:
        return URIRef(f"{self.document()}/section/{index}")

    def span(self, start: int, end: int) -> URIRef:
        return URIRef(f"{self.document()}/span/{start}-{end}")

    def activity(self) -> URIRef:
        return self._activity

    @cached_property
    def _activity(self) -> URIRef:
        return URIRef(f"{self.base}activity/valkg-{__version__}/{self.document_key}")

    def agent(self) -> URIRef:
        return URIRef(f"{self.base}agent/valkg-{__version__}")

    def dose(self, subject: Entity, dose: DoseRange) -> URIRef:
        key = f"{format(dose.minimum, 'f')}-{format(dose.maximum, 'f')}-{dose.unit}"
        if dose.upper_limit:
            key = f"max-{format(dose.maximum, 'f')}-{dose.unit}"
        if dose.frequency:
            key += "-" + dose.frequency.replace(" ", "-")
        key = "".join(c if c.isalnum() or c in "-." else "_" for c in key)
        return URIRef(f"{self.base}dose/{subject.slug}/{key}")

    def claim(self, claim: Claim) -> URIRef:
        digest = hashlib.sha256(
            "\x1f".join(
                (
                    claim.kind,
                    claim.subject.slug,
                    repr(claim.object),
                    str(claim.evidence.start),
                    str(claim.evidence.end),
                    str(claim.negated),
                    # (a prevention claim beside a treatment claim on the same words; treatment
                    # claims keep the IRIs they had before purposes were recorded)
                    *(["prevention"] if claim.purpose == "prevention" else []),
                    *(["upper-limit"] if isinstance(claim.object, DoseRange) and claim.object.upper_limit else []),
                )
            ).encode()
        ).hexdigest()[:12]
        return URIRef(f"{self.document()}/claim/{claim.kind.replace('_', '-')}-{digest}")


def build_graph(extraction: Extraction, *, base: str = DEFAULT_BASE, created: str | None = None) -> Graph:
    """The RDF graph of one monograph: entities, direct facts, claims, provenance, dataset description."""
    graph = Graph()
    monograph = extraction.monograph
    mint = Minter(base, monograph.sha256)
    document = mint.document()

    graph.add((document, RDF.type, VK.SourceDocument))
    graph.add((document, VK.sha256, Literal(monograph.sha256)))
    graph.add((document, VK.fileName, Literal(monograph.name)))
    graph.add((document, NIF.isString, Literal(monograph.text)))
    graph.add((document, DCTERMS.format, Literal("text/plain")))
    if monograph.title:
        graph.add((document, DCTERMS.title, Literal(monograph.title, lang="en")))
    for section in monograph.sections:
        node = mint.section(section.index)
        graph.add((node, RDF.type, VK.Section))
        graph.add((node, VK.sectionIndex, Literal(section.index)))
        graph.add((node, VK.sectionKind, Literal(section.kind)))
        graph.add((node, RDFS.label, Literal(section.heading or "(untitled introduction)", lang="en")))
        graph.add((node, NIF.beginIndex, _offset(section.start)))
        graph.add((node, NIF.endIndex, _offset(section.end)))
        graph.add((node, NIF.referenceContext, document))

    for entity in extraction.entities():
        _add_entity(graph, mint, entity)
    for claim in extraction.claims:
        _add_claim(graph, mint, claim)

    _add_dataset_description(graph, mint, extraction, created)
    return graph


def _add_entity(graph: Graph, mint: Minter, entity: Entity) -> None:
    node = mint.entity(entity)
    graph.add((node, RDF.type, _CLASSES[entity.kind]))
    graph.add((node, RDFS.label, Literal(entity.label, lang="en")))
    graph.add((node, VK.inLexicon, _flag(entity.in_lexicon)))
    prefixes = _prefix_map()
    mapped = False
    for identifier in entity.identifiers:
        if identifier.confidence == "unverified":
            continue
        curie_prefix, uri_prefix = prefixes.get(identifier.prefix, (identifier.prefix, ""))
        graph.add((node, OBOINOWL.hasDbXref, Literal(f"{curie_prefix}:{identifier.local_id}")))
        if uri_prefix:
            relation = SKOS.exactMatch if identifier.match == "exact" else SKOS.closeMatch
            graph.add((node, relation, URIRef(uri_prefix + identifier.local_id)))
        mapped = True
    if not mapped:
        graph.add((node, VK.unmapped, _TRUE))
    if entity.kind == "dosage_form" and entity.related:
        route = Entity("route", entity.related, entity.related.replace("-", " "))
        graph.add((node, VK.route, mint.entity(route)))
        graph.add((mint.entity(route), RDF.type, VK.Route))
        graph.add((mint.entity(route), RDFS.label, Literal(route.label, lang="en")))
        graph.add((mint.entity(route), VK.inLexicon, _TRUE))
        graph.add((mint.entity(route), VK.unmapped, _TRUE))


def _object_term(graph: Graph, mint: Minter, claim: Claim) -> tuple[URIRef, URIRef | Literal]:
    """The predicate and object of a claim's direct triple (adding any node it needs)."""
    obj = claim.object
    subject = mint.entity(claim.subject)
    if isinstance(obj, Entity):
        predicate = VK.notAvailableAs if claim.kind == "dosage_form" and claim.negated else _PREDICATES[claim.kind]
        return predicate, mint.entity(obj)
    if isinstance(obj, Text):
        literal = Literal(obj.value) if claim.kind == "brand_name" else Literal(obj.value, lang="en")
        return _PREDICATES[claim.kind], literal
    if isinstance(obj, Flag):
        return _PREDICATES[claim.kind], Literal(obj.value)
    if isinstance(obj, DoseRange):
        node = mint.dose(claim.subject, obj)
        if (node, RDF.type, VK.DoseRange) in graph:
            # one amount stated twice ("5 mg", "5 mg or 10 mg"): one node, described in the words
            # of its first statement; each claim keeps its own quote
            return VK.hasDoseRange, node
        graph.add((node, RDF.type, VK.DoseRange))
        graph.add(
            (
                node,
                RDFS.label,
                Literal(f"{obj.stated}{' ' + obj.frequency if obj.frequency else ''}", lang="en"),
            )
        )
        if not obj.upper_limit:  # a limit has no lower bound
            graph.add((node, VK.minDose, decimal_literal(obj.minimum)))
        graph.add((node, VK.maxDose, decimal_literal(obj.maximum)))
        graph.add((node, VK.doseUnit, _word(obj.unit)))
        graph.add((node, VK.statedDose, Literal(obj.stated, lang="en")))
        if obj.frequency:
            graph.add((node, VK.doseFrequency, Literal(obj.frequency, lang="en")))
        return VK.hasDoseRange, node
    if isinstance(obj, Count):
        return _PREDICATES[claim.kind], Literal(obj.value)
    raise TypeError(f"unknown claim object {obj!r} for {subject}")


def _add_claim(graph: Graph, mint: Minter, claim: Claim) -> None:
    node = mint.claim(claim)
    subject = mint.entity(claim.subject)
    predicate, obj = _object_term(graph, mint, claim)
    evidence = claim.evidence
    span = mint.span(evidence.start, evidence.end)

    # A form the text says is unavailable is stated positively with vk:notAvailableAs,
    # so that claim is not negated: "not (not available)" would say the opposite.
    negated = claim.negated and predicate != VK.notAvailableAs
    if claim.dispute is None and not negated:
        graph.add((subject, predicate, obj))

    graph.add((node, RDF.type, VK.Claim))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, VK.claimKind, _word(claim.kind)))
    graph.add((node, VK.negated, _flag(negated)))
    graph.add((node, VK.hedged, _flag(claim.hedged)))
    graph.add((node, VK.disputed, _flag(claim.dispute is not None)))
    graph.add((node, VK.extractionRule, _word(claim.rule)))
    graph.add((node, VK.evidence, span))
    graph.add((node, PROV.wasDerivedFrom, mint.document()))
    graph.add((node, PROV.wasGeneratedBy, mint.activity()))
    if claim.serious is not None:
        graph.add((node, VK.serious, _flag(claim.serious)))
    if claim.frequency:
        graph.add((node, VK.frequency, Literal(claim.frequency, lang="en")))
    if claim.purpose is not None:
        graph.add((node, VK.purpose, _word(claim.purpose)))
    if claim.body_system is not None:
        graph.add((node, VK.affectedSystem, mint.entity(claim.body_system)))
    if claim.risk is not None:
        graph.add((node, VK.riskOf, mint.entity(claim.risk)))
    if claim.dispute is not None:
        graph.add((node, VK.curatorNote, Literal(claim.dispute.note, lang="en")))
        graph.add((node, VK.disputeReason, Literal(claim.dispute.reason, lang="en")))
        graph.add((node, VK.disputeRule, _word(claim.dispute.rule)))
        graph.add((node, RDFS.seeAlso, URIRef(claim.dispute.reference)))

    if (span, RDF.type, VK.TextSpan) not in graph:
        graph.add((span, RDF.type, VK.TextSpan))
        graph.add((span, NIF.beginIndex, _offset(evidence.start)))
        graph.add((span, NIF.endIndex, _offset(evidence.end)))
        graph.add((span, NIF.anchorOf, Literal(evidence.quote)))
        graph.add((span, NIF.referenceContext, mint.document()))
        if evidence.section is not None:
            graph.add((span, VK.inSection, mint.section(evidence.section)))


def _add_dataset_description(graph: Graph, mint: Minter, extraction: Extraction, created: str | None) -> None:
    dataset = mint.dataset()
    activity = mint.activity()
    agent = mint.agent()
    monograph = extraction.monograph
    graph.add((activity, RDF.type, VK.ExtractionActivity))
    graph.add(
        (
            activity,
            RDFS.label,
            Literal(f"valkg {__version__} extraction of {monograph.name}", lang="en"),
        )
    )
    graph.add((activity, PROV.used, mint.document()))
    graph.add((activity, PROV.wasAssociatedWith, agent))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(f"valkg {__version__}", lang="en")))
    graph.add((agent, OWL.versionInfo, Literal(__version__)))

    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add(
        (
            dataset,
            RDFS.label,
            Literal(f"valkg graph of {monograph.title or monograph.name}", lang="en"),
        )
    )
    graph.add(
        (
            dataset,
            DCTERMS.title,
            Literal(f"valkg graph of {monograph.title or monograph.name}", lang="en"),
        )
    )
    graph.add((dataset, DCTERMS.license, LICENSE))
    graph.add((dataset, DCTERMS.source, mint.document()))
    graph.add((dataset, PROV.wasGeneratedBy, activity))
    graph.add((dataset, PROV.wasDerivedFrom, mint.document()))
    graph.add((dataset, OWL.versionInfo, Literal(f"{__version__}+{monograph.sha256[:16]}")))
    graph.add((dataset, VOID.vocabulary, URIRef(ONTOLOGY_IRI)))
    graph.add((dataset, VOID.vocabulary, URIRef(str(SCHEMA))))
    graph.add((dataset, VOID.exampleResource, mint.entity(extraction.drug)))
    graph.add((dataset, VOID.uriSpace, Literal(mint.base)))
    if created:
        graph.add((dataset, DCTERMS.created, Literal(created, datatype=XSD.date)))
    _add_distributions(graph, dataset)
    _add_statistics(graph, dataset)


def _add_distributions(graph: Graph, dataset: URIRef) -> None:
    """A ``dcat:Distribution`` per serialization valkg writes, with its media type."""
    from valkg.serialize import FORMATS

    graph.add((dataset, RDF.type, DCAT.Dataset))
    for fmt in FORMATS.values():
        node = URIRef(f"{dataset}/distribution/{fmt.name}")
        graph.add((dataset, DCAT.distribution, node))
        graph.add((node, RDF.type, DCAT.Distribution))
        graph.add((node, DCTERMS.title, Literal(f"{fmt.name} serialization", lang="en")))
        graph.add(
            (
                node,
                DCAT.mediaType,
                URIRef(f"https://www.iana.org/assignments/media-types/{fmt.media_type}"),
            )
        )
        graph.add((node, DCTERMS.format, Literal(fmt.media_type)))
        graph.add((node, DCTERMS.license, LICENSE))


def _add_statistics(graph: Graph, dataset: URIRef) -> None:
    """VoID counts; the ``void:triples`` figure includes the statistics triples themselves."""
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef)}
    classes = set(graph.objects(None, RDF.type))
    properties = set(graph.predicates())
    properties.update((VOID.triples, VOID.entities, VOID.classes, VOID.properties, VOID.distinctSubjects))
    extra: list[tuple[URIRef, URIRef, Literal]] = [
        (dataset, VOID.entities, Literal(len(subjects))),
        (dataset, VOID.classes, Literal(len(classes))),
        (dataset, VOID.properties, Literal(len(properties))),
        (dataset, VOID.distinctSubjects, Literal(len(subjects))),
    ]
    total = len(graph) + len(extra) + 1
    for triple in extra:
        graph.add(triple)
    graph.add((dataset, VOID.triples, Literal(total)))


def build_graphs(extractions: Iterable[Extraction], *, base: str = DEFAULT_BASE) -> list[tuple[URIRef, Graph]]:
    """One (named-graph IRI, graph) pair per monograph."""
    return [(Minter(base, e.monograph.sha256).dataset(), build_graph(e, base=base)) for e in extractions]
