"""HTML documentation of the valkg ontology and of its SHACL shapes (``valkg docs``).

A small generator over rdflib, in place of pyLODE and its dependency tree: the
ontology (``ontology/valkg.ttl``) becomes ``index.html`` (metadata, contents, one
section per class and per property) and the shapes (``shapes/valkg-shapes.ttl``)
become ``shapes.html`` (every shape, its constraints and messages).  Output is
deterministic (everything sorted, no dates), self-contained (inline CSS, no scripts,
no external assets) and every value from the RDF is HTML-escaped.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from valkg.errors import InputError
from valkg.htmlkit import bullet_list, curie, definition_list, esc, link, page, render
from valkg.namespaces import ONTOLOGY_IRI, VK
from valkg.output import write_atomic
from valkg.validate import ontology_graph, shapes_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
VANN = Namespace("http://purl.org/vocab/vann/")
VK_NS = str(VK._NS)
SHAPES_IRI = "https://w3id.org/valkg/shapes"
VKS_NS = SHAPES_IRI + "#"

#: Class relations shown as "superclasses and alignments", in this order.
CLASS_RELATIONS = (
    (RDFS.subClassOf, "subclass of"),
    (OWL.equivalentClass, "equivalent class"),
    (SKOS.exactMatch, "exact match"),
    (SKOS.closeMatch, "close match"),
    (SKOS.broadMatch, "broad match"),
    (SKOS.narrowMatch, "narrow match"),
    (SKOS.relatedMatch, "related match"),
)
PROPERTY_RELATIONS = (
    (RDFS.subPropertyOf, "subproperty of"),
    (OWL.equivalentProperty, "equivalent property"),
    (OWL.inverseOf, "inverse of"),
    (OWL.propertyDisjointWith, "disjoint with"),
    (SKOS.exactMatch, "exact match"),
    (SKOS.closeMatch, "close match"),
    (SKOS.broadMatch, "broad match"),
    (SKOS.narrowMatch, "narrow match"),
    (SKOS.relatedMatch, "related match"),
)
PROPERTY_KINDS = (
    (OWL.ObjectProperty, "object property"),
    (OWL.DatatypeProperty, "datatype property"),
    (OWL.AnnotationProperty, "annotation property"),
    (RDF.Property, "property"),
)

#: Constraint parameters written "name value"; the rest of sh: is shown by its CURIE.
PARAMETERS = {
    SH.datatype: "datatype",
    SH["class"]: "class",
    SH.nodeKind: "node kind",
    SH.pattern: "pattern",
    SH.flags: "flags",
    SH["in"]: "one of",
    SH.hasValue: "has value",
    SH.languageIn: "language in",
    SH.uniqueLang: "unique language",
    SH.minInclusive: "at least",
    SH.maxInclusive: "at most",
    SH.minExclusive: "more than",
    SH.maxExclusive: "less than",
    SH.minLength: "min length",
    SH.maxLength: "max length",
    SH.lessThan: "less than the value of",
    SH.lessThanOrEquals: "at most the value of",
    SH.equals: "equals the values of",
    SH.disjoint: "disjoint with the values of",
    SH.node: "conforms to",
    SH.closed: "closed",
    SH.ignoredProperties: "ignored properties",
}
TEXT_DATATYPES = {
    URIRef("http://www.w3.org/2001/XMLSchema#string"),
    URIRef("http://www.w3.org/2001/XMLSchema#anyURI"),
    RDF.langString,
}
LOGICAL = {SH["or"]: "any of", SH.xone: "exactly one of", SH["and"]: "all of"}
#: Shown elsewhere (or metadata), not as constraints.
NOT_CONSTRAINTS = {
    RDF.type,
    RDFS.label,
    RDFS.comment,
    RDFS.seeAlso,
    RDFS.isDefinedBy,
    SH.path,
    SH.message,
    SH.severity,
    SH.property,
    SH.sparql,
    SH.targetClass,
    SH.targetNode,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.minCount,
    SH.maxCount,
    SH.name,
    SH.description,
    SH.prefixes,
    SH.select,
    SH.ask,
    SH.declare,
    SH.order,
    SH.group,
    SH.deactivated,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
    SH.qualifiedValueShapesDisjoint,
}
TARGETS = (
    (SH.targetClass, "instances of"),
    (SH.targetNode, "the node"),
    (SH.targetSubjectsOf, "subjects of"),
    (SH.targetObjectsOf, "objects of"),
)


def _text(graph: Graph, subject: Node, predicate: URIRef) -> str | None:
    """One literal value (English first, then untagged, then the smallest), as text."""
    values = [v for v in graph.objects(subject, predicate) if isinstance(v, Literal)]
    if not values:
        return None
    values.sort(key=lambda v: (v.language not in ("en", None), v.language is not None, str(v)))
    return str(values[0])


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class Renderer:
    """Turns the ontology and shapes graphs into HTML; links between the two pages."""

    ontology: Graph
    shapes: Graph
    ontology_href: str = "index.html"
    shapes_href: str = "shapes.html"
    #: The navigation bar of the pages (HTML); by default links between the two pages.
    navigation: str | None = None

    # --- terms and links -------------------------------------------------------------

    def href(self, iri: str) -> str:
        """Where a link to ``iri`` goes: the section of our pages, or the IRI itself."""
        if iri.startswith(VK_NS):
            return f"{self.ontology_href}#{iri[len(VK_NS) :]}"
        if iri == ONTOLOGY_IRI:
            return self.ontology_href
        if iri.startswith(VKS_NS):
            return f"{self.shapes_href}#{iri[len(VKS_NS) :]}"
        if iri == SHAPES_IRI:
            return self.shapes_href
        return iri

    def label(self, iri: Node) -> str | None:
        return _text(self.ontology, iri, RDFS.label) or _text(self.shapes, iri, RDFS.label)

    def term(self, iri: Node) -> str:
        """A link to a term, shown as its CURIE, titled with its label."""
        if not isinstance(iri, URIRef):
            return self.value(iri)
        return link(self.href(str(iri)), curie(str(iri)), title=self.label(iri))

    def value(self, node: Node, graph: Graph | None = None) -> str:
        """Any RDF value: a term link, a literal, a list, or a nested shape."""
        graph = graph if graph is not None else self.shapes
        if isinstance(node, URIRef):
            return self.term(node)
        if isinstance(node, Literal):
            if node.datatype is not None and node.datatype not in TEXT_DATATYPES:
                return f"<code>{esc(node)}</code>"  # a number, boolean, date: its lexical form
            tag = f"@{node.language}" if node.language else ""
            return f"<code>{esc(chr(34) + str(node) + chr(34) + tag)}</code>"
        if isinstance(node, BNode) and (node, RDF.first, None) in graph:
            return "( " + " ".join(self.value(item, graph) for item in graph.items(node)) + " )"
        return self.nested_shape(node)

    def path(self, node: Node | None) -> str:
        """A SHACL path in SPARQL property path syntax, with links."""
        graph = self.shapes
        if node is None:
            return ""
        if isinstance(node, URIRef):
            return self.term(node)
        if (node, RDF.first, None) in graph:
            return " / ".join(self._grouped_path(item) for item in graph.items(node))
        inverse = graph.value(node, SH.inversePath)
        if inverse is not None:
            return "^" + self._grouped_path(inverse)
        alternatives = graph.value(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + " | ".join(self.path(item) for item in graph.items(alternatives)) + ")"
        for key, suffix in (
            (SH.zeroOrMorePath, "*"),
            (SH.oneOrMorePath, "+"),
            (SH.zeroOrOnePath, "?"),
        ):
            inner = graph.value(node, key)
            if inner is not None:
                return self._grouped_path(inner) + suffix
        return esc(str(node))

    def _grouped_path(self, node: Node) -> str:
        shown = self.path(node)
        simple = isinstance(node, URIRef) or shown.startswith("(")
        return shown if simple else f"({shown})"

    # --- shapes --------------------------------------------------------------------

    def constraints(self, shape: Node) -> list[str]:
        """The constraints of a shape as HTML items (everything but metadata and counts)."""
        graph = self.shapes
        items = []
        for predicate in sorted({p for p in graph.predicates(shape) if isinstance(p, URIRef)}):
            if predicate in NOT_CONSTRAINTS:
                continue
            values = sorted(graph.objects(shape, predicate), key=lambda v: self.value(v))
            for value in values:
                if predicate in LOGICAL:
                    members = [self.nested_shape(m) for m in graph.items(value)]
                    items.append(esc(LOGICAL[predicate]) + ":" + _ordered(members))
                elif predicate == SH["not"]:
                    items.append("not: " + self.nested_shape(value))
                elif predicate == SH.qualifiedValueShape:
                    items.append(self._qualified(shape, value))
                else:
                    name = PARAMETERS.get(predicate, curie(str(predicate)))
                    items.append(f"{esc(name)} {self.value(value)}")
        return items

    def _qualified(self, shape: Node, value: Node) -> str:
        low = self.shapes.value(shape, SH.qualifiedMinCount)
        high = self.shapes.value(shape, SH.qualifiedMaxCount)
        bounds = []
        if low is not None:
            bounds.append(f"at least {esc(low)}")
        if high is not None:
            bounds.append(f"at most {esc(high)}")
        shown = esc(" and ".join(bounds) or "some")
        return shown + " value(s) such that " + self.nested_shape(value)

    def nested_shape(self, shape: Node) -> str:
        """An anonymous shape inside another, inline: path, constraints, counts."""
        if isinstance(shape, URIRef):
            return self.term(shape)
        graph = self.shapes
        parts = []
        path = graph.value(shape, SH.path)
        if path is not None:
            parts.append(self.path(path))
        parts.extend(self.constraints(shape))
        count = self.count(shape)
        if count:
            parts.append(f"count {esc(count)}")
        nested = sorted((self.nested_shape(p) for p in graph.objects(shape, SH.property)), key=str)
        if nested:
            parts.append("with " + "; ".join(f"[{n}]" for n in nested))
        return " ".join(parts) if parts else "(any value)"

    def count(self, shape: Node) -> str:
        low = self.shapes.value(shape, SH.minCount)
        high = self.shapes.value(shape, SH.maxCount)
        if low is None and high is None:
            return ""
        return f"{low if low is not None else 0}..{high if high is not None else '*'}"

    def severity(self, shape: Node) -> str:
        value = self.shapes.value(shape, SH.severity)
        name = _local(str(value)) if isinstance(value, URIRef) else "Violation"
        return f'<span class="{esc(name)}">{esc(name)}</span>'

    def message(self, shape: Node) -> str:
        text = _text(self.shapes, shape, SH.message)
        return esc(text) if text else '<span class="muted">(no message)</span>'

    def property_table(self, node_shape: Node, *, anchors: bool) -> str:
        """The property shapes of a node shape: path, constraints, count, severity, message."""
        graph = self.shapes
        shapes = sorted(
            graph.objects(node_shape, SH.property),
            key=lambda s: (self.path(graph.value(s, SH.path)), str(s)),
        )
        if not shapes:
            return ""
        rows = []
        for shape in shapes:
            named = isinstance(shape, URIRef)
            anchor = f' id="{esc(_local(str(shape)))}"' if anchors and named else ""
            name = self.term(shape) if named else '<span class="muted">(anonymous)</span>'
            rows.append(
                f"<tr{anchor}><td>{name}</td>"
                f"<td>{self.path(graph.value(shape, SH.path))}</td>"
                f"<td>{'<br>'.join(self.constraints(shape) + self.sparql_items(shape))}</td>"
                f"<td>{esc(self.count(shape))}</td>"
                f"<td>{self.severity(shape)}</td>"
                f"<td>{self.message(shape)}</td></tr>"
            )
        header = (
            "<tr><th>Shape</th><th>Path</th><th>Constraint</th><th>Count</th><th>Severity</th><th>Message</th></tr>"
        )
        return "<table>" + header + "".join(rows) + "</table>"

    def sparql_items(self, shape: Node) -> list[str]:
        return ["SPARQL constraint " + self.term(c) for c in sorted(self.shapes.objects(shape, SH.sparql), key=str)]

    def sparql_constraints(self, node_shape: Node, *, anchors: bool) -> str:
        """The SPARQL constraints of a node shape and of its property shapes."""
        holders = [node_shape, *self.shapes.objects(node_shape, SH.property)]
        found = {c for h in holders for c in self.shapes.objects(h, SH.sparql)}
        return self.sparql_blocks(sorted(found, key=str), anchors=anchors)

    def sparql_blocks(self, constraints: list[Node], *, anchors: bool) -> str:
        graph = self.shapes
        parts = []
        for constraint in constraints:
            named = isinstance(constraint, URIRef)
            anchor = f' id="{esc(_local(str(constraint)))}"' if anchors and named else ""
            title = _text(graph, constraint, RDFS.label) or "SPARQL constraint"
            query = _text(graph, constraint, SH.select) or _text(graph, constraint, SH.ask) or ""
            name = self.term(constraint) if named else ""
            parts.append(
                f'<div class="sparql"{anchor}><h4>{esc(title)} {name}</h4>'
                + definition_list(
                    [
                        ("Severity", self.severity(constraint)),
                        ("Message", self.message(constraint)),
                    ]
                )
                + f"<pre><code>{esc(textwrap.dedent(query).strip())}</code></pre></div>"
            )
        return "".join(parts)

    def targets(self, shape: Node) -> list[tuple[str, str]]:
        rows = []
        for predicate, words in TARGETS:
            values = sorted(self.shapes.objects(shape, predicate), key=str)
            if values:
                shown = ", ".join(self.value(v) for v in values)
                rows.append(("Targets", f"{esc(words)} {shown}"))
        return rows

    def shape_section(self, shape: URIRef, kind: str) -> str:
        graph = self.shapes
        node_constraints = self.constraints(shape)
        facts = self.targets(shape)
        path = graph.value(shape, SH.path)
        if path is not None:
            facts.append(("Path", self.path(path)))
            if self.count(shape):
                facts.append(("Count", esc(self.count(shape))))
        if node_constraints:
            facts.append(("Constraints", bullet_list(node_constraints)))
        facts.append(("Severity", self.severity(shape)))
        if graph.value(shape, SH.message) is not None or path is not None:
            facts.append(("Message", self.message(shape)))
        properties = self.property_table(shape, anchors=True)
        sparql = self.sparql_constraints(shape, anchors=True)
        comment = _text(graph, shape, RDFS.comment)
        return render(
            "docs-shape.html",
            {
                "anchor": esc(_local(str(shape))),
                "label": esc(_text(graph, shape, RDFS.label) or curie(str(shape))),
                "kind": esc(kind),
                "iri": esc(str(shape)),
                "comment": f"<p>{esc(comment)}</p>" if comment else "",
                "facts": definition_list(facts),
                "properties": ("<h4>Property constraints</h4>" + properties) if properties else "",
                "sparql": ("<h4>SPARQL constraints</h4>" + sparql) if sparql else "",
            },
        )

    def shapes_page(self) -> str:
        graph = self.shapes
        node_shapes = _named(graph.subjects(RDF.type, SH.NodeShape))
        attached = {o for o in graph.objects(None, SH.property)} | {o for o in graph.objects(None, SH.sparql)}
        loose_properties = [s for s in _named(graph.subjects(RDF.type, SH.PropertyShape)) if s not in attached]
        loose_sparql = [s for s in _named(graph.subjects(RDF.type, SH.SPARQLConstraint)) if s not in attached]
        header = URIRef(SHAPES_IRI)
        toc = bullet_list(
            link(f"#{_local(str(s))}", _text(graph, s, RDFS.label) or curie(str(s)))
            + f" <code>{esc(curie(str(s)))}</code>"
            for s in node_shapes
        )
        others = "".join(self.shape_section(s, "property shape") for s in loose_properties)
        others += "".join(
            f'<section class="shape">{self.sparql_blocks([s], anchors=True)}</section>' for s in loose_sparql
        )
        title = _text(graph, header, RDFS.label) or "valkg SHACL shapes"
        metadata = definition_list(
            row
            for row in (
                ("Version", esc(_text(graph, header, OWL.versionInfo) or "")),
                ("Ontology", self.term(URIRef(ONTOLOGY_IRI))),
                ("Description", esc(_text(graph, header, RDFS.comment) or "")),
            )
            if row[1]
        )
        body = render(
            "docs-shapes.html",
            {
                "title": esc(title),
                "iri": esc(SHAPES_IRI),
                "metadata": metadata,
                "toc": toc,
                "shapes": "".join(self.shape_section(s, "node shape") for s in node_shapes),
                "others": ('<h2 id="other-shapes">Other shapes</h2>' + others) if others else "",
            },
        )
        return page(title, body, nav=self.nav())

    # --- ontology ------------------------------------------------------------------

    def vk_terms(self, kinds: Iterable[URIRef]) -> list[URIRef]:
        found = {
            s
            for kind in kinds
            for s in self.ontology.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and str(s).startswith(VK_NS)
        }
        return sorted(found, key=lambda t: ((self.label(t) or "").lower(), str(t)))

    def relations(self, term: URIRef, relations: Iterable[tuple[URIRef, str]]) -> str:
        items = []
        for predicate, words in relations:
            for value in sorted(self.ontology.objects(term, predicate), key=str):
                items.append(f"{esc(words)} {self.value(value, self.ontology)}")
        return bullet_list(items)

    def term_links(self, terms: Iterable[Node]) -> str:
        return ", ".join(self.value(t, self.ontology) for t in sorted(set(terms), key=str))

    def class_section(self, cls: URIRef) -> str:
        graph = self.ontology
        facts = []
        alignments = self.relations(cls, CLASS_RELATIONS)
        if alignments:
            facts.append(("Superclasses and alignments", alignments))
        subclasses = [s for s in graph.subjects(RDFS.subClassOf, cls) if isinstance(s, URIRef)]
        if subclasses:
            facts.append(("Subclasses", self.term_links(subclasses)))
        domain_of = self.vk_properties_where(RDFS.domain, cls)
        if domain_of:
            facts.append(("Properties with this domain", domain_of))
        range_of = self.vk_properties_where(RDFS.range, cls)
        if range_of:
            facts.append(("Properties with this range", range_of))
        targeting = _named(self.shapes.subjects(SH.targetClass, cls))
        shapes = []
        for shape in targeting:
            comment = _text(self.shapes, shape, RDFS.comment)
            node_level = self.constraints(shape)
            parts = [
                f"<h4>Shape {self.term(shape)}"
                f' <span class="muted">{esc(_text(self.shapes, shape, RDFS.label) or "")}'
                "</span></h4>"
            ]
            if comment:
                parts.append(f"<p>{esc(comment)}</p>")
            if node_level:
                parts.append(
                    definition_list(
                        [
                            ("Constraints", bullet_list(node_level)),
                            ("Severity", self.severity(shape)),
                            ("Message", self.message(shape)),
                        ]
                    )
                )
            parts.append(self.property_table(shape, anchors=False))
            sparql = sorted(self.shapes.objects(shape, SH.sparql), key=str)
            if sparql:
                parts.append("<p>SPARQL constraints: " + ", ".join(self.term(s) for s in sparql) + "</p>")
            shapes.append("".join(parts))
        comment = _text(graph, cls, RDFS.comment)
        return render(
            "docs-class.html",
            {
                "anchor": esc(_local(str(cls))),
                "label": esc(self.label(cls) or curie(str(cls))),
                "iri": esc(str(cls)),
                "definition": esc(_text(graph, cls, SKOS.definition) or ""),
                "comment": f"<p>{esc(comment)}</p>" if comment else "",
                "facts": definition_list(facts),
                "shapes": "".join(shapes),
            },
        )

    def vk_properties_where(self, predicate: URIRef, value: URIRef) -> str:
        found = [
            s for s in self.ontology.subjects(predicate, value) if isinstance(s, URIRef) and str(s).startswith(VK_NS)
        ]
        return self.term_links(found)

    def property_kind(self, prop: URIRef) -> str:
        kinds = [words for kind, words in PROPERTY_KINDS if (prop, RDF.type, kind) in self.ontology]
        kind = kinds[0] if kinds else "property"
        if (prop, RDF.type, OWL.FunctionalProperty) in self.ontology:
            kind = "functional " + kind
        return kind

    def property_section(self, prop: URIRef) -> str:
        graph = self.ontology
        facts = []
        for predicate, words in ((RDFS.domain, "Domain"), (RDFS.range, "Range")):
            values = list(graph.objects(prop, predicate))
            if values:
                facts.append((words, self.term_links(values)))
        alignments = self.relations(prop, PROPERTY_RELATIONS)
        if alignments:
            facts.append(("Super-properties and alignments", alignments))
        constrained = sorted(
            {
                s
                for s, path in self.shapes.subject_objects(SH.path)
                if isinstance(s, URIRef) and prop in _path_iris(self.shapes, path)
            },
            key=str,
        )
        if constrained:
            facts.append(("Constrained by", ", ".join(self.term(s) for s in constrained)))
        comment = _text(graph, prop, RDFS.comment)
        return render(
            "docs-property.html",
            {
                "anchor": esc(_local(str(prop))),
                "label": esc(self.label(prop) or curie(str(prop))),
                "kind": esc(self.property_kind(prop)),
                "iri": esc(str(prop)),
                "definition": esc(_text(graph, prop, SKOS.definition) or ""),
                "comment": f"<p>{esc(comment)}</p>" if comment else "",
                "facts": definition_list(facts),
            },
        )

    def toc(self, terms: list[URIRef]) -> str:
        return bullet_list(
            (
                link(f"#{_local(str(t))}", self.label(t) or curie(str(t))) + f" <code>{esc(curie(str(t)))}</code>"
                for t in terms
            ),
            css="toc",
        )

    def index_page(self) -> str:
        graph = self.ontology
        ontology = URIRef(ONTOLOGY_IRI)
        classes = self.vk_terms([OWL.Class, RDFS.Class])
        object_properties = self.vk_terms([OWL.ObjectProperty])
        datatype_properties = self.vk_terms([OWL.DatatypeProperty])
        other_properties = [
            p
            for p in self.vk_terms([OWL.AnnotationProperty, RDF.Property])
            if p not in object_properties and p not in datatype_properties
        ]
        properties = sorted(
            {*object_properties, *datatype_properties, *other_properties},
            key=lambda t: ((self.label(t) or "").lower(), str(t)),
        )
        title = _text(graph, ontology, DCTERMS.title) or _text(graph, ontology, RDFS.label)
        title = title or "valkg ontology"
        metadata_rows: list[tuple[str, str]] = [("IRI", link(ONTOLOGY_IRI, ONTOLOGY_IRI))]
        for predicate, words in (
            (OWL.versionIRI, "Version IRI"),
            (OWL.versionInfo, "Version"),
            (DCTERMS.license, "License"),
            (DCTERMS.creator, "Creator"),
            (VANN.preferredNamespacePrefix, "Preferred prefix"),
            (VANN.preferredNamespaceUri, "Namespace"),
            (RDFS.seeAlso, "See also"),
        ):
            values = sorted(graph.objects(ontology, predicate), key=str)
            if values:
                shown = ", ".join(link(self.href(str(v)), str(v)) if isinstance(v, URIRef) else esc(v) for v in values)
                metadata_rows.append((words, shown))
        body = render(
            "docs-index.html",
            {
                "title": esc(title),
                "iri": esc(ONTOLOGY_IRI),
                "metadata": definition_list(metadata_rows),
                "description": esc(_text(graph, ontology, DCTERMS.description) or ""),
                "class_toc": self.toc(classes),
                "object_toc": self.toc(object_properties),
                "datatype_toc": self.toc(datatype_properties + other_properties),
                "shapes_title": esc(_text(self.shapes, URIRef(SHAPES_IRI), RDFS.label) or "valkg SHACL shapes"),
                "classes": "".join(self.class_section(c) for c in classes),
                "properties": "".join(self.property_section(p) for p in properties),
            },
        )
        return page(title, body, nav=self.nav())

    def nav(self) -> str:
        if self.navigation is not None:
            return self.navigation
        return (
            '<nav class="top">'
            + link(self.ontology_href, "Ontology")
            + link(self.ontology_href + "#classes", "Classes")
            + link(self.ontology_href + "#properties", "Properties")
            + link(self.shapes_href, "Shapes")
            + "</nav>\n"
        )


def _named(nodes: Iterable[Node]) -> list[URIRef]:
    return sorted({n for n in nodes if isinstance(n, URIRef)}, key=str)


def _ordered(items: list[str]) -> str:
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def _path_iris(graph: Graph, path: Node) -> set[Node]:
    """Every IRI a SHACL path mentions."""
    if isinstance(path, URIRef):
        return {path}
    found: set[Node] = set()
    if (path, RDF.first, None) in graph:
        for item in graph.items(path):
            found |= _path_iris(graph, item)
    for key in (
        SH.inversePath,
        SH.alternativePath,
        SH.zeroOrMorePath,
        SH.oneOrMorePath,
        SH.zeroOrOnePath,
    ):
        value = graph.value(path, key)
        if value is not None:
            found |= _path_iris(graph, value)
    return found


def build_docs() -> dict[str, str]:
    """The documentation pages by file name (``index.html``, ``shapes.html``)."""
    renderer = Renderer(ontology_graph(), shapes_graph())
    return {"index.html": renderer.index_page(), "shapes.html": renderer.shapes_page()}


def write_docs(out_dir: str | Path) -> list[Path]:
    """Write the documentation into ``out_dir`` (created if its parent exists).

    Each file is written atomically; returns the paths written.
    """
    folder = Path(out_dir)
    parent = folder.absolute().parent
    if not parent.is_dir():
        raise InputError(f"cannot write: the folder {str(parent)!r} does not exist", source=str(out_dir))
    if folder.exists() and not folder.is_dir():
        raise InputError("cannot write: not a folder", source=str(out_dir))
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create the folder: {error.strerror or error}", source=str(out_dir)) from error
    written = []
    for name, text in sorted(build_docs().items()):
        target = folder / name
        write_atomic(target, text.encode("utf-8"))
        written.append(target)
    return written
