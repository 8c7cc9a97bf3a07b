"""Validate a graph against the SHACL shapes in ``shapes/`` (pyshacl).

pyshacl is given an rdflib graph: over a pyoxigraph-backed store it gets
``sh:in`` wrong.  The store of that graph answers the SHACL-SPARQL
constraints with pyoxigraph (see ``_OxigraphQueriedMemory``); the tests check
that the report equals plain pyshacl's.  Graphs are validated one document at
a time, so the cost stays linear in the corpus.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

from valkg.resources import package_dir


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result."""

    severity: str
    focus: str
    path: str
    shape: str
    constraint: str
    message: str
    value: str = ""

    def line(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}{value} [shape {self.shape}]"


@dataclass
class Report:
    """The outcome of validating a graph."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    graph: Graph = field(default_factory=Graph)

    def text(self) -> str:
        if not self.violations:
            return "Conforms: the graph meets every shape.\n"
        head = "Conforms (with warnings)" if self.conforms else "Does not conform"
        counts: dict[str, int] = {}
        for violation in self.violations:
            counts[violation.severity] = counts.get(violation.severity, 0) + 1
        summary = ", ".join(f"{n} {s.lower()}{'s' if n != 1 else ''}" for s, n in sorted(counts.items()))
        lines = [f"{head}: {summary}."]
        lines += [v.line() for v in sorted(self.violations, key=lambda v: (v.severity, v.focus, v.path))]
        return "\n".join(lines) + "\n"


def _turtle_folder(name: str) -> Graph:
    """Every ``*.ttl`` file of a packaged folder, in one graph with the files' prefixes bound.

    pyoxigraph parses, rdflib holds the triples: half the time of rdflib's Turtle parser, paid
    by every process that validates.
    """
    import pyoxigraph as ox
    from rdflib import BNode

    from valkg.graphfile import to_rdflib

    graph = Graph()
    folder = package_dir(name)
    files = [entry for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".ttl")]
    for number, entry in enumerate(files):

        def term(node: Any, number: int = number) -> Node:
            # blank node labels are local to their file
            return BNode(f"f{number}{node.value}") if isinstance(node, ox.BlankNode) else to_rdflib(node)

        parser = ox.parse(entry.read_bytes(), format=ox.RdfFormat.TURTLE)
        graph.addN((term(q.subject), term(q.predicate), term(q.object), graph) for q in parser)
        for prefix, namespace in parser.prefixes.items():
            graph.bind(prefix, namespace)
    return graph


@cache
def shapes_graph() -> Graph:
    """The packaged SHACL shapes (``shapes/``), as one graph."""
    return _turtle_folder("shapes")


_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


@cache
def _validation_shapes() -> Graph:
    """The shapes as pyshacl validates them fastest: the targets of a node shape written on
    each of its ``sh:property`` shapes instead.

    pyshacl validates a node shape's property shapes once per focus node (some 1,500 shape
    evaluations for one monograph, half the validation); a property shape with targets of its
    own is validated once for all its focus nodes.  By SHACL's definition of targets the
    results are the same, down to their ``sh:sourceShape`` (tests/test_shapes.py compares the
    reports with plain pyshacl's on the file as written).  A property shape that anything else
    refers to (another node shape, a logical constraint) is left where it is.
    """
    graph = _turtle_folder("shapes")  # parsed again: copying shapes_graph() takes longer
    for node_shape in set(graph.subjects(RDF.type, SH.NodeShape)):
        targets = [(p, o) for p in _TARGETS for o in graph.objects(node_shape, p)]
        if not targets or graph.value(node_shape, SH.deactivated) is not None:
            continue
        for property_shape in list(graph.objects(node_shape, SH.property)):
            if set(graph.subject_predicates(property_shape)) != {(node_shape, SH.property)}:
                continue
            graph.remove((node_shape, SH.property, property_shape))
            graph.addN((property_shape, p, o, graph) for p, o in targets)
    return graph


@cache
def ontology_graph() -> Graph:
    """The packaged OWL ontology (``ontology/``)."""
    return _turtle_folder("ontology")


def _short(node: Node | None, graph: Graph) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # an IRI that has no prefixed form
            return str(node)
    return str(node)


class _OxigraphQueriedMemory(Memory):
    """rdflib's in-memory store, answering SPARQL queries with pyoxigraph.

    pyshacl reads triples through rdflib for the core constraints (its
    ``sh:in`` is wrong over a pyoxigraph-backed graph), but hands the text of
    each SHACL-SPARQL constraint to ``Graph.query``, which asks the store first.
    rdflib's parser costs ~25 ms a query and its engine ~10 ms an evaluation:
    together more than half of a monograph's validation.  pyoxigraph does both
    in well under a millisecond over a mirror of the same triples.  Only the
    packaged shapes' SELECT and ASK queries get here (no SERVICE, no LOAD);
    anything else is left to rdflib.
    """

    def __init__(self) -> None:
        super().__init__()
        self._mirror: Any = None

    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        self._mirror = None
        super().add(triple, context, quoted)

    def remove(self, triple: Any, context: Any = None) -> None:
        self._mirror = None
        super().remove(triple, context)

    def query(
        self,
        query: Any,
        initNs: Mapping[str, Any],
        initBindings: Mapping[str, Any],
        queryGraph: Any,
        **kwargs: Any,
    ) -> Any:
        import pyoxigraph as ox
        from rdflib.plugins.sparql.processor import SPARQLResult
        from rdflib.term import Variable

        from valkg.graphfile import to_rdflib
        from valkg.serialize import to_oxigraph

        if not isinstance(query, str) or kwargs.get("base") or "SERVICE" in query.upper():
            raise NotImplementedError  # rdflib's own engine answers instead
        if self._mirror is None:
            self._mirror = ox.Store()
            self._mirror.extend(
                ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]
                for (s, p, o), _ in self.triples((None, None, None))
            )
        answer = self._mirror.query(
            query,
            prefixes={prefix: str(namespace) for prefix, namespace in initNs.items()},
            substitutions={ox.Variable(name): to_oxigraph(value) for name, value in initBindings.items()},
        )
        if isinstance(answer, ox.QueryBoolean):
            return SPARQLResult({"type_": "ASK", "askAnswer": bool(answer)})
        if not isinstance(answer, ox.QuerySolutions):
            raise NotImplementedError
        names = [variable.value for variable in answer.variables]
        rows = [
            {Variable(name): to_rdflib(term) for name in names if (term := solution[name]) is not None}
            for solution in answer
        ]
        return SPARQLResult({"type_": "SELECT", "vars_": [Variable(name) for name in names], "bindings": rows})


def prepare_validation() -> None:
    """Import pyshacl and read the shapes now, as the first ``validate`` would."""
    import pyshacl  # noqa: F401

    _validation_shapes()


def validate(graph: Graph) -> Report:
    """Validate ``graph`` against the packaged shapes; warnings do not break conformance."""
    from pyshacl import validate as shacl_validate

    data = Graph(store=_OxigraphQueriedMemory())
    data.namespace_manager = graph.namespace_manager
    data.addN((s, p, o, data) for s, p, o in graph)
    conforms, report_graph, _ = shacl_validate(
        data,
        shacl_graph=_validation_shapes(),
        inference="none",
        allow_warnings=True,
    )
    violations = []
    shapes = _validation_shapes()
    for result in report_graph.subjects(RDF.type, SH.ValidationResult):
        get = report_graph.value
        severity = _short(get(result, SH.resultSeverity), shapes).split(":")[-1].split("#")[-1]
        violations.append(
            Violation(
                severity=severity,
                focus=str(get(result, SH.focusNode) or ""),
                path=_short(get(result, SH.resultPath), shapes),
                shape=_short(get(result, SH.sourceShape), shapes),
                constraint=_short(get(result, SH.sourceConstraintComponent), shapes),
                message=str(get(result, SH.resultMessage) or ""),
                value=str(get(result, SH.value) or ""),
            )
        )
    return Report(bool(conforms), violations, report_graph)
