"""The OWL ontology (``ontology/valkg.ttl``): metadata, coverage of the vocabulary, consistency.

The real graph of the bundled monograph is built once per module; the OWL 2 RL closure
(owlrl) runs over ontology + data once.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SH, SKOS

from valkg.extract import extract
from valkg.graph import build_graph
from valkg.namespaces import ONTOLOGY_IRI, VK
from valkg.reader import read_monograph

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = ROOT / "ontology" / "valkg.ttl"
SHAPES_FILE = ROOT / "shapes" / "valkg-shapes.ttl"

ONTOLOGY = URIRef(ONTOLOGY_IRI)
VANN = Namespace("http://purl.org/vocab/vann/")
# a plain Namespace: pytest's collection probes module attributes, which rdflib's XSD warns about
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
CC_BY = URIRef("https://creativecommons.org/licenses/by/4.0/")
VK_NS = str(VK._NS)

CLASS_TYPES = {OWL.Class, RDFS.Class}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}
#: Built into RDF itself; not redeclared.
BUILT_IN = {RDF.type}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def data() -> Graph:
    return build_graph(extract(read_monograph()))


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def vk_terms() -> set[URIRef]:
    """Every term of the closed ``VK`` namespace class."""
    return {VK._NS[name] for name in VK.__annotations__}


def declared(ontology: Graph, kinds: set[URIRef]) -> set[URIRef]:
    return {s for kind in kinds for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef)}


# --- metadata -----------------------------------------------------------------------------


def test_ontology_parses(ontology: Graph) -> None:
    assert len(ontology) > 300


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    assert list(ontology.subjects(RDF.type, OWL.Ontology)) == [ONTOLOGY]
    version = ontology.value(ONTOLOGY, OWL.versionInfo)
    assert version == Literal("0.1.0")
    assert ontology.value(ONTOLOGY, OWL.versionIRI) == URIRef(f"{ONTOLOGY_IRI}/{version}")
    for prop in (DCTERMS.title, DCTERMS.description):
        values = list(ontology.objects(ONTOLOGY, prop))
        assert len(values) == 1 and values[0].language == "en", prop
    assert ontology.value(ONTOLOGY, DCTERMS.license) == CC_BY
    assert ontology.value(ONTOLOGY, DCTERMS.creator) is not None
    assert ontology.value(ONTOLOGY, VANN.preferredNamespacePrefix) == Literal("vk")
    assert str(ontology.value(ONTOLOGY, VANN.preferredNamespaceUri)) == VK_NS


# --- the vk: vocabulary ---------------------------------------------------------------------


def test_every_vk_term_is_declared_and_nothing_else(ontology: Graph) -> None:
    in_ontology = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(VK_NS)}
    assert vk_terms() - in_ontology == set(), "terms of valkg.namespaces.VK missing from the ontology"
    assert in_ontology - vk_terms() == set(), "terms of the ontology missing from valkg.namespaces.VK"


def test_every_vk_term_has_exactly_one_kind(ontology: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for term in vk_terms():
        found = set(ontology.objects(term, RDF.type)) & kinds
        assert len(found) == 1, f"{term} is declared as {found}"
        if term.fragment[0].isupper():
            assert found == {OWL.Class}, term
        else:
            assert found <= {OWL.ObjectProperty, OWL.DatatypeProperty}, term


def test_every_vk_term_has_label_definition_and_source(ontology: Graph) -> None:
    for term in vk_terms():
        labels = list(ontology.objects(term, RDFS.label))
        definitions = list(ontology.objects(term, SKOS.definition))
        assert len(labels) == 1 and labels[0].language == "en", f"{term}: rdfs:label@en"
        assert len(definitions) == 1 and definitions[0].language == "en", f"{term}: skos:definition@en"
        assert ontology.value(term, RDFS.isDefinedBy) == ONTOLOGY, term


def test_every_declared_term_has_label_and_source(ontology: Graph) -> None:
    for term in declared(ontology, CLASS_TYPES | PROPERTY_TYPES):
        assert ontology.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
        assert isinstance(ontology.value(term, RDFS.isDefinedBy), URIRef), f"{term} has no rdfs:isDefinedBy"


def test_alignments(ontology: Graph) -> None:
    schema = Namespace("http://schema.org/")
    prov = Namespace("http://www.w3.org/ns/prov#")
    nif = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    obo = Namespace("http://purl.obolibrary.org/obo/")
    expected_classes = {
        (VK.Drug, schema.Drug),
        (VK.Condition, schema.MedicalCondition),
        (VK.DoseRange, schema.DoseSchedule),
        (VK.BodySystem, schema.AnatomicalSystem),
        (VK.DrugRole, obo.CHEBI_50906),
        (VK.Claim, RDF.Statement),
        (VK.Claim, prov.Entity),
        (VK.SourceDocument, prov.Entity),
        (VK.SourceDocument, nif.Context),
        (VK.TextSpan, nif.OffsetBasedString),
        (VK.ExtractionActivity, prov.Activity),
    }
    for sub, sup in expected_classes:
        assert (sub, RDFS.subClassOf, sup) in ontology, (sub, sup)
    expected_properties = {
        (VK.hasAdverseEffect, schema.adverseOutcome),
        (VK.brandName, schema.proprietaryName),
        (VK.mechanismStatement, schema.mechanismOfAction),
        (VK.hasRole, obo.RO_0000087),
        (VK.hasDoseRange, schema.doseSchedule),
    }
    for sub, sup in expected_properties:
        assert (sub, RDFS.subPropertyOf, sup) in ontology, (sub, sup)
    assert (
        VK.hasIndication,
        SKOS.closeMatch,
        URIRef("https://w3id.org/biolink/vocab/treats"),
    ) in ontology


# --- the terms the data and the shapes use --------------------------------------------------


def terms_of_data(data: Graph) -> tuple[set[URIRef], set[URIRef]]:
    """(classes, properties) used in a data graph."""
    classes = {o for o in data.objects(None, RDF.type) if isinstance(o, URIRef)}
    properties = set(data.predicates()) - BUILT_IN
    return classes, properties


def _path_iris(shapes: Graph, path) -> set[URIRef]:
    if isinstance(path, URIRef):
        return {path}
    found: set[URIRef] = set()
    if isinstance(path, BNode):
        if shapes.value(path, RDF.first) is not None:
            for item in shapes.items(path):
                found |= _path_iris(shapes, item)
        for key in (
            SH.inversePath,
            SH.alternativePath,
            SH.zeroOrMorePath,
            SH.oneOrMorePath,
            SH.zeroOrOnePath,
        ):
            value = shapes.value(path, key)
            if value is not None:
                found |= _path_iris(shapes, value)
    return found


SPARQL_PREFIXES = {
    "vk": VK_NS,
    "rdf": str(RDF),
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
}


def terms_of_shapes(shapes: Graph) -> tuple[set[URIRef], set[URIRef]]:
    """(classes, properties) the shapes constrain or mention in their SPARQL queries."""
    classes = {o for p in (SH.targetClass, SH["class"]) for o in shapes.objects(None, p)}
    properties: set[URIRef] = set()
    for path in shapes.objects(None, SH.path):
        properties |= _path_iris(shapes, path)
    for p in (
        SH.lessThan,
        SH.lessThanOrEquals,
        SH.equals,
        SH.disjoint,
        SH.targetSubjectsOf,
        SH.targetObjectsOf,
    ):
        properties |= {o for o in shapes.objects(None, p) if isinstance(o, URIRef)}
    for query in shapes.objects(None, SH.select):
        for prefix, local in re.findall(r"\b(vk|rdf|prov|nif):([A-Za-z]\w*)", str(query)):
            term = URIRef(SPARQL_PREFIXES[prefix] + local)
            (classes if local[0].isupper() else properties).add(term)
    # rdf:type is written "a" in the queries; vk:Claim etc. are classes
    return classes, properties - BUILT_IN


@pytest.mark.parametrize("source", ["data", "shapes"])
def test_every_class_and_property_used_is_declared(
    source: str, ontology: Graph, request: pytest.FixtureRequest
) -> None:
    graph = request.getfixturevalue(source)
    classes, properties = terms_of_data(graph) if source == "data" else terms_of_shapes(graph)
    assert classes and properties
    assert classes - declared(ontology, CLASS_TYPES) == set(), f"classes of the {source} not declared"
    assert properties - declared(ontology, PROPERTY_TYPES) == set(), f"properties of the {source} not declared"


# --- domains and ranges hold for the data as built (they are inferred by reasoners) ---------


def _literal_has_datatype(value: Literal, datatype: URIRef) -> bool:
    if datatype == RDF.langString:
        return value.language is not None
    if datatype == XSD.string:
        return value.language is None and value.datatype in (None, XSD.string)
    return value.datatype == datatype


def test_domains_and_ranges_hold_for_the_data(ontology: Graph, data: Graph) -> None:
    problems = []
    for prop in vk_terms():
        domain = ontology.value(prop, RDFS.domain)
        range_ = ontology.value(prop, RDFS.range)
        for s, o in data.subject_objects(prop):
            if domain is not None and (s, RDF.type, domain) not in data:
                problems.append(f"{s} {prop.fragment} ...: subject is not a {domain}")
            if range_ is None:
                continue
            if (range_, RDF.type, OWL.Class) in ontology:
                if (o, RDF.type, range_) not in data:
                    problems.append(f"... {prop.fragment} {o}: object is not a {range_}")
            elif not (isinstance(o, Literal) and _literal_has_datatype(o, range_)):
                problems.append(f"... {prop.fragment} {o!r}: not a {range_}")
    assert problems == []


def test_datatype_properties_have_a_literal_range_and_object_properties_a_class(
    ontology: Graph,
) -> None:
    for prop in vk_terms():
        range_ = ontology.value(prop, RDFS.range)
        if (prop, RDF.type, OWL.DatatypeProperty) in ontology:
            assert range_ in {
                XSD.boolean,
                XSD.decimal,
                XSD.integer,
                XSD.nonNegativeInteger,
                XSD.string,
                RDF.langString,
            }, prop
        elif (prop, RDF.type, OWL.ObjectProperty) in ontology:
            assert (range_, RDF.type, OWL.Class) in ontology, prop


# --- OWL 2 RL closure over ontology + data ---------------------------------------------------


@pytest.fixture(scope="module")
def closure(ontology: Graph, data: Graph) -> Graph:
    owlrl = pytest.importorskip("owlrl")
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    for triple in data:
        graph.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def owlrl_errors(graph: Graph) -> list[str]:
    from owlrl.Namespaces import ERRNS

    return sorted(str(graph.value(m, ERRNS.error)) for m in graph.subjects(RDF.type, ERRNS.ErrorMessage))


def test_owl_rl_closure_is_consistent(closure: Graph) -> None:
    assert owlrl_errors(closure) == []
    assert [s for s in closure.subjects(RDF.type, OWL.Nothing) if s != OWL.Nothing] == []
    contradictions = [
        (x, y) for x, y in closure.subject_objects(OWL.sameAs) if x != y and (x, OWL.differentFrom, y) in closure
    ]
    assert contradictions == []


def test_owl_rl_closure_draws_the_alignments(closure: Graph, data: Graph) -> None:
    """The closure ran: the drugs are schema:Drug, the claims rdf:Statement and prov:Entity."""
    drug = next(data.subjects(RDF.type, VK.Drug))
    claim = next(data.subjects(RDF.type, VK.Claim))
    assert (drug, RDF.type, URIRef("http://schema.org/Drug")) in closure
    assert (claim, RDF.type, RDF.Statement) in closure
    assert (claim, RDF.type, URIRef("http://www.w3.org/ns/prov#Entity")) in closure


def test_owl_rl_closure_catches_a_contradiction(ontology: Graph) -> None:
    """The consistency check is not vacuous: a misused domain and a disjoint-property clash."""
    owlrl = pytest.importorskip("owlrl")
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    claim, drug, form = URIRef("urn:x:claim"), URIRef("urn:x:drug"), URIRef("urn:x:form")
    graph.add((claim, RDF.type, VK.Claim))
    graph.add((claim, VK.hasIndication, URIRef("urn:x:condition")))  # domain vk:Drug, disjoint with vk:Claim
    graph.add((drug, VK.availableAs, form))
    graph.add((drug, VK.notAvailableAs, form))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    errors = owlrl_errors(graph)
    assert any("Disjoint classes" in e and "urn:x:claim" in e for e in errors), errors
    assert any("disjoint properties" in e and "urn:x:form" in e for e in errors), errors
