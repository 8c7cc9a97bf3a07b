"""The graph of the bundled monograph: every required fact, with exact provenance."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef, namespace
from rdflib.namespace import SKOS

from valkg import api
from valkg.graph import decimal_literal
from valkg.namespaces import NIF, VK
from valkg.serialize import serialize

BASE = "https://w3id.org/valkg/"
DRUG = URIRef(BASE + "drug/valacyclovir")
ACYCLOVIR = URIRef(BASE + "drug/acyclovir")


def iri(path: str) -> URIRef:
    return URIRef(BASE + path)


@pytest.fixture(scope="module")
def built() -> api.DocumentResult:
    result = api.build()
    assert result.error is None, result.error
    return result


@pytest.fixture(scope="module")
def graph(built: api.DocumentResult) -> Graph:
    assert built.graph is not None
    return built.graph


#: The facts the monograph states: (subject, predicate, object) as direct triples.
FACTS = [
    (DRUG, VK.brandName, Literal("Valtrex")),
    (DRUG, VK.hasRole, iri("role/antiviral")),
    (DRUG, VK.hasRole, iri("role/prodrug")),
    (DRUG, VK.isProdrugOf, ACYCLOVIR),
    (DRUG, VK.convertedInto, ACYCLOVIR),
    (ACYCLOVIR, VK.hasRole, iri("role/antiviral")),
    (DRUG, VK.conversionSite, iri("body-system/gastrointestinal-tract")),
    (DRUG, VK.conversionProductCount, Literal(2)),
    (DRUG, VK.hasIndication, iri("condition/herpes-labialis")),
    (DRUG, VK.hasIndication, iri("condition/chickenpox")),
    (DRUG, VK.hasIndication, iri("condition/genital-herpes")),
    (DRUG, VK.hasIndication, iri("condition/herpes-zoster")),
    (DRUG, VK.hasIndication, iri("condition/herpes-virus-infection")),
    (DRUG, VK.isCurative, Literal(False)),
    (DRUG, VK.therapeuticEffect, Literal("reducing the clinical symptoms", lang="en")),
    (DRUG, VK.availableAs, iri("dosage-form/oral-tablet")),
    (DRUG, VK.availableAs, iri("dosage-form/oral-suspension")),
    (DRUG, VK.notAvailableAs, iri("dosage-form/intravenous-form")),
    (DRUG, VK.hasAdverseEffect, iri("condition/kidney-function-abnormality")),
    (DRUG, VK.hasAdverseEffect, iri("condition/thrombotic-thrombocytopenic-purpura")),
    (DRUG, VK.hasAdverseEffect, iri("condition/thrombocytopenia")),
    (DRUG, VK.hasAdverseEffect, iri("condition/confusion")),
    (DRUG, VK.hasAdverseEffect, iri("condition/seizure")),
    (DRUG, VK.hasAdverseEffect, iri("condition/agitation")),
    (DRUG, VK.hasRiskPopulation, iri("population/elderly")),
    (DRUG, VK.hasRiskPopulation, iri("population/patients-on-kidney-affecting-medications")),
]


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    FACTS,
    ids=[f"{p.split('#')[-1]}-{o.split('/')[-1]}" for _, p, o in FACTS],
)
def test_fact_is_stated_and_has_a_claim_with_exact_evidence(
    graph: Graph,
    built: api.DocumentResult,
    subject: URIRef,
    predicate: URIRef,
    obj: URIRef | Literal,
) -> None:
    assert (subject, predicate, obj) in graph, "direct triple missing"
    claims = [
        c
        for c in graph.subjects(RDF.subject, subject)
        if (c, RDF.predicate, predicate) in graph and (c, RDF.object, obj) in graph
    ]
    assert claims, "no claim states this fact"
    text = built.extraction.monograph.text  # type: ignore[union-attr]
    for claim in claims:
        span = graph.value(claim, VK.evidence)
        start = int(graph.value(span, NIF.beginIndex))  # type: ignore[arg-type]
        end = int(graph.value(span, NIF.endIndex))  # type: ignore[arg-type]
        assert str(graph.value(span, NIF.anchorOf)) == text[start:end]


def test_the_unavailable_form_is_a_negative_fact_not_a_negated_one(graph: Graph) -> None:
    form = iri("dosage-form/intravenous-form")
    claim = next(graph.subjects(RDF.object, form))
    assert graph.value(claim, RDF.predicate) == VK.notAvailableAs
    assert graph.value(claim, VK.negated) == Literal(False)
    assert (DRUG, VK.availableAs, form) not in graph


def test_dose_range_is_numeric_and_normalised(graph: Graph) -> None:
    doses = list(graph.objects(DRUG, VK.hasDoseRange))
    assert len(doses) == 1
    dose = doses[0]
    assert graph.value(dose, VK.minDose) == decimal_literal(__import__("decimal").Decimal(500))
    assert graph.value(dose, VK.maxDose).eq(Literal("1000", datatype=namespace.XSD.decimal))  # type: ignore[union-attr]
    assert graph.value(dose, VK.doseUnit) == Literal("mg")
    assert str(graph.value(dose, VK.statedDose)) == "between 500 mg to 1 g"


def test_an_upper_limit_is_a_dose_range_with_no_minimum(tmp_path) -> None:
    from valkg.query import named_queries, run_query

    monograph = tmp_path / "zorbavir.txt"
    monograph.write_text("Zorbavir\n\nDosage\n\nThe usual dose is 7.5 mg. No more than 7.5 mg in one night.\n")
    result = api.build(str(monograph))
    assert result.error is None and result.graph is not None, result.error  # it conforms to the shapes
    graph = result.graph
    drug = iri("drug/zorbavir")
    doses = {str(graph.value(d, VK.minDose)): d for d in graph.objects(drug, VK.hasDoseRange)}
    assert set(doses) == {"7.5", "None"}
    assert graph.value(doses["None"], VK.maxDose).eq(Literal("7.5", datatype=namespace.XSD.decimal))  # type: ignore[union-attr]
    assert doses["None"] != doses["7.5"]
    rows = run_query(named_queries()["doses"].text, [(result.graph_name, graph)]).rows
    assert sorted(row[2].value if row[2] is not None else "" for row in rows) == ["", "7.5"]


def test_one_amount_stated_twice_is_one_dose_node_that_conforms(tmp_path) -> None:
    monograph = tmp_path / "zorbavir.txt"
    monograph.write_text("Zorbavir\n\nDosage\n\nWomen take 5 mg. Men take either 5 mg or 10 mg.\n")
    result = api.build(str(monograph))
    assert result.error is None and result.graph is not None, result.error  # it conforms to the shapes
    nodes = [d for d in result.graph.objects(iri("drug/zorbavir"), VK.hasDoseRange) if "/5-5-mg" in str(d)]
    assert len(nodes) == 1
    assert len(list(result.graph.objects(nodes[0], VK.statedDose))) == 1


@pytest.mark.parametrize("effect", ["thrombotic-thrombocytopenic-purpura", "thrombocytopenia"])
def test_serious_adverse_effects(graph: Graph, effect: str) -> None:
    claim = next(graph.subjects(RDF.object, iri(f"condition/{effect}")))
    assert graph.value(claim, VK.serious) == Literal(True)


@pytest.mark.parametrize("effect", ["confusion", "seizure", "agitation"])
def test_cns_effects_name_the_nervous_system(graph: Graph, effect: str) -> None:
    claim = next(graph.subjects(RDF.object, iri(f"condition/{effect}")))
    assert graph.value(claim, VK.affectedSystem) == iri("body-system/nervous-system")


def test_elderly_are_at_risk_of_kidney_function_abnormality(graph: Graph) -> None:
    claim = next(graph.subjects(RDF.object, iri("population/elderly")))
    assert graph.value(claim, VK.riskOf) == iri("condition/kidney-function-abnormality")


def test_management_statement(graph: Graph) -> None:
    advice = [str(o) for o in graph.objects(DRUG, VK.managementAdvice)]
    assert any("must be stopped" in a and "alternative therapy" in a for a in advice)


def test_mechanism_is_kept_as_stated_and_disputed(graph: Graph) -> None:
    quote = "Acyclovir then acts on the wall of the viral agents and kills the virus."
    claims = [c for c in graph.subjects(RDF.object, Literal(quote, lang="en"))]
    assert len(claims) == 1
    claim = claims[0]
    assert graph.value(claim, RDF.subject) == ACYCLOVIR
    assert graph.value(claim, RDF.predicate) == VK.mechanismStatement
    assert graph.value(claim, VK.disputed) == Literal(True)
    assert "DNA polymerase" in str(graph.value(claim, VK.curatorNote))
    assert str(graph.value(claim, VK.disputeReason))
    # the graph does not assert what it disputes
    assert (ACYCLOVIR, VK.mechanismStatement, Literal(quote, lang="en")) not in graph


def test_external_identifiers_from_the_reference_file(graph: Graph) -> None:
    assert (DRUG, SKOS.exactMatch, URIRef("http://purl.obolibrary.org/obo/CHEBI_35854")) in graph
    assert (
        iri("condition/chickenpox"),
        SKOS.exactMatch,
        URIRef("http://purl.obolibrary.org/obo/MONDO_0005700"),
    ) in graph


def test_every_entity_is_mapped_or_says_it_is_not(graph: Graph) -> None:
    for cls in (VK.Drug, VK.Condition, VK.Population, VK.DosageForm, VK.DrugRole):
        for entity in graph.subjects(RDF.type, cls):
            mapped = any(graph.objects(entity, SKOS.exactMatch)) or any(graph.objects(entity, SKOS.closeMatch))
            assert mapped or graph.value(entity, VK.unmapped) == Literal(True), entity


def test_labels_are_english(graph: Graph) -> None:
    for subject, label in graph.subject_objects(RDFS.label):
        assert isinstance(label, Literal) and label.language == "en", subject


def test_no_blank_nodes_and_iris_under_the_base(graph: Graph) -> None:
    for triple in graph:
        for term in triple:
            assert not isinstance(term, __import__("rdflib").BNode)
    assert all(str(s).startswith(BASE) for s in graph.subjects())


def test_source_document_and_its_hash(graph: Graph, built: api.DocumentResult) -> None:
    monograph = built.extraction.monograph  # type: ignore[union-attr]
    documents = list(graph.subjects(RDF.type, VK.SourceDocument))
    assert len(documents) == 1
    assert graph.value(documents[0], VK.sha256) == Literal(monograph.sha256)
    assert str(graph.value(documents[0], NIF.isString)) == monograph.text


def test_two_runs_give_byte_identical_ntriples() -> None:
    first, second = api.build(), api.build()
    assert serialize([(first.graph_name, first.graph)], "n-triples") == serialize(  # type: ignore[list-item]
        [(second.graph_name, second.graph)],
        "n-triples",  # type: ignore[list-item]
    )


def test_base_is_configurable() -> None:
    result = api.build(base="http://example.org/kg/")
    assert result.graph is not None
    assert (URIRef("http://example.org/kg/drug/valacyclovir"), RDF.type, VK.Drug) in result.graph


def test_void_triple_count_is_the_real_count(graph: Graph) -> None:
    from valkg.namespaces import VOID

    dataset = next(graph.subjects(RDF.type, VOID.Dataset))
    assert int(graph.value(dataset, VOID.triples)) == len(graph)  # type: ignore[arg-type]


def test_dcat_distributions_list_every_format_with_its_media_type(graph: Graph) -> None:
    from valkg.namespaces import DCAT
    from valkg.serialize import FORMATS

    dataset = next(graph.subjects(RDF.type, DCAT.Dataset))
    media_types = {
        str(graph.value(distribution, DCAT.mediaType)).rsplit("media-types/", 1)[-1]
        for distribution in graph.objects(dataset, DCAT.distribution)
    }
    assert media_types == {fmt.media_type for fmt in FORMATS.values()}


def test_dataset_says_what_made_it_and_from_what(graph: Graph, built: api.DocumentResult) -> None:
    from rdflib.namespace import DCTERMS, PROV

    from valkg.namespaces import VOID

    dataset = next(graph.subjects(RDF.type, VOID.Dataset))
    activity = graph.value(dataset, PROV.wasGeneratedBy)
    document = graph.value(activity, PROV.used)
    assert graph.value(document, VK.sha256) == Literal(built.extraction.monograph.sha256)  # type: ignore[union-attr]
    assert graph.value(dataset, DCTERMS.license) is not None
    assert (dataset, DCTERMS.created, None) not in graph  # the clock never enters the output


def test_created_only_when_given() -> None:
    from rdflib.namespace import DCTERMS

    result = api.build(created="2026-01-31")
    assert result.graph is not None
    assert Literal("2026-01-31", datatype=namespace.XSD.date) in set(result.graph.objects(None, DCTERMS.created))
