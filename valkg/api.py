"""The library API: the whole pipeline in a few calls, for scripts and notebooks.

>>> from valkg import api
>>> result = api.build()                    # the bundled monograph
>>> result.graph.serialize(format="turtle")  # an rdflib graph
>>> api.export(["a.txt", "b.txt"], "n-quads", "out.nq")
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef

from valkg.errors import ValidationFailed, ValkgError
from valkg.graph import Minter, build_graph
from valkg.namespaces import DEFAULT_BASE
from valkg.reader import MONOGRAPH_SUFFIXES, expand_sources, read_monograph
from valkg.validate import Report, validate

if TYPE_CHECKING:
    from valkg.ahead import ExtractionAhead
    from valkg.claims import Extraction

__all__ = [
    "MONOGRAPH_SUFFIXES",
    "DocumentResult",
    "build",
    "build_all",
    "expand_sources",
    "export",
    "warn",
]


@dataclass
class DocumentResult:
    """The outcome of one monograph: its graph, or the error that stopped it."""

    source: str
    graph_name: URIRef | None = None
    graph: Graph | None = None
    extraction: Extraction | None = None
    report: Report | None = None
    error: ValkgError | None = None
    warnings: list[str] = field(default_factory=list)
    #: The graph serialized by the worker (``build(..., serialize_as=...)``); graph and
    #: extraction are then dropped, so only bytes travel between processes.
    data: bytes | None = None
    triples: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and (self.report is None or self.report.conforms)


def build(
    source: str | None = None,
    *,
    base: str = DEFAULT_BASE,
    encoding: str = "utf-8",
    check: bool = True,
    created: str | None = None,
    serialize_as: str | None = None,
    ahead: ExtractionAhead | None = None,
) -> DocumentResult:
    """Read, extract, build and (with ``check``) validate one monograph.

    Errors a user can act on are returned in ``DocumentResult.error``, not raised. With
    ``serialize_as`` (a format of ``valkg.serialize.FORMATS``) the result carries the
    serialized named graph in ``data`` instead of the graph itself.  ``ahead`` is the
    reading and extraction of ``source`` started by ``valkg.ahead.extract_ahead``.
    """
    label = source if source is not None else "bundled monograph"
    try:
        extraction = ahead.result() if ahead is not None else None
        if extraction is None:
            from valkg.extract import extract

            extraction = extract(read_monograph(source, encoding=encoding))
        monograph = extraction.monograph
        graph = build_graph(extraction, base=base, created=created)
        report = validate(graph) if check else None
        name = Minter(base, monograph.sha256).dataset()
        result = DocumentResult(monograph.source, name, graph, extraction, report, warnings=extraction.warnings)
        if report is not None and not report.conforms:
            result.error = ValidationFailed(f"{monograph.source}: the graph does not conform to the shapes")
        if serialize_as is not None:
            from valkg.serialize import serialize

            result.triples = len(graph)
            if result.error is None:
                result.data = serialize([(name, graph)], serialize_as)
            result.graph = result.extraction = None
            if report is not None:
                report.graph = Graph()  # the text of the report is kept; its graph stays in the worker
        return result
    except ValkgError as error:
        return DocumentResult(label, error=error)


def _build_for_pool(arguments: tuple[str | None, str, str, bool, str | None, str | None]) -> DocumentResult:
    source, base, encoding, check, created, serialize_as = arguments
    return build(source, base=base, encoding=encoding, check=check, created=created, serialize_as=serialize_as)


def build_all(
    sources: Sequence[str | None],
    *,
    base: str = DEFAULT_BASE,
    encoding: str = "utf-8",
    check: bool = True,
    created: str | None = None,
    jobs: int | None = None,
    fail_fast: bool = False,
    progress: Callable[[DocumentResult], None] | None = None,
    serialize_as: str | None = None,
    ahead: ExtractionAhead | None = None,
) -> Iterator[DocumentResult]:
    """Build every source, in order, across ``jobs`` processes (default: all cores).

    With ``fail_fast`` the iteration stops after the first failed document; with
    ``serialize_as`` each result carries its serialized graph (see ``build``); ``ahead``
    is the extraction of the first source, started early (see ``build``).
    """
    jobs = jobs or os.cpu_count() or 1
    if "-" in sources or jobs == 1 or len(sources) < 4:
        for number, source in enumerate(sources):
            result = build(
                source,
                base=base,
                encoding=encoding,
                check=check,
                created=created,
                serialize_as=serialize_as,
                ahead=ahead if number == 0 else None,
            )
            if progress:
                progress(result)
            yield result
            if fail_fast and not result.ok:
                return
        return
    from concurrent.futures import ProcessPoolExecutor  # 10 ms of imports a single document does not need

    import valkg.extract  # compiled once here, inherited by every worker

    if serialize_as is not None:
        import valkg.serialize  # noqa: F401 - likewise: pyoxigraph shared, not loaded per worker

    if ahead is not None:
        ahead.close()
    arguments = [(s, base, encoding, check, created, serialize_as) for s in sources]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for result in pool.map(_build_for_pool, arguments, chunksize=max(1, min(32, len(sources) // (jobs * 4)))):
            if progress:
                progress(result)
            yield result
            if fail_fast and not result.ok:
                pool.shutdown(wait=False, cancel_futures=True)
                return


def export(
    paths: Sequence[str],
    format_name: str = "turtle",
    output: str | None = None,
    *,
    base: str = DEFAULT_BASE,
    check: bool = True,
    **options: object,
) -> list[DocumentResult]:
    """Build the monographs and write them in ``format_name`` to ``output`` (stdout when None).

    Nothing is written when any document fails; raises the first error.
    """
    from valkg.output import write_output
    from valkg.serialize import serialize

    results = list(build_all(expand_sources(paths), base=base, check=check, **options))  # type: ignore[arg-type]
    for result in results:
        if result.error is not None:
            raise result.error
    graphs = [(r.graph_name, r.graph) for r in results if r.graph is not None]
    write_output(output, serialize(graphs, format_name))
    return results


def warn(message: str) -> None:
    """Print a warning on stderr."""
    print(f"valkg: warning: {message}", file=sys.stderr)
