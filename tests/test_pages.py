"""``valkg serve`` answers the IRIs it mints: pages, Turtle and JSON-LD by content negotiation."""

from __future__ import annotations

import html
import json
import urllib.parse
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from tests.htmlcheck import parse_html
from tests.servers import http, oxigraph_binary, sparql
from valkg import api
from valkg.namespaces import VK
from valkg.pages import HTML, JSONLD, TURTLE, negotiate
from valkg.serialize import NamedGraphs
from valkg.serve import ServerHandle, start_server

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
BASE = "https://w3id.org/valkg/"
DRUG = URIRef(BASE + "drug/valacyclovir")
CHICKENPOX = URIRef(BASE + "condition/chickenpox")


# --- content negotiation, without a server --------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "chosen"),
    [
        (None, HTML),
        ("", HTML),
        ("*/*", HTML),
        ("text/html", HTML),
        ("text/turtle", TURTLE),
        ("application/ld+json", JSONLD),
        ("TEXT/Turtle; charset=utf-8", TURTLE),
        ("application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", HTML),  # a browser
        ("text/html;q=0.5, text/turtle", TURTLE),
        ("text/html;q=0.2, text/turtle;q=0.8, application/ld+json;q=0.9", JSONLD),
        ("text/*", HTML),  # ties go to the server's preference
        ("text/*;q=0.9, text/turtle;q=0.1", HTML),  # the most specific range sets turtle's q
        ("*/*;q=0.1, application/ld+json", JSONLD),
        ("application/*", JSONLD),
        ("text/html;q=0, */*", TURTLE),  # q=0 refuses
        ("image/png", None),
        ("text/html;q=0", None),
        ("text/turtle;q=oops", None),  # an unreadable q refuses
        ("application/json", None),
    ],
)
def test_negotiate(accept: str | None, chosen: str | None) -> None:
    assert negotiate(accept) == chosen


# --- against a real server -----------------------------------------------------------------


@pytest.fixture(scope="module")
def graphs() -> NamedGraphs:
    result = api.build(check=False)
    assert result.graph is not None, result.error
    return [(result.graph_name, result.graph)]


@pytest.fixture(scope="module")
def data(graphs: NamedGraphs) -> Graph:
    return graphs[0][1]


@pytest.fixture(scope="module")
def server(graphs: NamedGraphs) -> Iterator[ServerHandle]:
    oxigraph_binary()
    with start_server(graphs) as handle:
        yield handle


def get(url: str, accept: str | None = None, method: str = "GET") -> tuple[int, bytes, dict[str, str]]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {}, method=method)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=20) as answer:
            return answer.status, answer.read(), dict(answer.headers.items())
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers.items())


class Marks(HTMLParser):
    """The text of every <mark> element, and every link."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[str] = []
        self.links: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self._depth += 1
            self.marks.append("")
        if tag == "a":
            self.links.extend(v for k, v in attrs if k == "href" and v)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.marks[-1] += data


def marks_and_links(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


def evidence_quotes(data: Graph, *, about: URIRef) -> set[str]:
    """The quoted text of the claims whose rdf:subject or rdf:object is ``about``."""
    quotes = set()
    for predicate in (RDF.subject, RDF.object):
        for claim in data.subjects(predicate, about):
            span = data.value(claim, VK.evidence)
            quotes.add(str(data.value(span, NIF.anchorOf)))
    return quotes


@pytest.mark.integration
def test_page_url_maps_iris_to_local_paths(server: ServerHandle) -> None:
    assert server.page_url(str(DRUG)) == server.url + "/drug/valacyclovir"
    assert server.page_url(str(VK.Drug)) == server.url + "/ontology#Drug"
    assert server.page_url("https://w3id.org/valkg/ontology") == server.url + "/ontology"
    with pytest.raises(ValueError, match="not under"):
        server.page_url("http://purl.obolibrary.org/obo/CHEBI_35854")


@pytest.mark.integration
def test_html_by_default_and_for_browsers(server: ServerHandle) -> None:
    for accept in (None, "text/html", "text/html,application/xhtml+xml,*/*;q=0.8"):
        status, body, headers = get(server.page_url(str(DRUG)), accept)
        assert status == 200, body[:300]
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert headers["Vary"] == "Accept"
        assert headers["Content-Location"] == "/drug/valacyclovir.html"
        assert "script-src" not in headers["Content-Security-Policy"]  # no script may run
        page = body.decode("utf-8")
        parse_html(page)
        assert "<title>valacyclovir — valkg</title>" in page


@pytest.mark.integration
def test_turtle_is_the_description_of_the_resource(server: ServerHandle, data: Graph) -> None:
    status, body, headers = get(server.page_url(str(DRUG)), "text/turtle")
    assert status == 200, body[:300]
    assert headers["Content-Type"] == "text/turtle; charset=utf-8"
    assert headers["Vary"] == "Accept"
    description = Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert (DRUG, RDFS.label, Literal("valacyclovir", lang="en")) in description
    assert b'"valacyclovir"@en' in body
    # its own triples, all of them ...
    assert set(data.triples((DRUG, None, None))) <= set(description)
    # ... and the claims about it, whole
    claims = set(data.subjects(RDF.subject, DRUG)) | set(data.subjects(RDF.object, DRUG))
    assert claims
    for claim in claims:
        assert set(data.triples((claim, None, None))) <= set(description)
    # ... and nothing else
    subjects = set(description.subjects())
    assert subjects == {DRUG} | claims


@pytest.mark.integration
@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")
def test_json_ld_holds_the_same_triples(server: ServerHandle) -> None:
    status, body, headers = get(server.page_url(str(DRUG)), "application/ld+json")
    assert status == 200, body[:300]
    assert headers["Content-Type"] == "application/ld+json"
    json.loads(body)
    from_jsonld = Graph().parse(data=body.decode("utf-8"), format="json-ld")
    _, turtle, _ = get(server.page_url(str(DRUG)), "text/turtle")
    from_turtle = Graph().parse(data=turtle.decode("utf-8"), format="turtle")
    assert from_jsonld.isomorphic(from_turtle)


@pytest.mark.integration
def test_q_values_choose_the_representation(server: ServerHandle) -> None:
    url = server.page_url(str(CHICKENPOX))
    status, _, headers = get(url, "text/html;q=0.2, text/turtle;q=0.8")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    status, _, headers = get(url, "text/turtle;q=0.5, application/ld+json")
    assert status == 200 and headers["Content-Type"] == "application/ld+json"


@pytest.mark.integration
def test_an_extension_asks_for_one_representation(server: ServerHandle) -> None:
    url = server.page_url(str(DRUG))
    for extension, media in (
        (".ttl", "text/turtle"),
        (".jsonld", "application/ld+json"),
        (".html", "text/html"),
    ):
        status, _, headers = get(url + extension, "image/png")  # Accept does not matter here
        assert status == 200, extension
        assert headers["Content-Type"].startswith(media)
        assert "Vary" not in headers


@pytest.mark.integration
def test_unsupported_types_get_406(server: ServerHandle) -> None:
    for accept in ("image/png", "application/json", "text/html;q=0"):
        status, body, headers = get(server.page_url(str(DRUG)), accept)
        assert status == 406, accept
        assert b"text/turtle" in body  # says what is available
        assert headers["Vary"] == "Accept"


@pytest.mark.integration
def test_unknown_resources_get_404(server: ServerHandle) -> None:
    for path in ("/drug/no-such-drug", "/drug/a%3Eb", "/drug/a%22%7D%20x", "/nothing"):
        status, body, headers = get(server.url + path, "text/turtle")
        assert status == 404, path
        assert headers["Content-Type"].startswith("text/plain")
        status, body, headers = get(server.url + path, "text/html")
        assert status == 404, path
        parse_html(body.decode("utf-8"))
    status, body, _ = get(server.url + "/drug/no-such-drug.ttl")
    assert status == 404


@pytest.mark.integration
def test_head_answers_headers_only(server: ServerHandle) -> None:
    status, body, headers = get(server.page_url(str(DRUG)), "text/turtle", method="HEAD")
    assert status == 200 and body == b""
    assert int(headers["Content-Length"]) > 1000


@pytest.mark.integration
def test_drug_page_shows_the_disputed_claim_with_its_note(server: ServerHandle, data: Graph) -> None:
    _, body, _ = get(server.page_url(str(DRUG)), "text/html")
    page = body.decode("utf-8")
    disputed = [c for c in data.subjects(VK.disputed, Literal(True))]
    assert disputed, "the bundled monograph has no disputed claim"
    for claim in disputed:
        note = data.value(claim, VK.curatorNote)
        assert note is not None
        assert html.escape(str(note)) in page
        # it is about acyclovir, the active form of valacyclovir
        assert data.value(claim, RDF.subject) == data.value(DRUG, VK.isProdrugOf)
    # ... prominently: before the properties
    assert page.index('id="disputed-claims"') < page.index("<h2>Properties</h2>")
    assert "Viruses have no cell wall" in page


@pytest.mark.integration
def test_drug_page_shows_the_facts_grouped_with_their_evidence(server: ServerHandle, data: Graph) -> None:
    _, body, _ = get(server.page_url(str(DRUG)), "text/html")
    page = body.decode("utf-8")
    for heading in (
        "Indications",
        "Available forms",
        "Unavailable forms",
        "Doses",
        "Adverse effects",
        "Populations at risk",
    ):
        assert f">{heading} <span" in page, heading
    found = marks_and_links(page)
    for predicate in (
        VK.hasIndication,
        VK.availableAs,
        VK.notAvailableAs,
        VK.hasDoseRange,
        VK.hasAdverseEffect,
        VK.hasRiskPopulation,
    ):
        for value in data.objects(DRUG, predicate):
            assert isinstance(value, URIRef)
            assert value.replace(BASE, "/") in found.links, value  # a local link
    assert "/dosage-form/intravenous-form" in found.links  # the unavailable form
    assert "between 500 mg to 1 g" in page  # the dose as stated
    assert "https://go.drugbank.com/drugs/DB00577" in found.links  # an external identifier
    assert "DRUGBANK:DB00577" in page
    quotes = evidence_quotes(data, about=DRUG)
    assert quotes <= set(found.marks)  # every claim's sentence is highlighted


@pytest.mark.integration
def test_indication_page_highlights_the_evidence(server: ServerHandle, data: Graph) -> None:
    _, body, _ = get(server.page_url(str(CHICKENPOX)), "text/html")
    page = body.decode("utf-8")
    parse_html(page)
    found = marks_and_links(page)
    quotes = evidence_quotes(data, about=CHICKENPOX)
    assert quotes and quotes <= set(found.marks)
    assert "/drug/valacyclovir" in found.links  # the incoming link
    assert "http://purl.obolibrary.org/obo/MONDO_0005700" in found.links


@pytest.mark.integration
def test_claim_page_shows_its_sentence_in_the_monograph(server: ServerHandle, data: Graph) -> None:
    claim = next(iter(data.subjects(VK.disputed, Literal(True))))
    _, body, _ = get(server.page_url(str(claim)), "text/html")
    page = body.decode("utf-8")
    parse_html(page)
    quote = str(data.value(data.value(claim, VK.evidence), NIF.anchorOf))
    assert '<mark class="disputed"' in page
    assert quote in marks_and_links(page).marks
    assert html.escape(str(data.value(claim, VK.curatorNote))) in page


@pytest.mark.integration
def test_every_local_link_of_the_drug_page_answers(server: ServerHandle) -> None:
    _, body, _ = get(server.page_url(str(DRUG)), "text/html")
    links = {urllib.parse.urldefrag(href)[0] for href in marks_and_links(body.decode()).links if href.startswith("/")}
    assert len(links) > 20
    for href in sorted(links):
        status, page, headers = get(server.url + href, "text/html")
        assert status == 200, href
        if headers["Content-Type"].startswith("text/html") and not href.startswith("/editor"):
            parse_html(page.decode("utf-8"))


@pytest.mark.integration
def test_document_section_and_span_pages(server: ServerHandle, data: Graph) -> None:
    document = next(iter(data.subjects(RDF.type, VK.SourceDocument)))
    _, body, _ = get(server.page_url(str(document)), "text/html")
    text = str(data.value(document, NIF.isString))
    page = body.decode("utf-8")
    parse_html(page)
    assert html.escape(text.splitlines()[0]) in page
    found = marks_and_links(page)  # every evidence span is marked, and links to its page
    for span in data.subjects(RDF.type, VK.TextSpan):
        assert str(data.value(span, NIF.anchorOf)) in found.marks
        assert span.replace(BASE, "/") in found.links
    span = next(iter(data.subjects(RDF.type, VK.TextSpan)))
    _, body, _ = get(server.page_url(str(span)), "text/html")
    assert str(data.value(span, NIF.anchorOf)) in marks_and_links(body.decode()).marks
    section = next(iter(data.subjects(RDF.type, VK.Section)))
    status, body, _ = get(server.page_url(str(section)), "text/html")
    assert status == 200
    parse_html(body.decode("utf-8"))


@pytest.mark.integration
def test_ontology_lists_the_instances_of_each_class(server: ServerHandle) -> None:
    status, body, _ = get(server.url + "/ontology", "text/html")
    assert status == 200
    page = body.decode("utf-8")
    parse_html(page)
    drug_section = page[page.index('id="Drug"') :]
    drug_section = drug_section[: drug_section.index("</section>")]
    assert 'href="/drug/valacyclovir"' in drug_section
    assert 'href="/drug/acyclovir"' in drug_section
    status, body, _ = get(server.url + "/ontology", "text/turtle")
    assert status == 200
    ontology = Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert (VK.Drug, RDFS.label, Literal("drug", lang="en")) in ontology
    status, body, _ = get(server.url + "/shapes", "text/html")
    assert status == 200
    parse_html(body.decode("utf-8"))
    status, body, _ = get(server.url + "/", "text/html")
    assert status == 200 and 'href="/drug/valacyclovir"' in body.decode("utf-8")


@pytest.mark.integration
def test_sparql_is_proxied(server: ServerHandle) -> None:
    for path in ("/sparql", "/query"):
        answer = sparql(server.url + path, f"ASK {{ <{DRUG}> ?p ?o }}")
        assert answer["boolean"] is True
    form = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    status, body = http(
        server.url + "/sparql",
        form.encode(),
        {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"},
    )
    assert status == 200 and body.startswith(b"n\r\n")
    status, body = http(server.url + "/query?query=SELECT%20*%20%7B")  # a syntax error
    assert status == 400 and b"error" in body
    status, _ = http(server.url + "/editor/")
    assert status == 200


@pytest.mark.integration
def test_values_are_escaped() -> None:
    oxigraph_binary()
    evil = URIRef(BASE + "drug/evil")
    graph = Graph()
    graph.add((evil, RDF.type, VK.Drug))
    graph.add((evil, RDFS.label, Literal("<script>alert(1)</script>", lang="en")))
    graph.add((evil, VK.brandName, Literal('</mark>"><img src=x onerror=alert(2)>')))
    graph.add((evil, VK.hasIndication, URIRef(BASE + "condition/x")))
    graph.add((URIRef(BASE + "condition/x"), RDFS.label, Literal("a & b <i>", lang="en")))
    with start_server([(URIRef("urn:valkg:test"), graph)]) as handle:
        status, body, _ = get(handle.page_url(str(evil)), "text/html")
        assert status == 200
        page = body.decode("utf-8")
        parse_html(page)
        assert "<script>" not in page and "<img" not in page and "<i>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "&lt;/mark&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
        assert "a &amp; b &lt;i&gt;" in page
