"""Read RDF graph files (for ``validate --data`` and ``query --data``).

Parsing is done by pyoxigraph, whose errors carry line and column; it never
fetches a remote JSON-LD ``@context`` (valkg refuses such files offline).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from valkg.errors import InputError

_EXTENSIONS = {
    ".ttl": "TURTLE",
    ".turtle": "TURTLE",
    ".nt": "N_TRIPLES",
    ".ntriples": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".nquads": "N_QUADS",
    ".trig": "TRIG",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
    ".xml": "RDF_XML",
    ".n3": "N3",
}
FORMAT_NAMES = {
    "turtle": "TURTLE",
    "n-triples": "N_TRIPLES",
    "n-quads": "N_QUADS",
    "trig": "TRIG",
    "json-ld": "JSON_LD",
    "xml": "RDF_XML",
    "n3": "N3",
}


def guess_format(path: str, explicit: str | None = None) -> str:
    """The pyoxigraph format name of a graph file, from ``explicit`` or the file extension."""
    if explicit:
        if explicit not in FORMAT_NAMES:
            raise InputError(
                f"unknown graph format {explicit!r} (one of: {', '.join(FORMAT_NAMES)})",
                source=path,
            )
        return FORMAT_NAMES[explicit]
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise InputError(
            f"cannot tell the RDF format from the extension {suffix or '(none)'!r};"
            f" pass --data-format ({', '.join(FORMAT_NAMES)})",
            source=path,
        )
    return _EXTENSIONS[suffix]


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype))


def parse_quads(path: str, data_format: str | None = None) -> list[ox.Quad]:
    """Parse a graph file into quads, with a one-line error naming the file, line and column."""
    file = Path(path)
    if not file.is_file():
        raise InputError("no such file" if not file.exists() else "not a file", source=path)
    fmt = getattr(ox.RdfFormat, guess_format(path, data_format))
    try:
        return list(ox.parse(path=str(file), format=fmt))
    except SyntaxError as error:
        # ``msg`` without the " (file, line n)" that str() appends: the prefix names both.
        message = error.msg or str(error)
        if "LoadDocumentCallback" in message or "remote context" in message.lower():
            raise InputError(
                "the JSON-LD @context refers to a remote document; valkg does not fetch it (offline)."
                " Inline the context (valkg export -f json-ld-context writes valkg's)",
                source=path,
            ) from error
        where = f"{error.lineno}:{error.offset}" if error.lineno else None
        raise InputError(f"cannot parse as {fmt}: {message}", source=path, where=where) from error
    except (OSError, ValueError) as error:
        raise InputError(f"cannot read: {error}", source=path) from error


def read_graph(path: str, data_format: str | None = None) -> Graph:
    """The triples of a graph file (all named graphs merged) as an rdflib graph."""
    graph = Graph()
    for quad in parse_quads(path, data_format):
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))  # type: ignore[arg-type]
    return graph


def read_named_graphs(path: str, data_format: str | None = None) -> list[tuple[URIRef | None, Graph]]:
    """The graphs of a file as (name, graph) pairs, the default graph named ``None``, in file order."""
    graphs: dict[str | None, Graph] = {}
    for quad in parse_quads(path, data_format):
        name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        graph = graphs.setdefault(name, Graph())
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))  # type: ignore[arg-type]
    return [(None if name is None else URIRef(name), graph) for name, graph in graphs.items()]
