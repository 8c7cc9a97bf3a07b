"""``valkg docs``: HTML documentation of the ontology and the shapes."""

from __future__ import annotations

import hashlib
import html
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from tests.htmlcheck import parse_html
from valkg.cli import main
from valkg.docs import Renderer, build_docs, ontology_graph, shapes_graph, write_docs
from valkg.namespaces import VK

SH = Namespace("http://www.w3.org/ns/shacl#")
VK_NS = str(VK._NS)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return build_docs()


def vk_terms(kinds: set[URIRef]) -> list[URIRef]:
    graph = ontology_graph()
    return sorted(
        {s for k in kinds for s in graph.subjects(RDF.type, k) if isinstance(s, URIRef) and str(s).startswith(VK_NS)}
    )


def test_every_class_and_property_appears_with_label_and_definition(
    pages: dict[str, str],
) -> None:
    index = pages["index.html"]
    ids = set(parse_html(index).ids)
    terms = vk_terms({OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty})
    assert len(terms) == len(VK.__annotations__)  # every term of the closed namespace
    graph = ontology_graph()
    for term in terms:
        local = str(term)[len(VK_NS) :]
        assert local in ids, f"no section for {term}"
        section = index[index.index(f'id="{local}"') :]
        section = section[: section.index("</section>")]
        label = graph.value(term, RDFS.label)
        definition = graph.value(term, SKOS.definition)
        assert label is not None and definition is not None
        assert html.escape(str(label)) in section, term
        assert html.escape(str(definition)) in section, term
        assert html.escape(str(term)) in section, term


def test_index_has_the_ontology_metadata_and_contents(pages: dict[str, str]) -> None:
    index = pages["index.html"]
    for expected in (
        "<title>valkg ontology</title>",
        "https://w3id.org/valkg/ontology/0.1.0",  # version IRI
        "https://creativecommons.org/licenses/by/4.0/",
        "The vocabulary of the RDF graphs that valkg builds",
        'href="#Drug"',
        'href="#hasAdverseEffect"',
        'href="shapes.html"',
    ):
        assert expected in index, expected


def section_of(page: str, anchor: str) -> str:
    start = page.index(f'id="{anchor}"')
    return page[start : page.index("</section>", start)]


def test_class_section_shows_alignments_domain_properties_and_shapes(
    pages: dict[str, str],
) -> None:
    drug = section_of(pages["index.html"], "Drug")
    assert 'href="http://schema.org/Drug"' in drug and "subclass of" in drug
    assert 'href="https://w3id.org/biolink/vocab/Drug"' in drug and "close match" in drug
    assert 'href="index.html#hasIndication"' in drug  # a property whose domain it is
    assert 'href="shapes.html#DrugShape"' in drug  # the shape that targets it ...
    assert 'href="shapes.html#Drug-brandName"' in drug  # ... with its property constraints
    message = shapes_graph().value(URIRef("https://w3id.org/valkg/shapes#Drug-brandName"), SH.message)
    assert html.escape(str(message)) in drug
    assert "Warning" in drug and "Violation" in drug  # severities


def test_property_section_shows_domain_range_and_alignments(pages: dict[str, str]) -> None:
    adverse = section_of(pages["index.html"], "hasAdverseEffect")
    assert "subproperty of" in adverse and 'href="http://schema.org/adverseOutcome"' in adverse
    assert 'href="index.html#Drug"' in adverse and 'href="index.html#Condition"' in adverse
    assert "object property" in adverse
    brand = section_of(pages["index.html"], "brandName")
    assert 'href="http://schema.org/proprietaryName"' in brand
    assert "datatype property" in brand
    assert 'href="shapes.html#Drug-brandName"' in brand  # constrained by


def test_every_shape_appears_with_its_message(pages: dict[str, str]) -> None:
    shapes_page = pages["shapes.html"]
    ids = set(parse_html(shapes_page).ids)
    graph = shapes_graph()
    named = {
        s
        for kind in (SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint)
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef)
    }
    assert len(named) > 100
    for shape in named:
        local = str(shape).split("#", 1)[1]
        assert local in ids, f"no anchor for {shape}"
    for message in graph.objects(None, SH.message):
        assert html.escape(str(message)) in shapes_page, message
    assert "SELECT $this ?path ?value" in html.unescape(shapes_page)  # SPARQL constraints
    text = "".join(parse_html(shapes_page).text)
    assert "(^rdf:subject | ^rdf:object)" in text  # paths in SPARQL path syntax


def test_links_between_the_pages_resolve(pages: dict[str, str]) -> None:
    ids = {name: set(parse_html(text).ids) for name, text in pages.items()}
    for name, text in pages.items():
        for href in parse_html(text).hrefs:
            if href.startswith(("http://", "https://")):
                continue
            target, _, anchor = href.partition("#")
            target = target or name
            assert target in pages, href
            if anchor:
                assert anchor in ids[target], f"{name}: broken link {href}"


def test_pages_are_self_contained(pages: dict[str, str]) -> None:
    for text in pages.values():
        lowered = text.lower()
        for forbidden in ("<script", "<link", "<img", "src=", "@import", "url("):
            assert forbidden not in lowered, forbidden


def test_values_are_escaped() -> None:
    ontology = Graph()
    term = URIRef(VK_NS + "Evil")
    ontology.add((term, RDF.type, OWL.Class))
    ontology.add((term, RDFS.label, Literal("<script>alert(1)</script>", lang="en")))
    ontology.add((term, SKOS.definition, Literal('a "quoted" & <b>bold</b> claim', lang="en")))
    text = Renderer(ontology, Graph()).index_page()
    parse_html(text)
    assert "<script>" not in text and "<b>bold" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;" in text


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_output_is_byte_identical_on_two_runs(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    write_docs(first)
    # a second run in another process, with another hash seed (set and dict order)
    process = subprocess.run(
        [sys.executable, "-m", "valkg", "docs", "-o", str(second)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert process.returncode == 0, process.stderr
    assert digests(first) == digests(second)
    assert set(digests(first)) == {"index.html", "shapes.html"}


def test_cli_writes_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["docs", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "shapes.html"]  # no temp files
    again = CliRunner().invoke(main, ["docs", "-o", str(out)])  # replaces the files
    assert again.exit_code == 0, again.output


def test_cli_refuses_a_missing_parent_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["docs", "-o", str(tmp_path / "missing" / "site")])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("valkg: error:"), result.stderr
    assert "does not exist" in lines[0]
    assert not (tmp_path / "missing").exists()


def test_cli_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["docs", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
