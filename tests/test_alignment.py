"""The schema.org alignment works: after OWL 2 RL inference, schema.org queries see valkg's data.

The OWL 2 RL closure (owlrl) runs once over ontology + the bundled monograph's graph.  A
query written in schema.org terms must then find exactly what the same query in valkg terms
finds.  The graph states disputed claims only as claims, never as direct facts, so neither
query sees a disputed mechanism statement.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from valkg import api

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = ROOT / "ontology" / "valkg.ttl"

PREFIXES = """
PREFIX vk: <https://w3id.org/valkg/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""

#: (what is compared, query in schema.org terms, the same query in valkg terms)
PAIRS = [
    (
        "drugs",
        "SELECT ?d WHERE { ?d a schema:Drug }",
        "SELECT ?d WHERE { ?d a vk:Drug }",
    ),
    (
        "adverse effects",
        "SELECT ?d ?x WHERE { ?d a schema:Drug ; schema:adverseOutcome ?x }",
        "SELECT ?d ?x WHERE { ?d a vk:Drug ; vk:hasAdverseEffect ?x }",
    ),
    (
        "conditions",
        "SELECT ?c WHERE { ?c a schema:MedicalCondition }",
        "SELECT ?c WHERE { ?c a vk:Condition }",
    ),
    (
        "adverse outcomes that are medical conditions",
        "SELECT ?d ?x WHERE { ?d schema:adverseOutcome ?x . ?x a schema:MedicalCondition }",
        "SELECT ?d ?x WHERE { ?d vk:hasAdverseEffect ?x . ?x a vk:Condition }",
    ),
    (
        "brand names",
        "SELECT ?d ?name WHERE { ?d a schema:Drug ; schema:proprietaryName ?name }",
        "SELECT ?d ?name WHERE { ?d a vk:Drug ; vk:brandName ?name }",
    ),
    (
        "mechanisms of action",
        "SELECT ?d ?how WHERE { ?d a schema:Drug ; schema:mechanismOfAction ?how }",
        "SELECT ?d ?how WHERE { ?d a vk:Drug ; vk:mechanismStatement ?how }",
    ),
    (
        "dose schedules",
        "SELECT ?d ?dose WHERE { ?d schema:doseSchedule ?dose . ?dose a schema:DoseSchedule }",
        "SELECT ?d ?dose WHERE { ?d vk:hasDoseRange ?dose . ?dose a vk:DoseRange }",
    ),
]


@pytest.fixture(scope="module")
def data() -> Graph:
    result = api.build(check=False)
    assert result.graph is not None, result.error
    return result.graph


@pytest.fixture(scope="module")
def closure(data: Graph) -> Graph:
    owlrl = pytest.importorskip("owlrl", reason="owlrl is needed for the OWL 2 RL closure")
    graph = Graph()
    graph.parse(ONTOLOGY_FILE, format="turtle")
    for triple in data:
        graph.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def answers(graph: Graph, query: str) -> set[tuple[object, ...]]:
    return {tuple(row) for row in graph.query(PREFIXES + query)}  # type: ignore[arg-type]


@pytest.mark.parametrize(("what", "schema_query", "valkg_query"), PAIRS, ids=[p[0] for p in PAIRS])
def test_schema_org_query_finds_what_the_valkg_query_finds(
    closure: Graph, data: Graph, what: str, schema_query: str, valkg_query: str
) -> None:
    inferred = answers(closure, schema_query)
    stated = answers(closure, valkg_query)
    assert stated, f"the bundled monograph has no {what}: the comparison would be vacuous"
    assert inferred == stated, what
    # ... and the valkg answers are exactly what the graph asserts (inference adds none)
    assert answers(data, valkg_query) == stated, what
    # without inference, the schema.org query finds nothing: the closure did the work
    assert answers(data, schema_query) == set(), what


def test_the_disputed_mechanism_is_seen_by_neither_vocabulary(closure: Graph, data: Graph) -> None:
    disputed = {
        row[0]
        for row in data.query(
            PREFIXES + "SELECT ?how WHERE { ?c a vk:Claim ; vk:disputed true ;"
            " rdf:predicate vk:mechanismStatement ; rdf:object ?how }"
        )
    }
    assert disputed, "the bundled monograph's disputed mechanism claim is missing"
    for how in disputed:
        assert isinstance(how, Literal)
        assert (None, URIRef("http://schema.org/mechanismOfAction"), how) not in closure
        assert (
            None,
            URIRef("https://w3id.org/valkg/ontology#mechanismStatement"),
            how,
        ) not in closure
