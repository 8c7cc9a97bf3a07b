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
from pathlib import Path

from rdflib import Graph, URIRef

from valkg.errors import InputError, ValidationFailed, ValkgError
from valkg.extract import Extraction, extract
from valkg.graph import Minter, build_graph
from valkg.namespaces import DEFAULT_BASE
from valkg.reader import read_monograph
from valkg.validate import Report, validate

#: File name endings treated as monographs when a directory is given.
MONOGRAPH_SUFFIXES = (".txt", ".text", ".md")


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


def expand_sources(paths: Sequence[str]) -> list[str | None]:
    """Monograph sources: files as given, directories expanded (sorted), ``-`` for stdin.

    No paths means the bundled monograph (``None``).
    """
    if not paths:
        return [None]
    sources: list[str | None] = []
    for path in paths:
        if path == "-":
            sources.append("-")
            continue
        folder = Path(path)
        if folder.is_dir():
            found = sorted(str(p) for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in MONOGRAPH_SUFFIXES)
            if not found:
                raise InputError(
                    f"directory holds no monographs (no {', '.join(MONOGRAPH_SUFFIXES)} files)",
                    source=path,
                )
            sources.extend(found)
        else:
            sources.append(path)
    return sources


def build(
    source: str | None = None,
    *,
    base: str = DEFAULT_BASE,
    encoding: str = "utf-8",
    check: bool = True,
    created: str | None = None,
    serialize_as: str | None = None,
) -> DocumentResult:
    """Read, extract, build and (with ``check``) validate one monograph.

    Errors a user can act on are returned in ``DocumentResult.error``, not raised. With
    ``serialize_as`` (a format of ``valkg.serialize.FORMATS``) the result carries the
    serialized named graph in ``data`` instead of the graph itself.
    """
    label = source if source is not None else "bundled monograph"
    try:
        monograph = read_monograph(source, encoding=encoding)
        extraction = extract(monograph)
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
) -> Iterator[DocumentResult]:
    """Build every source, in order, across ``jobs`` processes (default: all cores).

    With ``fail_fast`` the iteration stops after the first failed document; with
    ``serialize_as`` each result carries its serialized graph (see ``build``).
    """
    jobs = jobs or os.cpu_count() or 1
    arguments = [(s, base, encoding, check, created, serialize_as) for s in sources]
    if "-" in sources or jobs == 1 or len(sources) < 4:
        results: Iterator[DocumentResult] = map(_build_for_pool, arguments)
        for result in results:
            if progress:
                progress(result)
            yield result
            if fail_fast and not result.ok:
                return
        return
    from concurrent.futures import ProcessPoolExecutor  # 10 ms of imports a single document does not need

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
