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
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
OBO = Namespace("http://purl.obolibrary.org/obo/")
OBOINOWL = Namespace("http://www.geneontology.org/formats/oboInOwl#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
BIOLINK = Namespace("https://w3id.org/biolink/vocab/")

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
    "nif": str(NIF),
    "obo": str(OBO),
    "oboInOwl": str(OBOINOWL),
    "void": str(VOID),
    "dcat": str(DCAT),
}
