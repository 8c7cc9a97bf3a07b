"""Write graphs in the standard RDF syntaxes, byte-identically from run to run.

Triples are sorted before writing: each distinct term is turned into its
N-Triples text once, the lines are sorted as text, and pyoxigraph parses them
back to write the other syntaxes (20-100x faster than rdflib's writers, and
free of rdflib's Turtle long-literal escaping bug).
JSON-LD is compacted here with the context that ships with the package
(``valkg/data/context.jsonld``), inlined so that an offline JSON-LD processor
reproduces exactly the same triples.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

from valkg.errors import InputError
from valkg.resources import read_text


@dataclass(frozen=True)
class Format:
    """An output syntax."""

    name: str
    media_type: str
    extension: str
    quads: bool = False
    oxigraph: str | None = None


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("turtle", "text/turtle", "ttl", oxigraph="TURTLE"),
        Format("json-ld", "application/ld+json", "jsonld"),
        Format("n-triples", "application/n-triples", "nt", oxigraph="N_TRIPLES"),
        Format("n-quads", "application/n-quads", "nq", quads=True, oxigraph="N_QUADS"),
        Format("trig", "application/trig", "trig", quads=True, oxigraph="TRIG"),
        Format("xml", "application/rdf+xml", "rdf", oxigraph="RDF_XML"),
    )
}

#: Named graphs: (graph IRI or None for the default graph, graph).
NamedGraphs = Sequence[tuple[URIRef | None, Graph]]

XSD = "http://www.w3.org/2001/XMLSchema#"
#: Context prefixes that abbreviate data IRIs: used in JSON-LD, not in Turtle.
DATA_PREFIXES = frozenset({"valkg"})
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@cache
def jsonld_context() -> dict[str, Any]:
    """The packaged JSON-LD context document (``{"@context": {...}}``)."""
    context: dict[str, Any] = json.loads(read_text("data", "context.jsonld"))
    return context


@cache
def prefixes() -> dict[str, str]:
    """Namespace prefixes: the prefix definitions of the JSON-LD context."""
    definitions = jsonld_context()["@context"]
    return {
        name: value
        for name, value in sorted(definitions.items())
        if isinstance(value, str) and not name.startswith("@") and value.endswith(("#", "/"))
    }


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term equal to an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != XSD + "string":
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


class _TermText(dict[Node, str]):
    """The N-Triples text of rdflib terms, each converted once.

    A corpus repeats most of its terms (predicates, classes, entities, document IRIs), and
    converting a term costs more than looking its text up.
    """

    def __missing__(self, term: Node) -> str:
        text = self[term] = str(to_oxigraph(term))
        return text


def _by_subject(graph: Graph) -> Iterable[tuple[Node, Iterable[tuple[Node, Iterable[Node]]]]]:
    """The graph's triples grouped by subject and predicate: from the subject index of rdflib's
    in-memory store when it holds only them.

    Iterating a ``Graph`` asks its store for every triple's contexts, which costs about as much
    as writing the triple; the ``Memory`` store's own index holds the same triples without them,
    already grouped, so each subject and predicate is written once per group. Any other store, or
    a store shared with other graphs, is read the ordinary way and grouped here.
    """
    store = graph.store
    index = getattr(store, "_Memory__spo", None)
    if not (type(store) is Memory and isinstance(index, dict) and len(store) == len(graph)):
        index = {}
        for s, p, o in graph:
            index.setdefault(s, {}).setdefault(p, []).append(o)
    return ((s, by_predicate.items()) for s, by_predicate in index.items())


#: Triples grouped: graph → subject → predicate → objects, each as its N-Triples text.
Groups = dict[str, dict[str, dict[str, list[str]]]]


@contextmanager
def _without_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while a corpus's triples are grouped.

    Grouping creates a dict or list per subject and predicate; each thousand of them would
    set off a collection pass over every object the process holds, the corpus's graphs
    included, which costs more than the grouping. The groups form no cycles, so nothing is
    left for the collector to find.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _grouped(graphs: NamedGraphs, *, merge: bool) -> Groups:
    text = _TermText()
    term_text = text.__getitem__
    groups: Groups = {}
    with _without_collection():
        for name, graph in graphs:
            subjects = groups.setdefault("" if merge or name is None else text[name], {})
            for s, by_predicate in _by_subject(graph):
                predicates: dict[str, list[str]] | None = None
                for p, objects in by_predicate:
                    if objects:  # the Memory store keeps an emptied index entry after a removal
                        if predicates is None:
                            predicates = subjects.setdefault(text[s], {})
                        predicates.setdefault(text[p], []).extend(map(term_text, objects))
    return groups


def _in_order(groups: Groups) -> Iterator[tuple[str, Iterator[tuple[str, Iterator[tuple[str, list[str]]]]]]]:
    """The groups sorted level by level: by graph, subject, predicate and object text.

    Sorting each level on its own orders the triples as one sort of their texts would,
    without building a key per triple. Objects are made unique here: graphs merged into
    one may hold the same triple.
    """

    def objects(values: list[str]) -> list[str]:
        return sorted(set(values)) if len(values) > 1 else values

    def predicates(by_predicate: dict[str, list[str]]) -> Iterator[tuple[str, list[str]]]:
        return ((p, objects(by_predicate[p])) for p in sorted(by_predicate))

    def subjects(by_subject: dict[str, dict[str, list[str]]]) -> Iterator[tuple[str, Iterator[tuple[str, list[str]]]]]:
        return ((s, predicates(by_subject[s])) for s in sorted(by_subject))

    return ((g, subjects(groups[g])) for g in sorted(groups))


def sorted_lines(graphs: NamedGraphs, *, merge: bool) -> list[str]:
    """The N-Quads lines of the graphs (N-Triples lines with ``merge``), each once, sorted.

    The order is by graph, subject, predicate and object (their N-Triples text), so the
    output does not depend on rdflib's store or the hash seed. Each line is the text
    pyoxigraph's own writer gives the same quad.
    """
    lines: list[str] = []
    for graph_text, subjects in _in_order(_grouped(graphs, merge=merge)):
        tail = f" {graph_text} .\n" if graph_text else " .\n"
        for subject, predicates in subjects:
            for predicate, objects in predicates:
                head = f"{subject} {predicate} "
                lines.extend([head + obj + tail for obj in objects])
    return lines


# --- Turtle -----------------------------------------------------------------------
# Written here from the sorted groups: going through pyoxigraph's writer means building a
# Python object per triple, which costs three times as much as writing the text. The
# output is the one pyoxigraph's writer gives (tests/test_serialize.py checks it does).

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS = _PN_CHARS_BASE + "_\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
#: Characters a local name holds only after a backslash (Turtle's PN_LOCAL_ESC).
_LOCAL_ESCAPES = frozenset("_~.-!$&'()*+,;=/?#@%")
# The full classes hold astral ranges and take ~15 ms to compile: most IRIs are ASCII, and an
# ASCII local name is checked with small sets instead, so a one-document export never compiles them.
_ASCII_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_:")
_ASCII_NEXT = _ASCII_FIRST | {"-"}


@cache
def _unicode_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Turtle's first and following characters of a local name (PN_CHARS_U etc.), for any text."""
    return re.compile(f"[{_PN_CHARS_BASE}_:0-9]"), re.compile(f"[{_PN_CHARS}:]")


def _plain_char(char: str, *, first: bool) -> bool:
    if char.isascii():
        return char in (_ASCII_FIRST if first else _ASCII_NEXT)
    first_class, next_class = _unicode_classes()
    return bool((first_class if first else next_class).fullmatch(char))


#: Lexical forms Turtle writes bare, by datatype (Turtle's BOOLEAN, INTEGER, DECIMAL, DOUBLE).
_BARE_LITERALS = {
    f"<{XSD}boolean>": re.compile("true|false"),
    f"<{XSD}integer>": re.compile("[+-]?[0-9]+"),
    f"<{XSD}decimal>": re.compile("[+-]?[0-9]*\\.[0-9]+"),
    f"<{XSD}double>": re.compile("[+-]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
}


def _local_name(local: str) -> str | None:
    """``local`` as the local part of a prefixed name, escaped, or None if it cannot be one."""
    escaped = []
    for position, char in enumerate(local):
        last = position == len(local) - 1
        plain = _plain_char(char, first=position == 0) or (position > 0 and char == "." and not last)
        if not plain and char not in _LOCAL_ESCAPES:
            return None
        escaped.append(char if plain else "\\" + char)
    return "".join(escaped)


class _TurtleText(dict[str, str]):
    """The Turtle text of N-Triples terms: IRIs as prefixed names where they can be, and
    booleans and numbers in their bare form."""

    def __init__(self, namespaces: dict[str, str]):
        super().__init__({RDF_TYPE: RDF_TYPE})
        self.namespaces = namespaces
        # the first namespace an IRI starts with, in one match instead of a test per namespace
        self.first_namespace = re.compile("|".join(f"({re.escape(iri)})" for iri in namespaces.values())).match

    def __missing__(self, term: str) -> str:
        if term.startswith("<"):
            text = self.iri(term[1:-1])
        elif term.startswith('"') and term.endswith(">"):
            quoted, _, datatype = term.rpartition("^^")
            bare = _BARE_LITERALS.get(datatype)
            text = quoted[1:-1] if bare and bare.fullmatch(quoted[1:-1]) else f"{quoted}^^{self[datatype]}"
        else:
            text = term
        self[term] = text
        return text

    def iri(self, iri: str) -> str:
        if self.namespaces and not self.first_namespace(iri):
            return f"<{iri}>"
        for name, namespace in self.namespaces.items():
            if iri.startswith(namespace):
                local = _local_name(iri[len(namespace) :]) if len(iri) > len(namespace) else ""
                if local is not None:
                    return f"{name}:{local}"
        return f"<{iri}>"


def to_turtle(groups: Groups, namespaces: dict[str, str]) -> bytes:
    """Turtle of the groups' triples (all graphs merged), one statement per subject."""
    names = _TurtleText(namespaces)
    name_of = names.__getitem__
    chunks: list[str] = []
    for _, subjects in _in_order(groups):
        for subject, predicates in subjects:
            statements = [
                f"{'a' if predicate == RDF_TYPE else name_of(predicate)} {' , '.join(map(name_of, objects))}"
                for predicate, objects in predicates
            ]
            chunks.append(f"{name_of(subject)} {STATEMENT_SEPARATOR.join(statements)} .\n")
    if not chunks:
        return b""
    head = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in namespaces.items())
    return (head + "".join(chunks)).encode()


STATEMENT_SEPARATOR = " ;\n\t"


def sorted_quads(graphs: NamedGraphs, *, merge: bool) -> list[ox.Quad]:
    """All quads, sorted as ``sorted_lines`` sorts them."""
    return list(_parsed(graphs, merge=merge))


def _parsed(graphs: NamedGraphs, *, merge: bool) -> Iterator[ox.Quad]:
    # pyoxigraph builds the terms from the sorted text in Rust: cheaper than building them here
    data = "".join(sorted_lines(graphs, merge=merge)).encode()
    return iter(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def serialize(graphs: NamedGraphs, format_name: str) -> bytes:
    """The graphs in ``format_name`` (see ``FORMATS``); triple formats merge the named graphs."""
    fmt = FORMATS[format_name]
    if fmt.name in ("n-triples", "n-quads"):
        return "".join(sorted_lines(graphs, merge=not fmt.quads)).encode()
    # Data IRIs hold "/" after the base, which a prefixed name would have to escape.
    vocabularies = {name: iri for name, iri in prefixes().items() if name not in DATA_PREFIXES}
    if fmt.name == "turtle":
        return to_turtle(_grouped(graphs, merge=True), vocabularies)
    if fmt.name == "json-ld":
        return to_jsonld(_parsed(graphs, merge=True))
    quads: Iterable[ox.Quad] = _parsed(graphs, merge=not fmt.quads)
    if fmt.name == "xml":
        quads = list(quads)
        _check_xml_characters(quads)
    named = vocabularies if fmt.name in ("trig", "xml") else None
    written = ox.serialize(quads, format=getattr(ox.RdfFormat, fmt.oxigraph or ""), prefixes=named)
    assert written is not None  # no output file was given, so pyoxigraph returns the bytes
    # An XML parser turns a raw carriage return into a line feed: keep it as a reference.
    return written.replace(b"\r", b"&#13;") if fmt.name == "xml" else written


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _check_xml_characters(quads: Iterable[ox.Quad]) -> None:
    """Refuse RDF/XML for text XML 1.0 cannot hold (a form feed from a PDF page break, say)."""
    for quad in quads:
        if isinstance(quad.object, ox.Literal):
            found = _XML_FORBIDDEN.search(quad.object.value)
            if found:
                raise InputError(
                    f"RDF/XML cannot hold the control character U+{ord(found.group()):04X}"
                    f" (at offset {found.start()} of a literal of {quad.subject});"
                    " use turtle, n-triples or json-ld"
                )


# --- JSON-LD compaction ---------------------------------------------------------


class _Compactor:
    """Compacts IRIs and values against the packaged context (JSON-LD 1.1 rules)."""

    def __init__(self, context: dict[str, Any]):
        self.prefixes = {iri: name for name, iri in prefixes().items()}
        self.default_language = context.get("@language")
        self.terms: dict[str, tuple[str, dict[str, Any]]] = {}
        for name, definition in context.items():
            if name.startswith("@") or name in prefixes():
                continue
            spec = {"@id": definition} if isinstance(definition, str) else definition
            self.terms[self.expand(spec["@id"])] = (name, spec)

    def expand(self, value: str) -> str:
        prefix, _, suffix = value.partition(":")
        return prefixes()[prefix] + suffix if prefix in prefixes() else value

    def iri(self, iri: str) -> str:
        best = ""
        for namespace in self.prefixes:
            if iri.startswith(namespace) and len(namespace) > len(best):
                best = namespace
        suffix = iri[len(best) :]
        if best and suffix and not suffix.startswith("//") and ":" not in suffix.split("/")[0]:
            return f"{self.prefixes[best]}:{suffix}"
        return iri

    def property_and_values(
        self, predicate: str, objects: list[ox.NamedNode | ox.Literal | ox.BlankNode]
    ) -> tuple[str, list[Any]]:
        term = self.terms.get(predicate)
        key = term[0] if term else self.iri(predicate)
        spec = term[1] if term else {}
        return key, [self.value(obj, spec) for obj in objects]

    def value(self, obj: ox.NamedNode | ox.Literal | ox.BlankNode, spec: dict[str, Any]) -> Any:
        coercion = spec.get("@type")
        if isinstance(obj, ox.NamedNode):
            if coercion in ("@id", "@vocab"):
                return self.iri(obj.value)
            return {"@id": self.iri(obj.value)}
        if isinstance(obj, ox.BlankNode):
            return {"@id": f"_:{obj.value}"}
        datatype = obj.datatype.value
        language = spec.get("@language", self.default_language)
        if obj.language:
            if language == obj.language and coercion is None:
                return obj.value
            return {"@value": obj.value, "@language": obj.language}
        if datatype == XSD + "boolean" and obj.value in ("true", "false"):
            return obj.value == "true"
        if coercion and coercion not in ("@id", "@vocab") and self.expand(coercion) == datatype:
            return obj.value
        if (
            datatype == XSD + "integer"
            and coercion is None
            and obj.value.lstrip("-").isdigit()
            and str(int(obj.value)) == obj.value
        ):
            return int(obj.value)
        if datatype == XSD + "string":
            if coercion is None and language is None:
                return obj.value
            return {"@value": obj.value}
        return {"@value": obj.value, "@type": self.iri(datatype)}


def to_jsonld(quads: Iterable[ox.Quad]) -> bytes:
    """Compacted JSON-LD with the packaged context inlined, nodes and keys sorted."""
    context = jsonld_context()["@context"]
    compactor = _Compactor(context)
    nodes: dict[str, dict[str, list[ox.NamedNode | ox.Literal | ox.BlankNode]]] = {}
    types: dict[str, list[str]] = {}
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    for quad in quads:
        subject = quad.subject
        if isinstance(subject, ox.Triple):
            raise TypeError("RDF-star quoted triples are not written as JSON-LD")
        subject_id = f"_:{subject.value}" if isinstance(subject, ox.BlankNode) else compactor.iri(subject.value)
        node = nodes.setdefault(subject_id, {})
        if quad.predicate.value == rdf_type and isinstance(quad.object, ox.NamedNode):
            types.setdefault(subject_id, []).append(compactor.iri(quad.object.value))
        else:
            node.setdefault(quad.predicate.value, []).append(quad.object)  # type: ignore[arg-type]
    graph = []
    for subject_id in sorted(set(nodes) | set(types)):
        entry: dict[str, Any] = {"@id": subject_id}
        if subject_id in types:
            entry["@type"] = sorted(types[subject_id])
        properties = {}
        for predicate, objects in nodes.get(subject_id, {}).items():
            key, values = compactor.property_and_values(predicate, objects)
            values.sort(key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
            properties[key] = values[0] if len(values) == 1 else values
        entry.update(sorted(properties.items()))
        graph.append(entry)
    document = {"@context": context, "@graph": graph}
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def context_document() -> bytes:
    """The JSON-LD context document, as written by ``valkg export -f json-ld-context``."""
    return (json.dumps(jsonld_context(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
