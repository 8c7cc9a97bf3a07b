"""Namespaces of the graph.

``VK`` is a closed ``DefinedNamespace``: a typo in a term is an error, not a
silently minted IRI.  A test checks that it declares exactly the terms of
``ontology/valkg.ttl``.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

DEFAULT_BASE = "https://w3id.org/valkg/"
ONTOLOGY_IRI = "https://w3id.org/valkg/ontology"


class VK(DefinedNamespace):
    """The valkg ontology (``https://w3id.org/valkg/ontology#``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Drug: object
    Condition: object
    DrugRole: object
    DosageForm: object
    Route: object
    Population: object
    BodySystem: object
    DoseRange: object
    Claim: object
    SourceDocument: object
    Section: object
    TextSpan: object
    ExtractionActivity: object
    # direct facts
    brandName: object
    hasRole: object
    isProdrugOf: object
    convertedInto: object
    conversionSite: object
    conversionProductCount: object
    hasIndication: object
    isCurative: object
    therapeuticEffect: object
    availableAs: object
    notAvailableAs: object
    route: object
    hasDoseRange: object
    minDose: object
    maxDose: object
    doseUnit: object
    statedDose: object
    doseFrequency: object
    hasAdverseEffect: object
    hasRiskPopulation: object
    managementAdvice: object
    mechanismStatement: object
    precaution: object
    # entities
    inLexicon: object
    unmapped: object
    # claims and provenance
    claimKind: object
    negated: object
    hedged: object
    serious: object
    frequency: object
    affectedSystem: object
    riskOf: object
    disputed: object
    curatorNote: object
    disputeReason: object
    disputeRule: object
    extractionRule: object
    evidence: object
    inSection: object
    sectionKind: object
    sectionIndex: object
    sha256: object
    fileName: object


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
