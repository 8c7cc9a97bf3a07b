"""Serialization: every syntax round-trips, byte-identically from run to run.

Golden file: ``tests/golden/valacyclovir.nt`` holds the sorted N-Triples of the
bundled monograph.  After an intended change of the graph, regenerate it with

    VALKG_REGENERATE_GOLDEN=1 python -m pytest tests/test_serialize.py

and review the diff of the golden file before committing it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from valkg import api
from valkg.cli import main
from valkg.serialize import FORMATS, context_document, prefixes, serialize

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "valacyclovir.nt"
REGENERATE = os.environ.get("VALKG_REGENERATE_GOLDEN") == "1"

#: rdflib parser names of valkg's output formats
RDFLIB_FORMAT = {
    "turtle": "turtle",
    "json-ld": "json-ld",
    "n-triples": "nt",
    "n-quads": "nquads",
    "trig": "trig",
    "xml": "xml",
}
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

BYTE_STABLE = ["n-triples", "n-quads", "turtle", "trig", "json-ld", "xml"]
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


def parse(data: bytes, fmt: str) -> tuple[Graph, list[URIRef]]:
    """Parse valkg output with rdflib: the merged triples, and the non-empty named graphs."""
    if FORMATS[fmt].quads:
        dataset = Dataset()
        dataset.parse(data=data, format=RDFLIB_FORMAT[fmt])
        merged = Graph()
        names = []
        for graph in dataset.graphs():
            if len(graph) == 0:
                continue
            if graph.identifier != dataset.default_graph.identifier:
                names.append(graph.identifier)
            for triple in graph:
                merged.add(triple)
        return merged, names
    graph = Graph()
    graph.parse(data=data, format=RDFLIB_FORMAT[fmt])
    return graph, []


def diff_lines(expected: Graph, actual: Graph, limit: int = 40) -> str:
    """A readable difference of two graphs as N-Triples lines, at most ``limit`` lines."""
    _, missing, added = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = [f"- {line}" for line in sorted(missing.serialize(format="nt").splitlines()) if line.strip()]
    lines += [f"+ {line}" for line in sorted(added.serialize(format="nt").splitlines()) if line.strip()]
    shown = lines[:limit]
    if len(lines) > limit:
        shown.append(f"... and {len(lines) - limit} more lines")
    return f"{len(missing)} triples missing (-), {len(added)} added (+):\n" + "\n".join(shown)


@pytest.fixture(scope="module")
def outputs(bundled_graphs) -> dict[str, bytes]:
    return {fmt: serialize(bundled_graphs, fmt) for fmt in FORMATS}


@pytest.fixture(scope="module")
def second_build() -> list:
    """A second, independent build of the bundled monograph."""
    result = api.build(check=False)
    return [(result.graph_name, result.graph)]


# --- every format ---------------------------------------------------------------------


def test_formats_are_the_documented_ones():
    assert set(FORMATS) == {"turtle", "json-ld", "n-triples", "n-quads", "trig", "xml"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_output_parses_and_is_the_graph(outputs, bundled, fmt):
    graph, names = parse(outputs[fmt], fmt)
    assert isomorphic(graph, bundled.graph), diff_lines(bundled.graph, graph)
    if FORMATS[fmt].quads:
        assert names == [bundled.graph_name], "one named graph, named by the dataset IRI"


@pytest.mark.parametrize("fmt", BYTE_STABLE)
def test_two_builds_give_identical_bytes(outputs, second_build, fmt):
    assert serialize(second_build, fmt) == outputs[fmt]


@pytest.mark.parametrize("fmt", ["n-triples", "json-ld"])
def test_output_does_not_depend_on_the_hash_seed(outputs, tmp_path, fmt):
    produced = []
    for seed in ("0", "123"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        process = subprocess.run(
            [sys.executable, "-m", "valkg", "export", "-f", fmt, "--no-validate"],
            capture_output=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )
        assert process.returncode == 0, process.stderr.decode()
        produced.append(process.stdout)
    assert produced[0] == produced[1]
    assert produced[0] == outputs[fmt], "the command writes what valkg.serialize.serialize returns"


def test_ntriples_lines_are_sorted_and_unique(outputs):
    text = outputs["n-triples"].decode("utf-8")
    assert text.endswith("\n")
    lines = text.splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines))


def test_nquads_lines_are_sorted_and_unique(outputs):
    lines = outputs["n-quads"].decode("utf-8").splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines))


def _by_iteration(graph: Graph) -> Graph:
    """The same triples in a graph whose store also holds another graph's, so it is read by iteration."""
    dataset = Dataset()
    dataset.graph(URIRef("urn:other")).add((URIRef("urn:a"), URIRef("urn:b"), Literal("elsewhere")))
    copy = dataset.graph(URIRef("urn:copy"))
    for triple in graph:
        copy.add(triple)
    return copy


@pytest.mark.parametrize("fmt", ["n-quads", "turtle"])
def test_the_store_index_and_graph_iteration_give_the_same_bytes(bundled_graphs, fmt):
    name, graph = bundled_graphs[0]
    assert serialize([(name, _by_iteration(graph))], fmt) == serialize(bundled_graphs, fmt)


@pytest.mark.parametrize("fmt", ["n-quads", "turtle"])
def test_a_graph_changed_after_building_is_written_as_it_is_now(bundled, fmt):
    """Removals leave emptied entries in the store's index: none may be written."""
    graph = Graph()
    for triple in bundled.graph:
        graph.add(triple)
    first = min(graph.subjects())
    graph.remove((first, None, None))
    labelled = min(graph.subjects(RDFS.label))
    graph.remove((labelled, RDFS.label, None))
    graph.add((URIRef("urn:added"), RDF.type, URIRef("urn:Thing")))
    written = serialize([(bundled.graph_name, graph)], fmt)
    assert written == serialize([(bundled.graph_name, _by_iteration(graph))], fmt)
    if fmt == "n-quads":
        parsed = Dataset().parse(data=written, format="nquads").graph(bundled.graph_name)
    else:
        parsed = Graph().parse(data=written, format="turtle")
    assert isomorphic(parsed, graph), diff_lines(graph, parsed)


def test_turtle_uses_the_context_prefixes(outputs):
    text = outputs["turtle"].decode("utf-8")
    for name in ("vk", "rdfs", "nif", "prov"):
        assert f"@prefix {name}: <{prefixes()[name]}> ." in text


#: Literals that trip up writers: escapes ending long (triple-quoted) strings, quotes, tabs.
TRICKY_LITERALS = [
    "x" * 200 + '\\"',
    'first line\nsecond line ending in a backslash-quote \\"',
    'first line\nsecond line ending in a quote"',
    "first line\nsecond line ending in a backslash\\",
    '"""already triple-quoted"""',
    "''' single triple quotes '''",
    "a tab\there",
    "non-ASCII: é ü ß — \u2028 \U0001f600",
    "",
    "<markup & entities>",
]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_tricky_literals_round_trip(fmt):
    graph = Graph()
    for index, text in enumerate(TRICKY_LITERALS):
        subject = URIRef(f"http://example.org/s{index}")
        graph.add((subject, URIRef("http://example.org/plain"), Literal(text)))
        graph.add((subject, URIRef("http://example.org/english"), Literal(text, lang="en")))
    data = serialize([(URIRef("http://example.org/graph"), graph)], fmt)
    parsed, _ = parse(data, fmt)
    assert isomorphic(parsed, graph), diff_lines(graph, parsed)


def _oxigraph_turtle(graphs) -> str:
    """pyoxigraph's Turtle writer on the same sorted triples and prefixes."""
    vocabularies = {name: iri for name, iri in prefixes().items() if name != "valkg"}
    lines = serialize(graphs, "n-triples")
    quads = ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(quads, format=ox.RdfFormat.TURTLE, prefixes=vocabularies).decode()


def _statements_and_prefixes(turtle: str) -> tuple[list[str], list[str]]:
    lines = turtle.splitlines()
    return [line for line in lines if not line.startswith("@prefix")], sorted(
        line for line in lines if line.startswith("@prefix")
    )


def _terms_that_test_a_turtle_writer() -> Graph:
    """IRIs whose local names need escapes or cannot be local names, numbers and booleans in
    and out of Turtle's bare forms, blank nodes, and the tricky literals."""
    graph = Graph()
    example = URIRef("http://example.org/s")
    locals_ = ["plain", "with.dot", "ends.", "-dash", "1digit", "a(b)", "a%20b", "a b", "é", "a:b", "", "a~b", "x/y"]
    for index, local in enumerate(locals_):
        graph.add(
            (example, URIRef(f"http://example.org/p{index}"), URIRef(prefixes()["obo"] + local.replace(" ", "%20")))
        )
        graph.add((URIRef(prefixes()["vk"] + local.replace(" ", "_")), RDF.type, URIRef(prefixes()["owl"] + "Class")))
    for value, datatype in [
        ("true", "boolean"),
        ("1", "boolean"),
        ("42", "integer"),
        ("-7", "integer"),
        ("+3", "integer"),
        ("1.50", "decimal"),
        ("15", "decimal"),
        (".5", "decimal"),
        ("1e3", "double"),
        ("1.5E-2", "double"),
        ("INF", "double"),
        ("12", "nonNegativeInteger"),
        ("2026-11-25", "date"),
    ]:
        graph.add(
            (example, URIRef(prefixes()["vk"] + "value"), Literal(value, datatype=URIRef(prefixes()["xsd"] + datatype)))
        )
    graph.add((example, URIRef("http://example.org/knows"), BNode("b0")))
    graph.add((BNode("b0"), RDFS.label, Literal("a blank node", lang="en-GB")))
    for index, text in enumerate(TRICKY_LITERALS):
        graph.add((example, URIRef(f"http://example.org/text{index}"), Literal(text)))
    return graph


def test_turtle_is_what_pyoxigraphs_writer_writes(bundled_graphs):
    for graphs in (bundled_graphs, [(None, _terms_that_test_a_turtle_writer())]):
        mine = serialize(graphs, "turtle").decode()
        assert _statements_and_prefixes(mine) == _statements_and_prefixes(_oxigraph_turtle(graphs))


def test_turtle_of_several_monographs_is_what_pyoxigraphs_writer_writes(two_monographs):
    graphs = [(result.graph_name, result.graph) for result in two_monographs[1]]
    mine = serialize(graphs, "turtle").decode()
    assert _statements_and_prefixes(mine) == _statements_and_prefixes(_oxigraph_turtle(graphs))


def test_an_empty_graph_is_empty_turtle():
    assert serialize([(None, Graph())], "turtle") == b""


def test_long_literal_ending_in_backslash_quote_survives_turtle():
    text = 'A long literal\nover two lines, ending in a backslash and a quote: \\"'
    graph = Graph()
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal(text)))
    data = serialize([(None, graph)], "turtle")
    parsed = Graph().parse(data=data, format="turtle")
    assert [str(o) for o in parsed.objects()] == [text]


@pytest.fixture(scope="module")
def crlf_result(tmp_path_factory):
    """The bundled monograph with CRLF line endings (as saved on Windows)."""
    text = (ROOT / "valkg" / "data" / "valacyclovir.txt").read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("crlf") / "valacyclovir.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    result = api.build(str(path), check=False)
    assert result.error is None, result.error
    assert "\r\n" in result.extraction.monograph.text
    return result


@pytest.mark.parametrize(
    "fmt",
    [f for f in sorted(FORMATS)],
)
def test_crlf_monograph_round_trips(crlf_result, fmt):
    data = serialize([(crlf_result.graph_name, crlf_result.graph)], fmt)
    parsed, _ = parse(data, fmt)
    assert isomorphic(parsed, crlf_result.graph), diff_lines(crlf_result.graph, parsed)


def test_xml_export_of_a_form_feed_is_well_formed_or_refused(tmp_path):
    text = (ROOT / "valkg" / "data" / "valacyclovir.txt").read_text(encoding="utf-8")
    monograph = tmp_path / "paged.txt"
    monograph.write_text(text.replace("Taking precautions", "\fTaking precautions"), encoding="utf-8")
    out = tmp_path / "paged.rdf"
    result = CliRunner().invoke(
        main,
        ["export", str(monograph), "-f", "xml", "-o", str(out), "--no-validate"],
        catch_exceptions=False,
    )
    if result.exit_code == 2:
        assert result.stderr.startswith("valkg: error:")
        assert not out.exists()
        return
    assert result.exit_code == 0, result.stderr
    Graph().parse(out, format="xml")


# --- JSON-LD ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jsonld(outputs) -> dict:
    return json.loads(outputs["json-ld"])


def test_jsonld_inlines_the_published_context(jsonld):
    result = CliRunner().invoke(main, ["export", "-f", "json-ld-context"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout_bytes == context_document()
    published = json.loads(result.stdout_bytes)
    assert set(published) == {"@context"}
    assert jsonld["@context"] == published["@context"]


def test_jsonld_context_file_is_the_packaged_one():
    packaged = json.loads((ROOT / "valkg" / "data" / "context.jsonld").read_text(encoding="utf-8"))
    assert json.loads(context_document()) == packaged


def test_a_standard_processor_reads_the_same_triples_offline(jsonld, bundled):
    pyld = pytest.importorskip("pyld")
    from pyld import jsonld as processor

    def offline(url, options=None):
        raise RuntimeError(f"the JSON-LD document made the processor fetch {url}")

    previous = processor.get_document_loader()
    processor.set_document_loader(offline)
    try:
        nquads = processor.to_rdf(jsonld, {"format": "application/n-quads", "documentLoader": offline})
    finally:
        processor.set_document_loader(previous)
    assert pyld is not None
    graph = Graph().parse(data=nquads, format="nquads")
    assert isomorphic(graph, bundled.graph), diff_lines(bundled.graph, graph)


def _iris(document: dict):
    """(where, value) of every IRI-valued string of a compacted valkg JSON-LD document."""
    context = document["@context"]
    iri_terms = {name for name, d in context.items() if isinstance(d, dict) and d.get("@type") in ("@id", "@vocab")}
    for node in document["@graph"]:
        yield "@id", node["@id"]
        for value in node.get("@type", []):
            yield "@type", value
        for key, values in node.items():
            if key.startswith("@"):
                continue
            yield "key", key
            for item in values if isinstance(values, list) else [values]:
                if isinstance(item, dict) and "@id" in item:
                    yield "@id", item["@id"]
                elif isinstance(item, dict) and "@type" in item:
                    yield "@type", item["@type"]
                elif key in iri_terms:
                    yield key, item


def test_jsonld_compacts_iris_with_the_context_prefixes(jsonld):
    context = jsonld["@context"]
    namespaces = prefixes()
    checked = 0
    for where, iri in _iris(jsonld):
        if where == "key" and iri in context:
            continue  # a term of the context
        if iri.startswith("_:"):
            continue
        prefix, _, suffix = iri.partition(":")
        if prefix in namespaces:
            assert not suffix.startswith("//"), iri
            checked += 1
            continue
        # an absolute IRI left as is: no context prefix could have shortened it
        assert not any(iri.startswith(ns) and iri != ns for ns in namespaces.values()), f"{where}: {iri}"
    assert checked > 100
    assert any(node["@id"] == "valkg:drug/valacyclovir" for node in jsonld["@graph"])


def test_jsonld_booleans_are_native(jsonld):
    context = jsonld["@context"]
    boolean_terms = {n for n, d in context.items() if isinstance(d, dict) and d.get("@type") == "xsd:boolean"}
    assert {"negated", "disputed", "serious", "inLexicon"} <= boolean_terms
    seen = 0
    for node in jsonld["@graph"]:
        for key in boolean_terms & set(node):
            values = node[key] if isinstance(node[key], list) else [node[key]]
            assert all(isinstance(v, bool) for v in values), (node["@id"], key, values)
            seen += len(values)
    assert seen > 50
    assert '"@type": "xsd:boolean"' not in json.dumps(jsonld["@graph"])


def test_jsonld_nodes_and_keys_are_sorted(jsonld):
    ids = [node["@id"] for node in jsonld["@graph"]]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))
    for node in jsonld["@graph"]:
        keys = [k for k in node if not k.startswith("@")]
        assert keys == sorted(keys)


# --- golden file ----------------------------------------------------------------------


def test_golden_ntriples(outputs, bundled):
    current = outputs["n-triples"]
    lines = current.decode("utf-8").splitlines()
    assert lines == sorted(lines), "the N-Triples output is sorted"
    if REGENERATE:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(current)
        pytest.skip(f"regenerated {GOLDEN}")
    assert GOLDEN.is_file(), f"no golden file; create it with VALKG_REGENERATE_GOLDEN=1 pytest {__file__}"
    golden_bytes = GOLDEN.read_bytes()
    golden_lines = golden_bytes.decode("utf-8").splitlines()
    assert golden_lines == sorted(golden_lines), "the golden file is sorted N-Triples"
    golden = Graph().parse(data=golden_bytes, format="nt")
    assert isomorphic(golden, bundled.graph), (
        "the graph of the bundled monograph differs from tests/golden/valacyclovir.nt;"
        " if intended, regenerate it"
        " with VALKG_REGENERATE_GOLDEN=1 pytest tests/test_serialize.py\n" + diff_lines(golden, bundled.graph)
    )


def test_golden_file_is_valid_and_describes_valacyclovir():
    if not GOLDEN.is_file():
        pytest.skip("no golden file yet")
    golden = Graph().parse(GOLDEN, format="nt")
    drug = URIRef("https://w3id.org/valkg/drug/valacyclovir")
    assert (drug, RDF.type, URIRef("https://w3id.org/valkg/ontology#Drug")) in golden


def test_diff_lines_is_short_and_readable(bundled):
    changed = Graph()
    for triple in bundled.graph:
        changed.add(triple)
    removed = sorted(changed.triples((None, URIRef(NIF + "anchorOf"), None)))
    for triple in removed:
        changed.remove(triple)
    changed.add((URIRef("http://example.org/new"), RDF.type, URIRef("http://example.org/Thing")))
    text = diff_lines(bundled.graph, changed)
    assert text.startswith(f"{len(removed)} triples missing (-), 1 added (+)")
    assert len(text.splitlines()) <= 42
    assert "+ <http://example.org/new>" in text or "more lines" in text


# --- several monographs ---------------------------------------------------------------


@pytest.fixture(scope="module")
def two_monographs(tmp_path_factory) -> tuple[Path, list]:
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(ROOT / "valkg" / "data" / "valacyclovir.txt", folder / "valacyclovir.txt")
    shutil.copy(ROOT / "evaluation" / "monographs" / "enalapril.txt", folder / "enalapril.txt")
    results = [api.build(str(folder / name), check=False) for name in ("enalapril.txt", "valacyclovir.txt")]
    for result in results:
        assert result.error is None, result.error
    return folder, results


def test_several_monographs_in_nquads_keep_one_named_graph_each(two_monographs, tmp_path):
    folder, results = two_monographs
    out = tmp_path / "corpus.nq"
    result = CliRunner().invoke(
        main,
        ["export", str(folder), "-f", "n-quads", "-o", str(out), "--no-validate"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    dataset = Dataset()
    dataset.parse(out, format="nquads")
    named = {g.identifier: g for g in dataset.graphs() if len(g) and g.identifier != dataset.default_graph.identifier}
    assert set(named) == {r.graph_name for r in results}
    assert len(set(named)) == 2
    for r in results:
        assert str(r.graph_name).startswith("https://w3id.org/valkg/dataset/")
        assert isomorphic(named[r.graph_name], r.graph), diff_lines(r.graph, named[r.graph_name])
    drugs = {str(s) for r in results for s in r.graph.subjects(RDF.type, URIRef("http://rdfs.org/ns/void#Dataset"))}
    assert drugs == {str(r.graph_name) for r in results}, "each named graph is named by its void:Dataset"


def test_several_monographs_in_turtle_are_merged(two_monographs):
    _, results = two_monographs
    graphs = [(r.graph_name, r.graph) for r in results]
    merged = Graph().parse(data=serialize(graphs, "turtle"), format="turtle")
    union = Graph()
    for r in results:
        for triple in r.graph:
            union.add(triple)
    assert isomorphic(merged, union)
    assert len(merged) < sum(len(r.graph) for r in results), "shared triples (e.g. the agent) are written once"


def test_several_monographs_in_trig_keep_one_named_graph_each(two_monographs):
    _, results = two_monographs
    data = serialize([(r.graph_name, r.graph) for r in results], "trig")
    _, names = parse(data, "trig")
    assert sorted(names) == sorted(r.graph_name for r in results)
