"""Validate a graph against the SHACL shapes in ``shapes/`` (pyshacl).

pyshacl is given an rdflib graph: over a pyoxigraph-backed store it gets
``sh:in`` wrong.  Graphs are validated one document at a time, so the cost
stays linear in the corpus.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH
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
    """Every ``*.ttl`` file of a packaged folder, parsed into one graph."""
    graph = Graph()
    folder = package_dir(name)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".ttl"):
            graph.parse(data=entry.read_text(encoding="utf-8"), format="turtle")
    return graph


@cache
def shapes_graph() -> Graph:
    """The packaged SHACL shapes (``shapes/``), as one graph."""
    return _turtle_folder("shapes")


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


_PREPARED: dict[tuple[str, tuple[tuple[str, str], ...], str | None], Any] = {}


@contextmanager
def _prepared_sparql() -> Iterator[None]:
    """Parse each SPARQL constraint of the shapes once, not on every validation.

    pyshacl hands rdflib the text of every sh:sparql constraint for each graph
    it validates, and rdflib's parser costs ~60 ms a query: more than the rest
    of the validation of a monograph's graph.  rdflib evaluates a prepared query
    exactly as it evaluates the text, so the cache changes nothing but the time.
    """
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.processor import SPARQLProcessor

    original = SPARQLProcessor.query

    def query(
        self: SPARQLProcessor,
        query_object: Any,
        initBindings: Mapping[str, Any] | None = None,
        initNs: Mapping[str, Any] | None = None,
        base: str | None = None,
        DEBUG: bool = False,
    ) -> Mapping[str, Any]:
        if isinstance(query_object, str):
            key = (
                query_object,
                tuple(sorted((k, str(v)) for k, v in (initNs or {}).items())),
                base,
            )
            if key not in _PREPARED:
                _PREPARED[key] = prepareQuery(query_object, initNs=dict(initNs or {}), base=base)
            query_object = _PREPARED[key]
        return original(self, query_object, initBindings, None, base, DEBUG)

    SPARQLProcessor.query = query  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        SPARQLProcessor.query = original  # type: ignore[method-assign]


def validate(graph: Graph) -> Report:
    """Validate ``graph`` against the packaged shapes; warnings do not break conformance."""
    from pyshacl import validate as shacl_validate

    with _prepared_sparql():
        conforms, report_graph, _ = shacl_validate(
            graph,
            shacl_graph=shapes_graph(),
            inference="none",
            allow_warnings=True,
        )
    violations = []
    shapes = shapes_graph()
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
