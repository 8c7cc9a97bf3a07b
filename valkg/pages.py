"""Pages for the IRIs valkg mints, as ``valkg serve`` answers them.

An IRI under the base (``https://w3id.org/valkg/drug/valacyclovir``) is answered at
the same path on the local server (``/drug/valacyclovir``): as an HTML page, as Turtle
or as JSON-LD, by content negotiation on ``Accept`` (``negotiate``).  The pages are
built from the data with SPARQL, sent to the read-only Oxigraph server that also
answers ``/sparql``; the HTML skeletons are data files (``valkg/data/templates``) and
every value is escaped (``valkg.htmlkit``).

A page shows the resource's label and types, its properties grouped (for a drug:
indications, available and unavailable forms, doses, adverse effects, populations at
risk, ...), each fact with the sentence that states it highlighted (``<mark>``) in the
monograph's text, claims a curator disputes first and prominently (for a prodrug also
those about its active form), external identifiers as links, and incoming links.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from valkg.docs import Renderer
from valkg.errors import ValkgError
from valkg.htmlkit import (
    bullet_list,
    curie,
    definition_list,
    esc,
    excerpt,
    link,
    mark_text,
    page,
    render,
)
from valkg.namespaces import DEFAULT_BASE, NIF, OBOINOWL, ONTOLOGY_IRI, VOID
from valkg.namespaces import VK as _VK
from valkg.resources import read_text
from valkg.validate import ontology_graph, shapes_graph

SHAPES_IRI = "https://w3id.org/valkg/shapes"
VK_NS = str(_VK._NS)


class _Terms:
    """``VK`` with its terms typed as ``URIRef`` (and still closed: a typo is an error)."""

    def __getattr__(self, name: str) -> URIRef:
        return URIRef(str(getattr(_VK, name)))


VK = _Terms()

HTML = "text/html"
TURTLE = "text/turtle"
JSONLD = "application/ld+json"
#: What a resource can be had as, in the server's order of preference.
OFFERS = (HTML, TURTLE, JSONLD)
#: Media types that mean one of the offers.
ALIASES = {"application/xhtml+xml": HTML, "application/x-turtle": TURTLE}
#: File name endings that ask for one representation (``/drug/valacyclovir.ttl``).
EXTENSIONS = {".html": HTML, ".ttl": TURTLE, ".jsonld": JSONLD}
CONTENT_TYPES = {
    HTML: "text/html; charset=utf-8",
    TURTLE: "text/turtle; charset=utf-8",
    JSONLD: "application/ld+json",
}
#: Characters that may not appear inside ``<...>`` in SPARQL (and never in a minted IRI).
_NOT_IN_IRI = set('<>"{}|^`\\') | {chr(c) for c in range(0x21)} | {"\x7f"}

PREFIXES = f"""PREFIX vk: <{VK_NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif: <{NIF}>
PREFIX void: <{VOID}>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

#: Direct facts of a drug, in page order, with their headings.
FACT_GROUPS: tuple[tuple[URIRef, str], ...] = (
    (VK.brandName, "Brand names"),
    (VK.hasRole, "Roles"),
    (VK.isProdrugOf, "Prodrug of"),
    (VK.convertedInto, "Converted into"),
    (VK.conversionSite, "Where it is converted"),
    (VK.conversionProductCount, "Number of conversion products"),
    (VK.hasIndication, "Indications"),
    (VK.isCurative, "Curative"),
    (VK.therapeuticEffect, "Therapeutic effects"),
    (VK.availableAs, "Available forms"),
    (VK.notAvailableAs, "Unavailable forms"),
    (VK.hasDoseRange, "Doses"),
    (VK.hasAdverseEffect, "Adverse effects"),
    (VK.hasRiskPopulation, "Populations at risk"),
    (VK.mechanismStatement, "Mechanism of action"),
    (VK.precaution, "Precautions"),
    (VK.managementAdvice, "Management of side effects"),
)
#: Shown elsewhere on the page than among the properties.
NOT_FACTS = {
    RDF.type,
    RDFS.label,
    SKOS.exactMatch,
    SKOS.closeMatch,
    OBOINOWL.hasDbXref,
    NIF.isString,
}
IDENTIFIERS = ((SKOS.exactMatch, "exact match"), (SKOS.closeMatch, "close match"))
#: Properties of a neighbour shown beside the link to it (dose values, a form's route).
DETAILS = (VK.statedDose, VK.minDose, VK.maxDose, VK.doseUnit, VK.doseFrequency, VK.route)
#: How a claim is linked to the resource of the page (``?via`` of the claims query).
VIA = {
    "subject": "?claim rdf:subject $this .",
    "object": "?claim rdf:object $this .",
    "risk": "?claim vk:riskOf $this .",
    "system": "?claim vk:affectedSystem $this .",
    "active": "$this vk:isProdrugOf ?active . ?claim rdf:subject ?active .",
    "self": "BIND($this AS ?claim)",
    "evidence": "?claim vk:evidence $this .",
}


class NotFound(ValkgError):
    """No resource has this IRI."""


def negotiate(accept: str | None, offers: Sequence[str] = OFFERS) -> str | None:
    """The offer ``accept`` prefers (RFC 9110 q-values, most specific range wins), or None.

    No or an empty ``Accept`` means anything (the first offer); ties go to the earlier
    offer; ``q=0`` refuses a type.
    """
    if accept is None or not accept.strip():
        return offers[0] if offers else None
    ranges: list[tuple[str, float]] = []
    for part in accept.split(","):
        fields = part.split(";")
        media = fields[0].strip().lower()
        if "/" not in media:
            continue
        quality = 1.0
        for parameter in fields[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(1.0, max(0.0, float(value.strip())))
                except ValueError:
                    quality = 0.0
        ranges.append((ALIASES.get(media, media), quality))
    best: tuple[float, str] | None = None
    for offer in offers:
        kind = offer.split("/", 1)[0]
        matches = [
            (3 if media == offer else 2 if media == f"{kind}/*" else 1, quality)
            for media, quality in ranges
            if media in (offer, f"{kind}/*", "*/*")
        ]
        if not matches:
            continue
        specificity = max(m[0] for m in matches)
        quality = max(q for s, q in matches if s == specificity)
        if quality > 0 and (best is None or quality > best[0]):
            best = (quality, offer)
    return best[1] if best else None


def sparql_iri(iri: str) -> str:
    """``<iri>`` for a SPARQL query; refuses what could break out of the brackets."""
    if not iri or any(c in _NOT_IN_IRI for c in iri):
        raise NotFound(f"not an IRI valkg serves: {iri!r}")
    return f"<{iri}>"


def _term(value: dict[str, str]) -> Node:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    datatype = value.get("datatype")
    return Literal(value["value"], datatype=URIRef(datatype) if datatype else None)


Row = dict[str, Node]


class SparqlClient:
    """Queries for the pages, sent to the Oxigraph server (never through a proxy)."""

    def __init__(self, query_url: str, *, union_default_graph: bool, timeout: float = 60.0):
        self.query_url = query_url + ("?union-default-graph" if union_default_graph else "")
        self.timeout = timeout
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def _post(self, query: str, accept: str) -> bytes:
        request = urllib.request.Request(
            self.query_url,
            data=urllib.parse.urlencode({"query": PREFIXES + query}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as answer:
                return bytes(answer.read())
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip().splitlines()
            raise ValkgError(
                f"the SPARQL server refused a page query ({error.code}): {detail[0] if detail else error.reason}"
            ) from None
        except (OSError, urllib.error.URLError) as error:
            raise ValkgError(f"the SPARQL server did not answer: {error}") from None

    def select(self, query: str) -> list[Row]:
        results = json.loads(self._post(query, "application/sparql-results+json"))
        return [{name: _term(value) for name, value in binding.items()} for binding in results["results"]["bindings"]]

    def ask(self, query: str) -> bool:
        return bool(json.loads(self._post(query, "application/sparql-results+json"))["boolean"])

    def construct(self, query: str) -> Graph:
        graph = Graph()
        graph.parse(data=self._post(query, "application/n-triples").decode("utf-8"), format="nt")
        return graph


# --- the data of one page ---------------------------------------------------------------


@dataclass
class Evidence:
    """The span of text that states a claim."""

    span: URIRef
    begin: int
    end: int
    document: URIRef
    section: URIRef | None = None
    section_label: str | None = None
    section_begin: int | None = None
    section_end: int | None = None


@dataclass
class ClaimView:
    """One claim about the resource of a page, with its evidence."""

    iri: URIRef
    via: set[str]
    subject: Node
    predicate: Node
    object: Node
    values: dict[str, Node] = field(default_factory=dict)
    evidence: Evidence | None = None

    def flag(self, name: str) -> bool:
        value = self.values.get(name)
        return isinstance(value, Literal) and value.toPython() is True

    @property
    def disputed(self) -> bool:
        return self.flag("disputed")


@dataclass
class Resource:
    """What a page shows about one IRI."""

    iri: URIRef
    outgoing: list[tuple[URIRef, Node]]
    labels: dict[Node, str]
    incoming: list[tuple[Node, URIRef]] = field(default_factory=list)
    details: dict[Node, list[tuple[URIRef, Node]]] = field(default_factory=dict)
    claims: list[ClaimView] = field(default_factory=list)
    texts: dict[Node, str] = field(default_factory=dict)
    #: The evidence spans inside a document or section: (begin, end, span).
    spans: list[tuple[int, int, URIRef]] = field(default_factory=list)

    def values(self, predicate: URIRef) -> list[Node]:
        return [o for p, o in self.outgoing if p == predicate]

    @property
    def types(self) -> list[Node]:
        return sorted(set(self.values(RDF.type)), key=str)

    def is_a(self, cls: URIRef) -> bool:
        return cls in self.types

    #: A heading made from the data when the resource has no label (claims, spans).
    heading: str | None = None

    @property
    def label(self) -> str:
        for predicate in (RDFS.label, DCTERMS.title, VK.fileName):
            found = _best_literal(self.values(predicate))
            if found:
                return found
        return self.heading or _local(str(self.iri))


def _best_literal(values: Iterable[Node]) -> str | None:
    literals = [v for v in values if isinstance(v, Literal)]
    literals.sort(key=lambda v: (v.language not in ("en", None), str(v)))
    return str(literals[0]) if literals else None


def _iri(node: Node) -> URIRef:
    """A node of a query answer that can only be an IRI (a predicate, a claim)."""
    if not isinstance(node, URIRef):
        raise ValkgError(f"the SPARQL server answered {node!r} where an IRI belongs")
    return node


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


def _int(node: Node | None) -> int | None:
    if isinstance(node, Literal):
        try:
            return int(str(node))
        except ValueError:
            return None
    return None


class Pages:
    """Builds the pages and descriptions of the resources under ``base``."""

    def __init__(self, client: SparqlClient, *, base: str = DEFAULT_BASE):
        self.client = client
        self.base = base

    # --- IRIs and paths ----------------------------------------------------------------

    @staticmethod
    def path_for(iri: str, base: str) -> str | None:
        """The local path that answers ``iri`` (``/drug/x``), or None if it is not ours."""
        if iri == ONTOLOGY_IRI or iri.startswith(VK_NS):
            return "/ontology" + (f"#{iri[len(VK_NS) :]}" if iri.startswith(VK_NS) else "")
        if iri == SHAPES_IRI or iri.startswith(SHAPES_IRI + "#"):
            return "/shapes" + iri[len(SHAPES_IRI) :]
        if iri.startswith(base) and len(iri) > len(base):
            rest = iri[len(base) :]
            return "/" + urllib.parse.quote(rest, safe="/-._~!$&'()*+,;=:@%#")
        return None

    def path_of(self, iri: str) -> str | None:
        return self.path_for(iri, self.base)

    def iri_of(self, path: str) -> str:
        """The IRI a local path stands for (the inverse of ``path_of``)."""
        return self.base + urllib.parse.unquote(path.lstrip("/"))

    def href(self, node: Node | None) -> str | None:
        return self.path_of(str(node)) if isinstance(node, URIRef) else None

    @cached_property
    def renderer(self) -> Renderer:
        return Renderer(
            ontology_graph(),
            shapes_graph(),
            ontology_href="/ontology",
            shapes_href="/shapes",
            navigation=self.nav(),
        )

    def term_label(self, term: Node) -> str:
        """The label of a vocabulary term (from the ontology), else its CURIE."""
        label = _best_literal(ontology_graph().objects(term, RDFS.label))
        return label or curie(str(term))

    # --- queries ---------------------------------------------------------------------

    def exists(self, iri: str) -> bool:
        this = sparql_iri(iri)
        return self.client.ask(f"ASK {{ {{ {this} ?p ?o }} UNION {{ ?s ?p {this} }} }}")

    def resource(self, iri: str) -> Resource:
        """Everything the page of ``iri`` shows; ``NotFound`` if nothing mentions it."""
        this = sparql_iri(iri)
        rows = self.client.select(f"SELECT ?p ?o ?label WHERE {{ {this} ?p ?o . OPTIONAL {{ ?o rdfs:label ?label }} }}")
        if not rows and not self.exists(iri):
            raise NotFound(f"no resource {iri}")
        labels: dict[Node, list[Node]] = defaultdict(list)
        outgoing: set[tuple[URIRef, Node]] = set()
        for row in rows:
            outgoing.add((_iri(row["p"]), row["o"]))
            if "label" in row:
                labels[row["o"]].append(row["label"])
        resource = Resource(
            URIRef(iri),
            sorted(outgoing, key=lambda po: (str(po[0]), str(po[1]))),
            {},
        )
        incoming = self.client.select(
            f"""SELECT ?s ?p ?label WHERE {{
                ?s ?p {this} .
                FILTER NOT EXISTS {{
                    ?s a vk:Claim .
                    FILTER (?p IN (rdf:subject, rdf:object, vk:riskOf, vk:affectedSystem))
                }}
                OPTIONAL {{ ?s rdfs:label ?label }}
            }} LIMIT 2000"""
        )
        resource.incoming = sorted(
            {(row["s"], _iri(row["p"])) for row in incoming},
            key=lambda sp: (str(sp[1]), str(sp[0])),
        )
        for row in incoming:
            if "label" in row:
                labels[row["s"]].append(row["label"])
        details = self.client.select(
            f"""SELECT ?o ?p ?v ?label WHERE {{
                {this} ?link ?o . ?o ?p ?v .
                VALUES ?p {{ {" ".join(sparql_iri(str(p)) for p in DETAILS)} }}
                OPTIONAL {{ ?v rdfs:label ?label }}
            }}"""
        )
        order = {p: i for i, p in enumerate(DETAILS)}
        details.sort(key=lambda r: (str(r["o"]), order.get(_iri(r["p"]), 99), str(r["v"])))
        for row in details:
            pair = (_iri(row["p"]), row["v"])
            listed = resource.details.setdefault(row["o"], [])
            if pair not in listed:
                listed.append(pair)
            if "label" in row:
                labels[row["v"]].append(row["label"])
        resource.claims = self._claims(iri, self._vias(resource), labels)
        documents = {c.evidence.document for c in resource.claims if c.evidence is not None}
        if resource.is_a(VK.SourceDocument):
            documents.add(resource.iri)
        documents |= {o for o in resource.values(NIF.referenceContext) if isinstance(o, URIRef)}
        resource.texts = self._texts(documents)
        resource.spans = self._spans(resource)
        resource.labels = {
            node: label for node, values in labels.items() if (label := _best_literal(values)) is not None
        }
        resource.heading = self._heading(resource)
        return resource

    def _heading(self, resource: Resource) -> str | None:
        if resource.is_a(VK.Claim):
            claim = next((c for c in resource.claims if "self" in c.via), None)
            if claim is not None:

                def shown(node: Node) -> str:
                    text = resource.labels.get(node) or (str(node) if isinstance(node, Literal) else _local(str(node)))
                    return text if len(text) <= 60 else text[:59] + "…"

                return f"Claim: {shown(claim.subject)} {self.term_label(claim.predicate)} {shown(claim.object)}"
        if resource.is_a(VK.TextSpan):
            quote = _best_literal(resource.values(NIF.anchorOf))
            if quote:
                return f"Text span “{quote if len(quote) <= 80 else quote[:79] + '…'}”"
        return None

    def _vias(self, resource: Resource) -> list[str]:
        if resource.is_a(VK.Claim):
            return ["self"]
        if resource.is_a(VK.TextSpan):
            return ["evidence"]
        if resource.is_a(VK.SourceDocument) or resource.is_a(VK.Section):
            return []
        return ["subject", "object", "risk", "system", "active"]

    def _claims(self, iri: str, vias: list[str], labels: dict[Node, list[Node]]) -> list[ClaimView]:
        if not vias:
            return []
        this = sparql_iri(iri)
        union = " UNION ".join("{ " + VIA[name].replace("$this", this) + f' BIND("{name}" AS ?via) }}' for name in vias)
        rows = self.client.select(
            f"""SELECT ?claim ?via ?s ?p ?o ?sLabel ?oLabel ?negated ?hedged ?disputed ?serious
                       ?frequency ?system ?systemLabel ?riskOf ?riskOfLabel ?curatorNote
                       ?disputeReason ?disputeRule ?rule ?span ?begin ?end ?doc ?section
                       ?sectionLabel ?sectionBegin ?sectionEnd
            WHERE {{
                {union}
                ?claim a vk:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                OPTIONAL {{ ?s rdfs:label ?sLabel }}
                OPTIONAL {{ ?o rdfs:label ?oLabel }}
                OPTIONAL {{ ?claim vk:negated ?negated }}
                OPTIONAL {{ ?claim vk:hedged ?hedged }}
                OPTIONAL {{ ?claim vk:disputed ?disputed }}
                OPTIONAL {{ ?claim vk:serious ?serious }}
                OPTIONAL {{ ?claim vk:frequency ?frequency }}
                OPTIONAL {{ ?claim vk:affectedSystem ?system
                            OPTIONAL {{ ?system rdfs:label ?systemLabel }} }}
                OPTIONAL {{ ?claim vk:riskOf ?riskOf
                            OPTIONAL {{ ?riskOf rdfs:label ?riskOfLabel }} }}
                OPTIONAL {{ ?claim vk:curatorNote ?curatorNote }}
                OPTIONAL {{ ?claim vk:disputeReason ?disputeReason }}
                OPTIONAL {{ ?claim vk:disputeRule ?disputeRule }}
                OPTIONAL {{ ?claim vk:extractionRule ?rule }}
                OPTIONAL {{
                    ?claim vk:evidence ?span .
                    ?span nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext ?doc .
                    OPTIONAL {{
                        ?span vk:inSection ?section .
                        OPTIONAL {{ ?section rdfs:label ?sectionLabel }}
                        OPTIONAL {{ ?section nif:beginIndex ?sectionBegin ;
                                             nif:endIndex ?sectionEnd }}
                    }}
                }}
            }} LIMIT 5000"""
        )
        claims: dict[Node, ClaimView] = {}
        for row in rows:
            for node, label in (
                ("s", "sLabel"),
                ("o", "oLabel"),
                ("system", "systemLabel"),
                ("riskOf", "riskOfLabel"),
                ("section", "sectionLabel"),
            ):
                if node in row and label in row:
                    labels[row[node]].append(row[label])
            claim = claims.get(row["claim"])
            if claim is None:
                claim = ClaimView(_iri(row["claim"]), set(), row["s"], row["p"], row["o"])
                claims[row["claim"]] = claim
            claim.via.add(str(row["via"]))
            for name in (
                "negated",
                "hedged",
                "disputed",
                "serious",
                "frequency",
                "system",
                "riskOf",
                "curatorNote",
                "disputeReason",
                "disputeRule",
                "rule",
            ):
                if name in row:
                    claim.values.setdefault(name, row[name])
            begin, end = _int(row.get("begin")), _int(row.get("end"))
            span, document = row.get("span"), row.get("doc")
            if (
                claim.evidence is None
                and begin is not None
                and end is not None
                and isinstance(span, URIRef)
                and isinstance(document, URIRef)
            ):
                section = row.get("section")
                claim.evidence = Evidence(
                    span,
                    begin,
                    end,
                    document,
                    section if isinstance(section, URIRef) else None,
                    str(row["sectionLabel"]) if "sectionLabel" in row else None,
                    _int(row.get("sectionBegin")),
                    _int(row.get("sectionEnd")),
                )
        return sorted(claims.values(), key=_claim_order)

    def _spans(self, resource: Resource) -> list[tuple[int, int, URIRef]]:
        this = sparql_iri(str(resource.iri))
        if resource.is_a(VK.SourceDocument):
            where = f"?span nif:referenceContext {this} ."
        elif resource.is_a(VK.Section):
            where = f"?span vk:inSection {this} ."
        else:
            return []
        rows = self.client.select(
            f"""SELECT ?span ?begin ?end WHERE {{
                {where} ?span a vk:TextSpan ; nif:beginIndex ?begin ; nif:endIndex ?end .
            }}"""
        )
        spans = []
        for row in rows:
            begin, end = _int(row.get("begin")), _int(row.get("end"))
            if begin is not None and end is not None:
                spans.append((begin, end, _iri(row["span"])))
        return sorted(spans, key=lambda s: (s[0], s[1], str(s[2])))

    def marked_text(self, resource: Resource, text: str, offset: int) -> str:
        """``text`` (starting at ``offset`` of its document) with the spans in it marked."""
        marks, links = [], {}
        for begin, end, span in resource.spans:
            key = (begin - offset, end - offset)
            marks.append((*key, f'title="{esc(span)}"'))
            links[key] = self.href(span) or str(span)
        return mark_text(text, marks, links)

    def _texts(self, documents: set[URIRef]) -> dict[Node, str]:
        if not documents:
            return {}
        values = " ".join(sparql_iri(str(d)) for d in sorted(documents))
        rows = self.client.select(f"SELECT ?doc ?text WHERE {{ VALUES ?doc {{ {values} }} ?doc nif:isString ?text }}")
        return {row["doc"]: str(row["text"]) for row in rows}

    def description(self, iri: str) -> Graph:
        """The resource's own triples and the claims about it (its CBD: no blank nodes)."""
        this = sparql_iri(iri)
        graph = self.client.construct(
            f"""CONSTRUCT {{ {this} ?p ?o . ?claim ?cp ?co . }} WHERE {{
                {{ {this} ?p ?o }}
                UNION {{ ?claim rdf:subject {this} ; a vk:Claim ; ?cp ?co }}
                UNION {{ ?claim rdf:object {this} ; a vk:Claim ; ?cp ?co }}
            }}"""
        )
        if not len(graph) and not self.exists(iri):
            raise NotFound(f"no resource {iri}")
        return graph

    # --- HTML --------------------------------------------------------------------------

    def nav(self) -> str:
        return (
            '<nav class="top">'
            + link("/", "Home")
            + link("/ontology", "Ontology")
            + link("/shapes", "Shapes")
            + link("/editor/", "SPARQL editor")
            + "</nav>\n"
        )

    def node(self, node: Node, labels: dict[Node, str]) -> str:
        """A value: a local link, an external link or a literal."""
        if isinstance(node, URIRef):
            local = self.href(node)
            if str(node).startswith(VK_NS) or str(node) == ONTOLOGY_IRI:
                return link(local or str(node), self.term_label(node), title=curie(str(node)))
            if local is not None:
                return link(local, labels.get(node) or _local(str(node)), title=str(node))
            return link(str(node), curie(str(node)), css="external")
        if isinstance(node, Literal):
            return esc(node)
        return esc(node.n3())

    def html(self, resource: Resource) -> str:
        labels = resource.labels
        types = ", ".join(self.node(t, labels) for t in resource.types) or "resource"
        path = self.path_of(str(resource.iri)) or "/"
        formats = (
            link(path + ".ttl", "Turtle")
            + ", "
            + link(path + ".jsonld", "JSON-LD")
            + " (or ask for text/turtle or application/ld+json)"
        )
        used: set[Node] = set()
        disputes = self.disputes_html(resource)
        main = self.main_html(resource)
        facts = self.facts_html(resource, used)
        body = render(
            "resource.html",
            {
                "label": esc(resource.label),
                "types": types,
                "iri": esc(resource.iri),
                "formats": formats,
                "disputes": disputes,
                "main": main,
                "facts": facts,
                "identifiers": self.identifiers_html(resource),
                "claims": self.claims_html(resource, used),
                "incoming": self.incoming_html(resource),
            },
        )
        return page(f"{resource.label} — valkg", body, nav=self.nav())

    def evidence_html(self, claim: ClaimView, texts: dict[Node, str], *, full: bool = False, css: str = "") -> str:
        """The claim's sentence marked in the monograph's text (a short excerpt or its section)."""
        evidence = claim.evidence
        if evidence is None:
            return ""
        text = texts.get(evidence.document)
        attributes = f'class="{esc(css)}" ' if css else ""
        attributes += f'title="{esc(evidence.span)}"'
        where = ""
        if evidence.section_label:
            where = (
                ' <span class="muted">— ' + link(self.href(evidence.section) or "#", evidence.section_label) + "</span>"
            )
        if text is None:
            return ""
        if full and evidence.section_begin is not None and evidence.section_end is not None:
            start, stop = evidence.section_begin, evidence.section_end
            marked = mark_text(text[start:stop], [(evidence.begin - start, evidence.end - start, attributes)])
            return f'<div class="text">{marked}</div><p>{where}</p>'
        shown = excerpt(text, evidence.begin, evidence.end, context=400 if full else 60, attributes=attributes)
        return f'<div class="evidence">{shown}{where}</div>'

    def flags_html(self, claim: ClaimView, labels: dict[Node, str]) -> str:
        flags = [name for name in ("negated", "hedged", "disputed") if claim.flag(name)]
        serious = claim.values.get("serious")
        if isinstance(serious, Literal):
            flags.append("serious" if serious.toPython() is True else "minor")
        frequency = claim.values.get("frequency")
        if frequency is not None:
            flags.append(f"frequency: {frequency}")
        shown = [esc(f) for f in flags]
        for name, words in (("system", "affects"), ("riskOf", "risk of")):
            value = claim.values.get(name)
            if value is not None:
                shown.append(esc(words) + " " + self.node(value, labels))
        return f' <span class="flags">{" · ".join(shown)}</span>' if shown else ""

    def statement_html(self, claim: ClaimView, labels: dict[Node, str]) -> str:
        return (
            self.node(claim.subject, labels)
            + f" <em>{esc(self.term_label(claim.predicate))}</em> "
            + self.node(claim.object, labels)
        )

    def disputes_html(self, resource: Resource) -> str:
        disputed = [c for c in resource.claims if c.disputed]
        if not disputed:
            return ""
        labels = resource.labels
        parts = [
            '<section class="disputes" id="disputed-claims"><h2>Disputed claims</h2>',
            "<p>The monograph states these, but a curator rule finds them contrary to"
            " established knowledge, so the graph does not state them as facts.</p>",
        ]
        for claim in disputed:
            about = ""
            if "active" in claim.via and not ({"subject", "self"} & claim.via):
                about = (
                    f' <span class="muted">(about {self.node(claim.subject, labels)},'
                    f" the active form of {esc(resource.label)})</span>"
                )
            note = claim.values.get("curatorNote")
            reason = claim.values.get("disputeReason")
            rule = claim.values.get("disputeRule")
            rows = [("Claim", self.statement_html(claim, labels) + about)]
            if note is not None:
                rows.append(("Curator note", f'<span class="note">{esc(note)}</span>'))
            if reason is not None:
                rows.append(("Reason", esc(reason)))
            if rule is not None:
                rows.append(("Rule", f"<code>{esc(rule)}</code>"))
            own = "self" in claim.via
            if not own:
                rows.append(("Details", link(self.href(claim.iri) or str(claim.iri), "the claim")))
            parts.append(
                '<div class="disputed-claim">'
                + ("" if own else self.evidence_html(claim, resource.texts, css="disputed"))
                + definition_list(rows)
                + "</div>"
            )
        parts.append("</section>")
        return "".join(parts)

    def main_html(self, resource: Resource) -> str:
        """What is particular to claims, spans, sections and documents: the text itself."""
        labels = resource.labels
        if resource.is_a(VK.Claim):
            claim = next((c for c in resource.claims if "self" in c.via), None)
            if claim is None:
                return ""
            rows = [("Statement", self.statement_html(claim, labels) + self.flags_html(claim, labels))]
            return (
                "<h2>Evidence</h2>"
                + definition_list(rows)
                + self.evidence_html(claim, resource.texts, full=True, css="disputed" if claim.disputed else "")
            )
        if resource.is_a(VK.TextSpan) or resource.is_a(VK.Section):
            document = next(iter(resource.values(NIF.referenceContext)), None)
            text = resource.texts.get(document) if document is not None else None
            begin = _int(next(iter(resource.values(NIF.beginIndex)), None))
            end = _int(next(iter(resource.values(NIF.endIndex)), None))
            if text is None or begin is None or end is None:
                return ""
            if resource.is_a(VK.Section):
                shown = self.marked_text(resource, text[begin:end], begin)
                return f'<h2>Text</h2><div class="text">{shown}</div>'
            return (
                "<h2>Evidence</h2>"
                + '<div class="text">'
                + excerpt(text, begin, end, context=400, attributes=f'title="{esc(resource.iri)}"')
                + "</div>"
            )
        if resource.is_a(VK.SourceDocument):
            text = resource.texts.get(resource.iri)
            if text is None:
                return ""
            shown = self.marked_text(resource, text, 0)
            return f'<h2>Text</h2><div class="text">{shown}</div>'
        return ""

    def fact_value_html(self, resource: Resource, predicate: URIRef, value: Node, used: set[Node]) -> str:
        labels = resource.labels
        shown = self.node(value, labels)
        details = resource.details.get(value, [])
        if details:
            parts = []
            for detail, detail_value in details:
                parts.append(f"{esc(self.term_label(detail))}: {self.node(detail_value, labels)}")
            shown += ' <span class="muted">(' + "; ".join(parts) + ")</span>"
        stating = [
            c
            for c in resource.claims
            if c.subject == resource.iri
            and c.predicate == predicate
            and c.object == value
            and not c.disputed
            and not c.flag("negated")
        ]
        for claim in stating:
            used.add(claim.iri)
            shown += self.flags_html(claim, labels)
            shown += self.evidence_html(claim, resource.texts)
        return shown

    def facts_html(self, resource: Resource, used: set[Node]) -> str:
        groups: dict[URIRef, list[Node]] = defaultdict(list)
        for predicate, value in resource.outgoing:
            if predicate not in NOT_FACTS:
                groups[predicate].append(value)
        if resource.is_a(VK.SourceDocument):
            groups.pop(NIF.isString, None)
        order = [p for p, _ in FACT_GROUPS if p in groups]
        headings = dict(FACT_GROUPS)
        order += sorted(
            (p for p in groups if p not in headings),
            key=lambda p: (not str(p).startswith(VK_NS), self.term_label(p), str(p)),
        )
        if not order:
            return ""
        parts = ["<h2>Properties</h2>"]
        for predicate in order:
            heading = headings.get(predicate) or self.term_label(predicate)
            values = sorted(groups[predicate], key=lambda v: (resource.labels.get(v, str(v)).lower(), str(v)))
            anchor = esc(curie(str(predicate)).replace(":", "-"))
            parts.append(
                f'<h3 id="{anchor}">{esc(heading)}'
                f' <span class="badge">{esc(curie(str(predicate)))}</span></h3>'
                + bullet_list(self.fact_value_html(resource, predicate, v, used) for v in values)
            )
        return "".join(parts)

    def identifiers_html(self, resource: Resource) -> str:
        rows = []
        for predicate, words in IDENTIFIERS:
            values = sorted(str(v) for v in resource.values(predicate))
            if values:
                rows.append((words, bullet_list(link(v, v, css="external") for v in values)))
        xrefs = sorted(str(v) for v in resource.values(OBOINOWL.hasDbXref))
        if xrefs:
            rows.append(("cross-references", ", ".join(f"<code>{esc(x)}</code>" for x in xrefs)))
        if not rows:
            return ""
        return '<h2 id="identifiers">External identifiers</h2>' + definition_list(rows)

    def claims_html(self, resource: Resource, used: set[Node]) -> str:
        rest = [c for c in resource.claims if c.iri not in used and not c.disputed and "self" not in c.via]
        if not rest:
            return ""
        labels = resource.labels
        items = []
        for claim in rest:
            items.append(
                self.statement_html(claim, labels)
                + self.flags_html(claim, labels)
                + " "
                + link(self.href(claim.iri) or str(claim.iri), "claim", css="muted")
                + self.evidence_html(claim, resource.texts)
            )
        title = "What the monograph says"
        if resource.is_a(VK.TextSpan):
            title = "Claims citing this text"
        return f'<h2 id="claims">{esc(title)}</h2>' + bullet_list(items)

    def incoming_html(self, resource: Resource) -> str:
        if not resource.incoming:
            return ""
        groups: dict[URIRef, list[Node]] = defaultdict(list)
        for subject, predicate in resource.incoming:
            groups[predicate].append(subject)
        parts = ['<h2 id="incoming">Referenced by</h2>']
        for predicate in sorted(groups, key=lambda p: (self.term_label(p), str(p))):
            subjects = sorted(groups[predicate], key=lambda s: (resource.labels.get(s, str(s)).lower(), str(s)))
            parts.append(
                f"<h3>{esc(self.term_label(predicate))}"
                f' <span class="badge">{esc(curie(str(predicate)))}</span></h3>'
                + bullet_list(self.node(s, resource.labels) for s in subjects)
            )
        return "".join(parts)

    # --- other pages ---------------------------------------------------------------------

    def home_html(self, sparql_url: str) -> str:
        drugs = self.client.select(
            "SELECT DISTINCT ?s ?label WHERE { ?s a vk:Drug OPTIONAL { ?s rdfs:label ?label } }"
            " ORDER BY LCASE(STR(?label)) ?s LIMIT 1000"
        )
        datasets = self.client.select(
            "SELECT DISTINCT ?s ?title WHERE { ?s a void:Dataset"
            " OPTIONAL { ?s dcterms:title ?title } } ORDER BY ?title ?s LIMIT 1000"
        )
        labels = {r["s"]: str(r["label"]) for r in drugs if "label" in r}
        labels |= {r["s"]: str(r["title"]) for r in datasets if "title" in r}
        body = render(
            "home.html",
            {
                "base": esc(self.base),
                "sparql": esc(sparql_url),
                "drugs": bullet_list(self.node(r["s"], labels) for r in _unique(drugs)),
                "datasets": bullet_list(self.node(r["s"], labels) for r in _unique(datasets)),
            },
        )
        return page("valkg knowledge graph", body, nav=self.nav())

    def ontology_html(self) -> str:
        """The vk: classes with their instances in the data, and the vk: properties."""
        renderer = self.renderer
        graph = ontology_graph()
        classes = renderer.vk_terms([OWL.Class])
        properties = renderer.vk_terms([OWL.ObjectProperty, OWL.DatatypeProperty])
        counts = {
            row["c"]: _int(row["n"]) or 0
            for row in self.client.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
        }
        sections = []
        for cls in classes:
            instances = self.client.select(
                f"SELECT DISTINCT ?s ?label WHERE {{ ?s a {sparql_iri(str(cls))}"
                " OPTIONAL { ?s rdfs:label ?label } } ORDER BY LCASE(STR(?label)) ?s LIMIT 200"
            )
            labels = {r["s"]: str(r["label"]) for r in instances if "label" in r}
            count = counts.get(cls, 0)
            shown = bullet_list(self.node(r["s"], labels) for r in _unique(instances))
            more = f'<p class="muted">… and {count - 200} more</p>' if count > 200 else ""
            facts = [
                (
                    "Superclasses and alignments",
                    renderer.relations(
                        cls,
                        (
                            (RDFS.subClassOf, "subclass of"),
                            (SKOS.closeMatch, "close match"),
                            (SKOS.exactMatch, "exact match"),
                            (OWL.equivalentClass, "equivalent class"),
                        ),
                    ),
                ),
                (
                    "Shapes",
                    ", ".join(
                        renderer.term(s)
                        for s in sorted(
                            {
                                s
                                for s in shapes_graph().subjects(URIRef("http://www.w3.org/ns/shacl#targetClass"), cls)
                                if isinstance(s, URIRef)
                            },
                            key=str,
                        )
                    ),
                ),
            ]
            sections.append(
                f'<section class="term" id="{esc(_local(str(cls)))}">'
                f'<h3>{esc(self.term_label(cls))} <span class="badge">class</span></h3>'
                f'<p class="iri">{esc(cls)}</p>'
                f"<p>{esc(_best_literal(graph.objects(cls, SKOS.definition)) or '')}</p>"
                + definition_list(row for row in facts if row[1])
                + f"<h4>Instances ({count})</h4>"
                + (shown or '<p class="muted">none</p>')
                + more
                + "</section>"
            )
        rows = []
        for prop in properties:
            domain = ", ".join(renderer.term(d) for d in graph.objects(prop, RDFS.domain))
            range_ = ", ".join(renderer.term(r) for r in graph.objects(prop, RDFS.range))
            rows.append(
                f'<tr id="{esc(_local(str(prop)))}"><td>{esc(self.term_label(prop))}<br>'
                f"<code>{esc(curie(str(prop)))}</code></td>"
                f"<td>{esc(_best_literal(graph.objects(prop, SKOS.definition)) or '')}</td>"
                f"<td>{domain}</td><td>{range_}</td></tr>"
            )
        table = (
            "<table><tr><th>Property</th><th>Definition</th><th>Domain</th><th>Range</th></tr>"
            + "".join(rows)
            + "</table>"
        )
        ontology = URIRef(ONTOLOGY_IRI)
        title = _best_literal(graph.objects(ontology, DCTERMS.title)) or "valkg ontology"
        body = render(
            "ontology.html",
            {
                "title": esc(title),
                "iri": esc(ONTOLOGY_IRI),
                "description": esc(_best_literal(graph.objects(ontology, DCTERMS.description)) or ""),
                "toc": renderer.toc(classes),
                "classes": "".join(sections),
                "properties": table,
            },
        )
        return page(title, body, nav=self.nav())

    def shapes_html(self) -> str:
        return self.renderer.shapes_page()

    def message_html(self, heading: str, text: str) -> str:
        body = render("message.html", {"heading": esc(heading), "text": esc(text)})
        return page(heading, body, nav=self.nav())


def _unique(rows: list[Row]) -> list[Row]:
    seen: set[Node] = set()
    kept = []
    for row in rows:
        if row["s"] not in seen:
            seen.add(row["s"])
            kept.append(row)
    return kept


def _claim_order(claim: ClaimView) -> tuple[int, str, str, str]:
    begin = claim.evidence.begin if claim.evidence is not None else -1
    return (begin, str(claim.predicate), str(claim.object), str(claim.iri))


def vocabulary_file(name: str) -> bytes:
    """The packaged ontology (``ontology``) or shapes (``shapes``) Turtle file."""
    if name == "ontology":
        return read_text("ontology", "valkg.ttl").encode("utf-8")
    return read_text("shapes", "valkg-shapes.ttl").encode("utf-8")


def vocabulary_graph(name: str) -> Graph:
    return ontology_graph() if name == "ontology" else shapes_graph()
