"""Namespaces of the graph.

``VK`` is a closed ``DefinedNamespace``: a typo in a term is an error, not a
silently minted IRI.  A test checks that it declares exactly the terms of
``ontology/valkg.ttl``.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

DEFAULT_BASE = "https://w3id.org/valkg/"
ONTOLOGY_IRI = "https://w3id.org/valkg/ontology"


class VK(DefinedNamespace):
    """The valkg ontology (``https://w3id.org/valkg/ontology#``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Drug: URIRef
    Condition: URIRef
    DrugRole: URIRef
    DosageForm: URIRef
    Route: URIRef
    Population: URIRef
    BodySystem: URIRef
    DoseRange: URIRef
    Claim: URIRef
    SourceDocument: URIRef
    Section: URIRef
    TextSpan: URIRef
    ExtractionActivity: URIRef
    # direct facts
    brandName: URIRef
    hasRole: URIRef
    isProdrugOf: URIRef
    convertedInto: URIRef
    conversionSite: URIRef
    conversionProductCount: URIRef
    hasIndication: URIRef
    isCurative: URIRef
    therapeuticEffect: URIRef
    availableAs: URIRef
    notAvailableAs: URIRef
    route: URIRef
    hasDoseRange: URIRef
    minDose: URIRef
    maxDose: URIRef
    doseUnit: URIRef
    statedDose: URIRef
    doseFrequency: URIRef
    hasAdverseEffect: URIRef
    hasRiskPopulation: URIRef
    managementAdvice: URIRef
    mechanismStatement: URIRef
    precaution: URIRef
    # entities
    inLexicon: URIRef
    unmapped: URIRef
    # claims and provenance
    claimKind: URIRef
    negated: URIRef
    hedged: URIRef
    serious: URIRef
    frequency: URIRef
    purpose: URIRef
    affectedSystem: URIRef
    riskOf: URIRef
    disputed: URIRef
    curatorNote: URIRef
    disputeReason: URIRef
    disputeRule: URIRef
    extractionRule: URIRef
    evidence: URIRef
    inSection: URIRef
    sectionKind: URIRef
    sectionIndex: URIRef
    sha256: URIRef
    fileName: URIRef


SCHEMA = Namespace("http://schema.org/")
OBO = Namespace("http://purl.obolibrary.org/obo/")


# The other vocabularies are closed too, and declare only the terms the graph uses. A
# DefinedNamespace also gives the same term object on every access (a Namespace makes a new
# one), so the graphs of a corpus share their predicate and class objects: writing a graph
# looks each term's text up, and a lookup by an identical object skips rdflib's ``__eq__``.


class NIF(DefinedNamespace):
    """NLP Interchange Format core: the text and the spans of it that claims cite."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    isString: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef


class OBOINOWL(DefinedNamespace):
    """The OBO-in-OWL annotations: database cross-references as CURIEs."""

    _NS = Namespace("http://www.geneontology.org/formats/oboInOwl#")
    _fail = True

    hasDbXref: URIRef


class VOID(DefinedNamespace):
    """VoID: the dataset description of each document's graph."""

    _NS = Namespace("http://rdfs.org/ns/void#")
    _fail = True

    Dataset: URIRef
    classes: URIRef
    distinctSubjects: URIRef
    entities: URIRef
    exampleResource: URIRef
    properties: URIRef
    sparqlEndpoint: URIRef
    triples: URIRef
    uriSpace: URIRef
    vocabulary: URIRef


class DCAT(DefinedNamespace):
    """DCAT: the dataset's distributions, one per serialization format."""

    _NS = Namespace("http://www.w3.org/ns/dcat#")
    _fail = True

    Dataset: URIRef
    Distribution: URIRef
    distribution: URIRef
    mediaType: URIRef


#: Prefixes written in Turtle, TriG and the JSON-LD context.
PREFIXES = {
    "vk": str(VK._NS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": str(SCHEMA),
    "nif": str(NIF._NS),
    "obo": str(OBO),
    "oboInOwl": str(OBOINOWL._NS),
    "void": str(VOID._NS),
    "dcat": str(DCAT._NS),
}
