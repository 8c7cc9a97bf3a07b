"""The SHACL shapes (``shapes/valkg-shapes.ttl``).

The real graph of the bundled monograph conforms; the shapes themselves conform to
SHACL-for-SHACL; and each constraint catches the fault it is written for: every case of
``BROKEN`` damages a copy of the real graph in one way and names the shape (or SPARQL
constraint) and the result path it expects in the report.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SH, SKOS

from valkg.claims import CLAIM_KINDS
from valkg.extract import extract
from valkg.graph import build_graph
from valkg.namespaces import NIF, OBOINOWL, VK, VOID
from valkg.reader import SUBHEADING, read_monograph
from valkg.resources import read_tsv
from valkg.validate import validate as valkg_validate

ROOT = Path(__file__).resolve().parent.parent
SHAPES_FILE = ROOT / "shapes" / "valkg-shapes.ttl"
VKS = Namespace("https://w3id.org/valkg/shapes#")
# a plain Namespace: pytest's collection probes module attributes, which rdflib's XSD warns about
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

VK_CLASSES = [VK._NS[name] for name in VK.__annotations__ if name[0].isupper()]


# --- fixtures: the pipeline and the shapes, once per module ------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _parse_each_query_once():
    """pyshacl hands rdflib the same SPARQL text for every focus node, and rdflib parses it
    every time: parsing, not evaluation, is most of what validating a graph costs. Here each
    text is parsed once (a prepared query gives the same results), as valkg.validate does."""
    from rdflib.plugins.sparql.processor import SPARQLProcessor, parseQuery, translateQuery

    cache: dict[tuple, object] = {}
    query = SPARQLProcessor.query

    def cached(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((k, str(v)) for k, v in (initNs or {}).items())))
            if key not in cache:
                cache[key] = translateQuery(parseQuery(strOrQuery), base, initNs)
            strOrQuery = cache[key]
        return query(self, strOrQuery, initBindings, initNs, base, DEBUG)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SPARQLProcessor, "query", cached)
        yield


@pytest.fixture(scope="module")
def data() -> Graph:
    return build_graph(extract(read_monograph()))


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@dataclass(frozen=True)
class Result:
    severity: URIRef
    focus: object
    path: object  # an IRI, ("^", path), ("|", paths) or a tuple (sequence) of paths, or None
    shape: object
    constraint: object
    component: object
    value: object


def _path(report: Graph, node: object) -> object:
    if node is None or isinstance(node, URIRef):
        return node
    inverse = report.value(node, SH.inversePath)
    if inverse is not None:
        return ("^", _path(report, inverse))
    alternatives = report.value(node, SH.alternativePath)
    if alternatives is not None:
        return ("|", tuple(_path(report, item) for item in report.items(alternatives)))
    if report.value(node, RDF.first) is not None:
        return tuple(_path(report, item) for item in report.items(node))
    return ("?", node)


def validate(data: Graph, shapes: Graph, **options: object) -> tuple[bool, list[Result]]:
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", **options)
    assert isinstance(report, Graph), text
    return bool(conforms), results_of(report)


def results_of(report: Graph) -> list[Result]:
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        get = report.value
        results.append(
            Result(
                severity=get(node, SH.resultSeverity),
                focus=get(node, SH.focusNode),
                path=_path(report, get(node, SH.resultPath)),
                shape=get(node, SH.sourceShape),
                constraint=get(node, SH.sourceConstraint),
                component=get(node, SH.sourceConstraintComponent),
                value=get(node, SH.value),
            )
        )
    return results


# --- the shapes graph ---------------------------------------------------------------------------


def test_every_vk_class_has_a_node_shape(shapes: Graph) -> None:
    for cls in VK_CLASSES:
        targeting = [s for s in shapes.subjects(SH.targetClass, cls) if (s, RDF.type, SH.NodeShape) in shapes]
        assert targeting, f"no sh:NodeShape has sh:targetClass {cls}"


def test_every_constraint_has_a_message(shapes: Graph) -> None:
    """A person reading a report is told what is wrong and how it happens."""
    for constraint in shapes.subjects(RDF.type, SH.SPARQLConstraint):
        assert shapes.value(constraint, SH.message) is not None, constraint
    for shape in set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.subjects(RDF.type, SH.NodeShape)):
        has_own_sparql = all(shapes.value(c, SH.message) for c in shapes.objects(shape, SH.sparql))
        constrains = any(
            p
            not in (
                RDF.type,
                RDFS.label,
                RDFS.comment,
                SH.property,
                SH.targetClass,
                SH.targetSubjectsOf,
                SH.sparql,
                SH.severity,
                SH.path,
            )
            for p in shapes.predicates(shape)
        )
        if constrains:
            messages = list(shapes.objects(shape, SH.message))
            assert messages and all(m.language == "en" for m in messages), f"{shape} has no sh:message@en"
        else:
            assert has_own_sparql and (shapes.value(shape, SH.sparql) or shapes.value(shape, SH.property)), shape


@pytest.fixture(scope="module")
def real_report(data: Graph, shapes: Graph) -> tuple[bool, list[Result]]:
    """The real graph validated with meta_shacl=True: pyshacl first checks the shapes graph
    against SHACL-for-SHACL and raises ReportableRuntimeError if it does not conform."""
    return validate(data, shapes, meta_shacl=True)


def test_shapes_pass_meta_shacl_when_validating(real_report: tuple[bool, list[Result]]) -> None:
    assert isinstance(real_report[0], bool)


def test_shapes_conform_to_shacl_shacl(shapes: Graph) -> None:
    """The shapes file as data, against the SHACL-for-SHACL shapes pyshacl bundles (with RDFS
    inference, so that shapes are recognised by what they say, not only by their rdf:type)."""
    shacl_shacl = Graph().parse(Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(shapes, shacl_graph=shacl_shacl, inference="rdfs")
    assert conforms, text


def _list_values(shapes: Graph, shape: URIRef, key: URIRef) -> list[object]:
    return list(shapes.items(shapes.value(shape, key)))


def test_shapes_know_the_claim_kinds_and_predicates_of_the_code(shapes: Graph) -> None:
    """Lists the shapes repeat from the code: a new kind or predicate must be added to both."""
    from valkg import graph as graph_module

    predicates = graph_module._PREDICATES
    assert [str(v) for v in _list_values(shapes, VKS["Claim-claimKind"], SH["in"])] == list(CLAIM_KINDS)
    assert set(_list_values(shapes, VKS["Claim-predicate"], SH["in"])) == {
        *predicates.values(),
        VK.notAvailableAs,
    }
    query = str(shapes.value(VKS.KindMatchesPredicate, SH.select))
    pairs = set(re.findall(r"\b(\w+)=(\w+)\b", query))
    expected = {(kind, predicate.fragment) for kind, predicate in predicates.items()}
    assert pairs == expected | {("dosage_form", "notAvailableAs")}


def test_shapes_know_the_section_kinds_of_the_reader(shapes: Graph) -> None:
    kinds = {row["kind"] for row in read_tsv("sections.tsv")} - {SUBHEADING} | {"introduction", "other"}
    assert {str(v) for v in _list_values(shapes, VKS["Section-sectionKind"], SH["in"])} == kinds


# --- the real graph --------------------------------------------------------------------------


def test_the_real_graph_conforms(real_report: tuple[bool, list[Result]]) -> None:
    conforms, results = real_report
    assert results == []  # not even a warning
    assert conforms


# --- broken graphs: each constraint catches its fault ------------------------------------------


@dataclass(frozen=True)
class Nodes:
    """Nodes of the real graph the broken cases damage."""

    document: URIRef
    dataset: URIRef
    drug: URIRef
    dose: URIRef
    span: URIRef  # a span inside a section
    section: URIRef  # its section
    other_section: URIRef  # a section that does not contain it
    indication: URIRef  # an object of the drug's vk:hasIndication
    adverse_effect: URIRef  # an object of the drug's vk:hasAdverseEffect
    mapped: URIRef  # an entity with skos mappings and cross-references
    route: URIRef  # an unmapped route
    dosage_form: URIRef  # a dosage form with a route
    indication_claim: URIRef  # a claim behind the drug's vk:hasIndication
    disputed_claim: URIRef
    disputed_subject: URIRef  # the rdf:subject of the disputed claim
    disputed_predicate: URIRef  # its rdf:predicate


def _one(graph: Graph, query: str) -> tuple:
    namespaces = {"vk": VK._NS, "nif": NIF, "rdf": RDF, "skos": SKOS}
    rows = list(graph.query(query, initNs=namespaces))
    assert rows, f"the real graph has no match for {query}"
    return tuple(sorted(rows)[0])


@pytest.fixture(scope="module")
def nodes(data: Graph) -> Nodes:
    dataset = next(data.subjects(RDF.type, VOID.Dataset))
    drug = data.value(dataset, VOID.exampleResource)
    span, section = _one(data, "SELECT ?s ?sec WHERE { ?s a vk:TextSpan ; vk:inSection ?sec }")
    (other,) = _one(
        data,
        f"SELECT ?o WHERE {{ ?o a vk:Section ; nif:beginIndex ?b ; nif:endIndex ?e ."
        f" <{span}> nif:beginIndex ?sb ; nif:endIndex ?se ."
        f" FILTER (?o != <{section}> && (?sb < ?b || ?se > ?e)) }}",
    )
    indication, claim = _one(
        data,
        f"SELECT ?c ?claim WHERE {{ <{drug}> vk:hasIndication ?c . ?claim rdf:subject <{drug}> ;"
        " rdf:predicate vk:hasIndication ; rdf:object ?c }",
    )
    disputed = next(data.subjects(VK.disputed, Literal(True)), None)
    if disputed is None:  # the monograph lost its disputed statement: dispute one for the cases
        disputed = claim
    return Nodes(
        document=next(data.subjects(RDF.type, VK.SourceDocument)),
        dataset=dataset,
        drug=drug,
        dose=next(data.objects(drug, VK.hasDoseRange)),
        span=span,
        section=section,
        other_section=other,
        indication=indication,
        adverse_effect=next(data.objects(drug, VK.hasAdverseEffect)),
        mapped=_one(data, "SELECT ?e WHERE { ?e skos:exactMatch ?m ; a vk:Condition }")[0],
        route=_one(data, "SELECT ?r WHERE { ?r a vk:Route ; vk:unmapped true }")[0],
        dosage_form=_one(data, "SELECT ?f WHERE { ?f a vk:DosageForm ; vk:route ?r }")[0],
        indication_claim=claim,
        disputed_claim=disputed,
        disputed_subject=data.value(disputed, RDF.subject),
        disputed_predicate=data.value(disputed, RDF.predicate),
    )


def _set(g: Graph, s: object, p: URIRef, o: object) -> None:
    g.remove((s, p, None))
    g.add((s, p, o))


def _claims_of(g: Graph, s: object, p: URIRef, o: object) -> list[object]:
    return [c for c in g.subjects(RDF.subject, s) if (c, RDF.predicate, p) in g and (c, RDF.object, o) in g]


def _drop_node(g: Graph, node: object) -> None:
    g.remove((node, None, None))
    g.remove((None, None, node))


def dose_max_below_min(g: Graph, n: Nodes) -> None:
    minimum = Decimal(str(g.value(n.dose, VK.minDose)))
    _set(g, n.dose, VK.maxDose, Literal(str(minimum - 1), datatype=XSD.decimal))


def dose_negative(g: Graph, n: Nodes) -> None:
    _set(g, n.dose, VK.minDose, Literal("-5.0", datatype=XSD.decimal))


def dose_integer(g: Graph, n: Nodes) -> None:
    _set(g, n.dose, VK.maxDose, Literal(int(Decimal(str(g.value(n.dose, VK.maxDose))))))


def dose_two_units(g: Graph, n: Nodes) -> None:
    g.add((n.dose, VK.doseUnit, Literal("g")))


def claim_without_evidence(g: Graph, n: Nodes) -> None:
    g.remove((n.indication_claim, VK.evidence, None))


def claim_evidence_not_a_span(g: Graph, n: Nodes) -> None:
    _set(g, n.indication_claim, VK.evidence, n.section)


def claim_evidence_from_other_document(g: Graph, n: Nodes) -> None:
    other = URIRef(str(n.document) + "-other")
    g.add((other, RDF.type, VK.SourceDocument))
    g.set((n.span, NIF.referenceContext, other))
    g.set((n.indication_claim, VK.evidence, n.span))


def claim_without_document(g: Graph, n: Nodes) -> None:
    g.remove((n.indication_claim, PROV.wasDerivedFrom, None))


def claim_without_negated(g: Graph, n: Nodes) -> None:
    g.remove((n.indication_claim, VK.negated, None))


def claim_unknown_kind(g: Graph, n: Nodes) -> None:
    _set(g, n.indication_claim, VK.claimKind, Literal("side_effect"))


def claim_kind_disagrees(g: Graph, n: Nodes) -> None:
    _set(g, n.indication_claim, VK.claimKind, Literal("adverse_effect"))


def claim_predicate_not_a_fact(g: Graph, n: Nodes) -> None:
    _set(g, n.indication_claim, RDF.predicate, RDFS.label)


def anchor_changed(g: Graph, n: Nodes) -> None:
    anchor = str(g.value(n.span, NIF.anchorOf))
    _set(
        g,
        n.span,
        NIF.anchorOf,
        Literal(anchor.upper() if anchor.upper() != anchor else anchor + "."),
    )


def span_beyond_document(g: Graph, n: Nodes) -> None:
    length = len(str(g.value(n.document, NIF.isString)))
    _set(g, n.span, NIF.endIndex, Literal(length + 10, datatype=XSD.nonNegativeInteger))


def span_reversed(g: Graph, n: Nodes) -> None:
    begin, end = g.value(n.span, NIF.beginIndex), g.value(n.span, NIF.endIndex)
    _set(g, n.span, NIF.beginIndex, end)
    _set(g, n.span, NIF.endIndex, begin)


def span_offset_integer(g: Graph, n: Nodes) -> None:
    _set(g, n.span, NIF.endIndex, Literal(int(g.value(n.span, NIF.endIndex))))


def span_in_wrong_section(g: Graph, n: Nodes) -> None:
    _set(g, n.span, VK.inSection, n.other_section)


def span_loses_section(g: Graph, n: Nodes) -> None:
    g.remove((n.span, VK.inSection, None))


def section_index_duplicated(g: Graph, n: Nodes) -> None:
    _set(g, n.other_section, VK.sectionIndex, g.value(n.section, VK.sectionIndex))


def section_kind_unknown(g: Graph, n: Nodes) -> None:
    _set(g, n.section, VK.sectionKind, Literal("appendix"))


def label_without_language(g: Graph, n: Nodes) -> None:
    _set(g, n.indication, RDFS.label, Literal(str(g.value(n.indication, RDFS.label))))


def label_in_french(g: Graph, n: Nodes) -> None:
    _set(g, n.indication, RDFS.label, Literal(str(g.value(n.indication, RDFS.label)), lang="fr"))


def drug_label_untagged(g: Graph, n: Nodes) -> None:
    _set(g, n.drug, RDFS.label, Literal(str(g.value(n.drug, RDFS.label))))


def in_lexicon_not_boolean(g: Graph, n: Nodes) -> None:
    _set(g, n.indication, VK.inLexicon, Literal("yes"))


def entity_neither_mapped_nor_unmapped(g: Graph, n: Nodes) -> None:
    for p in (SKOS.exactMatch, SKOS.closeMatch, OBOINOWL.hasDbXref, VK.unmapped):
        g.remove((n.mapped, p, None))


def unmapped_entity_with_xref(g: Graph, n: Nodes) -> None:
    g.add((n.route, OBOINOWL.hasDbXref, Literal("NCIT:C38288")))


def xref_without_iri(g: Graph, n: Nodes) -> None:
    g.remove((n.mapped, SKOS.exactMatch, None))
    g.remove((n.mapped, SKOS.closeMatch, None))


def xref_not_a_curie(g: Graph, n: Nodes) -> None:
    g.add((n.mapped, OBOINOWL.hasDbXref, Literal("D006560")))


def two_routes(g: Graph, n: Nodes) -> None:
    other = URIRef(str(n.route) + "-other")
    g.add((other, RDF.type, VK.Route))
    g.add((n.dosage_form, VK.route, other))


def available_and_not(g: Graph, n: Nodes) -> None:
    form = next(g.objects(n.drug, VK.availableAs))
    g.add((n.drug, VK.notAvailableAs, form))


def curative_twice(g: Graph, n: Nodes) -> None:
    g.add((n.drug, VK.isCurative, Literal(True)))
    g.add((n.drug, VK.isCurative, Literal(False)))


def mechanism_untagged(g: Graph, n: Nodes) -> None:
    g.add((n.drug, VK.mechanismStatement, Literal("It works.")))


def fact_without_claim(g: Graph, n: Nodes) -> None:
    for claim in _claims_of(g, n.drug, VK.hasIndication, n.indication):
        g.remove((claim, None, None))


def claim_without_fact(g: Graph, n: Nodes) -> None:
    g.remove((n.drug, VK.hasAdverseEffect, n.adverse_effect))


def negated_claim_stated(g: Graph, n: Nodes) -> None:
    for claim in _claims_of(g, n.drug, VK.hasIndication, n.indication):
        _set(g, claim, VK.negated, Literal(True))


def disputed_claim_stated(g: Graph, n: Nodes) -> None:
    _set(g, n.disputed_claim, VK.disputed, Literal(True))
    subject, predicate, obj = (g.value(n.disputed_claim, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    for claim in _claims_of(g, subject, predicate, obj):
        _set(g, claim, VK.disputed, Literal(True))
    g.add((subject, predicate, obj))


def disputed_without_note(g: Graph, n: Nodes) -> None:
    _set(g, n.disputed_claim, VK.disputed, Literal(True))
    g.set((n.disputed_claim, VK.disputeReason, Literal("Contradicts the drug class.", lang="en")))
    g.remove((n.disputed_claim, VK.curatorNote, None))


def undisputed_with_note(g: Graph, n: Nodes) -> None:
    g.add((n.indication_claim, VK.curatorNote, Literal("Looks wrong.", lang="en")))


def sha256_wrong_length(g: Graph, n: Nodes) -> None:
    _set(g, n.document, VK.sha256, Literal(str(g.value(n.document, VK.sha256))[:-1]))


def sha256_not_the_iri(g: Graph, n: Nodes) -> None:
    _set(g, n.document, VK.sha256, Literal("0" * 64))


def document_without_text(g: Graph, n: Nodes) -> None:
    g.remove((n.document, NIF.isString, None))


def dataset_license_literal(g: Graph, n: Nodes) -> None:
    _set(g, n.dataset, DCTERMS.license, Literal("CC BY 4.0"))


def dataset_triples_string(g: Graph, n: Nodes) -> None:
    _set(g, n.dataset, VOID.triples, Literal(str(g.value(n.dataset, VOID.triples))))


def dataset_without_activity(g: Graph, n: Nodes) -> None:
    g.remove((n.dataset, PROV.wasGeneratedBy, None))


def orphan_condition(g: Graph, n: Nodes) -> None:
    orphan = URIRef(str(n.indication) + "-orphan")
    g.add((orphan, RDF.type, VK.Condition))
    g.add((orphan, RDFS.label, Literal("orphan", lang="en")))
    g.add((orphan, VK.inLexicon, Literal(False)))
    g.add((orphan, VK.unmapped, Literal(True)))


VIOLATION, WARNING = SH.Violation, SH.Warning


@dataclass(frozen=True)
class Case:
    description: str
    mutate: Callable[[Graph, Nodes], None]
    source: URIRef  # the sh:sourceShape, or the sh:sourceConstraint of a SPARQL constraint
    path: object = None  # the sh:resultPath expected (None: a node-level result), or a function of Nodes
    focus: str | None = None  # the attribute of Nodes that is the focus node
    severity: URIRef = VIOLATION


BROKEN = [
    Case("maxDose below minDose", dose_max_below_min, VKS["DoseRange-minDose"], VK.minDose, "dose"),
    Case("negative minDose", dose_negative, VKS["DoseRange-minDose"], VK.minDose, "dose"),
    Case("maxDose as xsd:integer", dose_integer, VKS["DoseRange-maxDose"], VK.maxDose, "dose"),
    Case("two dose units", dose_two_units, VKS["DoseRange-doseUnit"], VK.doseUnit, "dose"),
    Case(
        "claim without evidence",
        claim_without_evidence,
        VKS["Claim-evidence"],
        VK.evidence,
        "indication_claim",
    ),
    Case(
        "evidence is not a text span",
        claim_evidence_not_a_span,
        VKS["Claim-evidence"],
        VK.evidence,
        "indication_claim",
    ),
    Case(
        "evidence from another document",
        claim_evidence_from_other_document,
        VKS["Claim-evidenceDocument"],
        (VK.evidence, NIF.referenceContext),
        "indication_claim",
    ),
    Case(
        "claim from no document",
        claim_without_document,
        VKS["Claim-wasDerivedFrom"],
        PROV.wasDerivedFrom,
        "indication_claim",
    ),
    Case(
        "claim without vk:negated",
        claim_without_negated,
        VKS["Claim-negated"],
        VK.negated,
        "indication_claim",
    ),
    Case(
        "unknown claim kind",
        claim_unknown_kind,
        VKS["Claim-claimKind"],
        VK.claimKind,
        "indication_claim",
    ),
    Case(
        "claim kind disagrees with predicate",
        claim_kind_disagrees,
        VKS.KindMatchesPredicate,
        ("^", PROV.wasDerivedFrom),
        "document",
    ),
    Case(
        "claim predicate is not a fact",
        claim_predicate_not_a_fact,
        VKS["Claim-predicate"],
        RDF.predicate,
        "indication_claim",
    ),
    Case(
        "quote differs from the text",
        anchor_changed,
        VKS.AnchorEqualsText,
        ("^", NIF.referenceContext),
        "document",
    ),
    Case(
        "span ends beyond the document",
        span_beyond_document,
        VKS.EndWithinText,
        ("^", NIF.referenceContext),
        "document",
    ),
    Case(
        "span begins after it ends",
        span_reversed,
        VKS["TextSpan-beginIndex"],
        NIF.beginIndex,
        "span",
    ),
    Case("offset as xsd:integer", span_offset_integer, VKS["TextSpan-endIndex"], NIF.endIndex, "span"),
    Case(
        "span in a section that does not contain it",
        span_in_wrong_section,
        VKS.SpanWithinSection,
        ("^", NIF.referenceContext),
        "document",
    ),
    Case(
        "span inside a section lacks vk:inSection",
        span_loses_section,
        VKS.SpanSectionMissing,
        ("^", NIF.referenceContext),
        "document",
        WARNING,
    ),
    Case(
        "two sections with one index",
        section_index_duplicated,
        VKS.SectionIndexUnique,
        ("^", NIF.referenceContext),
        "document",
    ),
    Case(
        "unknown section kind",
        section_kind_unknown,
        VKS["Section-sectionKind"],
        VK.sectionKind,
        "section",
    ),
    Case(
        "label without language",
        label_without_language,
        VKS["Entity-label"],
        RDFS.label,
        "indication",
    ),
    Case("label in French", label_in_french, VKS["Entity-label"], RDFS.label, "indication"),
    Case("drug without English label", drug_label_untagged, VKS["Drug-label"], RDFS.label, "drug"),
    Case(
        "vk:inLexicon not a boolean",
        in_lexicon_not_boolean,
        VKS["Entity-inLexicon"],
        VK.inLexicon,
        "indication",
    ),
    Case(
        "entity neither mapped nor unmapped",
        entity_neither_mapped_nor_unmapped,
        VKS["Entity-mappedOrUnmapped"],
        ("|", (SKOS.exactMatch, SKOS.closeMatch, OBOINOWL.hasDbXref, VK.unmapped)),
        "mapped",
    ),
    Case(
        "unmapped entity with a cross-reference",
        unmapped_entity_with_xref,
        VKS["UnmappedEntity-mapping"],
        ("|", (SKOS.exactMatch, SKOS.closeMatch, OBOINOWL.hasDbXref)),
        "route",
    ),
    Case(
        "cross-references without IRI",
        xref_without_iri,
        VKS["CrossReferencedEntity-iri"],
        ("|", (SKOS.exactMatch, SKOS.closeMatch)),
        "mapped",
        WARNING,
    ),
    Case(
        "cross-reference not a CURIE",
        xref_not_a_curie,
        VKS["Entity-hasDbXref"],
        OBOINOWL.hasDbXref,
        "mapped",
    ),
    Case("dosage form with two routes", two_routes, VKS["DosageForm-route"], VK.route, "dosage_form"),
    Case(
        "available and not available as one form",
        available_and_not,
        VKS["Drug-availableAs"],
        VK.availableAs,
        "drug",
    ),
    Case("curative and not curative", curative_twice, VKS["Drug-isCurative"], VK.isCurative, "drug"),
    Case(
        "mechanism without language",
        mechanism_untagged,
        VKS["Drug-mechanismStatement"],
        VK.mechanismStatement,
        "drug",
    ),
    Case(
        "direct hasIndication without its claim",
        fact_without_claim,
        VKS.DirectFactHasClaim,
        VK.hasIndication,
        "drug",
    ),
    Case(
        "asserted claim without its direct fact",
        claim_without_fact,
        VKS.ClaimedFactIsStated,
        VK.hasAdverseEffect,
        "drug",
    ),
    Case(
        "negated claim stated as a fact",
        negated_claim_stated,
        VKS.DeniedFactIsNotStated,
        VK.hasIndication,
        "drug",
    ),
    Case(
        "disputed claim stated as a fact",
        disputed_claim_stated,
        VKS.DirectFactHasClaim,
        lambda n: n.disputed_predicate,
        "disputed_subject",
    ),
    Case(
        "disputed claim without curator note",
        disputed_without_note,
        VKS.DisputedClaimSaysWhy,
        ("^", PROV.wasDerivedFrom),
        "document",
    ),
    Case(
        "undisputed claim with curator note",
        undisputed_with_note,
        VKS["DisputeFields-disputed"],
        VK.disputed,
        "indication_claim",
    ),
    Case(
        "sha256 of the wrong length",
        sha256_wrong_length,
        VKS["SourceDocument-sha256"],
        VK.sha256,
        "document",
    ),
    Case(
        "sha256 that did not mint the IRI",
        sha256_not_the_iri,
        VKS.DocumentIriFromDigest,
        VK.sha256,
        "document",
    ),
    Case(
        "document without text",
        document_without_text,
        VKS["SourceDocument-isString"],
        NIF.isString,
        "document",
    ),
    Case(
        "licence as a literal",
        dataset_license_literal,
        VKS["Dataset-license"],
        DCTERMS.license,
        "dataset",
    ),
    Case(
        "void:triples as a string",
        dataset_triples_string,
        VKS["Dataset-triples"],
        VOID.triples,
        "dataset",
    ),
    Case(
        "dataset generated by nothing",
        dataset_without_activity,
        VKS["Dataset-wasGeneratedBy"],
        PROV.wasGeneratedBy,
        "dataset",
    ),
    Case(
        "condition no claim refers to",
        orphan_condition,
        VKS["Condition-referenced"],
        ("|", (("^", RDF.object), ("^", VK.riskOf))),
        None,
        WARNING,
    ),
]


def _matches(result: Result, case: Case, nodes: Nodes, expected_path: object) -> bool:
    if case.source not in (result.shape, result.constraint) or result.severity != case.severity:
        return False
    if case.focus is not None and result.focus != getattr(nodes, case.focus):
        return False
    return result.path == expected_path


@pytest.mark.parametrize("case", BROKEN, ids=[c.description for c in BROKEN])
def test_broken_graph_is_caught(case: Case, data: Graph, shapes: Graph, nodes: Nodes) -> None:
    broken = Graph()
    broken += data
    case.mutate(broken, nodes)
    assert set(broken) != set(data), "the mutation changed nothing"
    conforms, results = validate(broken, shapes, allow_warnings=case.severity == WARNING)
    assert not conforms or case.severity == WARNING
    expected_path = case.path(nodes) if callable(case.path) else case.path
    matching = [r for r in results if _matches(r, case, nodes, expected_path)]
    assert matching, "\n".join(
        [
            "expected a result from",
            f"  {case.source} path {expected_path} focus {case.focus}",
            "got:",
        ]
        + [f"  {r.shape} / {r.constraint} path {r.path} focus {r.focus} ({r.severity})" for r in results]
    )


@pytest.mark.parametrize("case", BROKEN, ids=[c.description for c in BROKEN])
def test_valkg_validation_reports_what_plain_pyshacl_reports(
    case: Case, data: Graph, shapes: Graph, nodes: Nodes
) -> None:
    """valkg.validate answers the SHACL-SPARQL constraints with pyoxigraph instead of rdflib's
    engine: the report must be the one plain pyshacl gives, result for result."""
    broken = Graph()
    broken += data
    case.mutate(broken, nodes)
    conforms, expected = validate(broken, shapes, allow_warnings=True)
    report = valkg_validate(broken)
    assert report.conforms == conforms
    assert Counter(results_of(report.graph)) == Counter(expected)


def test_every_cross_property_rule_has_a_broken_case(shapes: Graph) -> None:
    """Every SPARQL constraint, and every node shape combining properties (sh:or, sh:xone),
    is shown to catch a fault; every case names a shape or constraint of the file."""
    exercised = {case.source for case in BROKEN}
    rules = set(shapes.subjects(RDF.type, SH.SPARQLConstraint))
    rules |= {s for key in (SH["or"], SH.xone) for s in shapes.subjects(key, None) if isinstance(s, URIRef)}
    assert rules - exercised == set()
    named = set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.subjects(RDF.type, SH.NodeShape)) | rules
    assert exercised - named == set()


def test_warnings_do_not_break_conformance(data: Graph, shapes: Graph, nodes: Nodes) -> None:
    """valkg.validate allows warnings: an orphan condition is reported, the graph conforms."""
    broken = Graph()
    broken += data
    orphan_condition(broken, nodes)
    conforms, results = validate(broken, shapes, allow_warnings=True)
    assert conforms
    assert results and {r.severity for r in results} == {WARNING}
