"""The ``valkg`` command line: a thin layer over ``valkg.api``.

Heavy libraries (rdflib, pyshacl, pyoxigraph) are imported inside the
commands that need them, so ``valkg --help`` starts instantly.

Exit codes: 0 success, 1 the graph does not conform / a load or query failed,
2 bad input or usage.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import click

from valkg import __version__
from valkg.errors import EXIT_FAILED, ValkgError

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

    from valkg.api import DocumentResult

F = TypeVar("F", bound=Callable[..., Any])

EXPORT_FORMATS = ("turtle", "json-ld", "n-triples", "n-quads", "trig", "xml", "json-ld-context")
DEFAULT_BASE = "https://w3id.org/valkg/"


class _Group(click.Group):
    """Turns valkg's own errors into one-line messages with their exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ValkgError as error:
            click.echo(f"valkg: error: {error}", err=True)
            sys.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("valkg: interrupted", err=True)
            sys.exit(130)


def monograph_options(function: F) -> F:
    """Options shared by every command that reads monographs."""
    function = click.argument("monographs", nargs=-1, metavar="[MONOGRAPH]...")(function)
    function = click.option(
        "--encoding",
        default="utf-8",
        show_default=True,
        help="Text encoding of the monograph files.",
    )(function)
    function = click.option(
        "--base",
        default=DEFAULT_BASE,
        show_default=True,
        metavar="IRI",
        help="Base under which IRIs are minted.",
    )(function)
    function = click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes (default: all cores).",
    )(function)
    function = click.option(
        "--fail-fast",
        is_flag=True,
        help="Stop at the first monograph that fails (default: report all).",
    )(function)
    return function


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="valkg")
def main() -> None:
    """Turn drug monographs into an RDF knowledge graph with provenance.

    MONOGRAPH is a text file, a directory of them, or - for stdin; with none,
    the bundled valacyclovir (Valtrex) monograph is used.

    \b
    Example:
      valkg export -f turtle -o valacyclovir.ttl
      valkg validate --data valacyclovir.ttl
      valkg query indications
    """


@contextmanager
def _building(
    sources: Sequence[str | None],
    *,
    base: str,
    encoding: str,
    check: bool,
    created: str | None,
    jobs: int | None,
    fail_fast: bool,
    serialize_as: str | None = None,
) -> Iterator[Iterator[DocumentResult]]:
    """``api.build_all`` over ``sources``; a single monograph is read and extracted in a child
    process (``valkg.ahead``) while this one imports the graph libraries and, with ``check``,
    reads the shapes.  ``-j 1`` keeps everything in one process.
    """
    from valkg.ahead import extract_ahead

    ahead = extract_ahead(sources[0], encoding) if len(sources) == 1 and jobs != 1 else None
    try:
        from valkg import api

        if ahead is not None and check:
            from valkg.validate import prepare_validation

            prepare_validation()
        yield api.build_all(
            sources,
            base=base,
            encoding=encoding,
            check=check,
            created=created,
            jobs=jobs,
            fail_fast=fail_fast,
            serialize_as=serialize_as,
            ahead=ahead,
        )
    finally:
        if ahead is not None:
            ahead.close()


def _build(
    monographs: Sequence[str],
    *,
    base: str,
    encoding: str,
    jobs: int | None,
    fail_fast: bool,
    check: bool = True,
    created: str | None = None,
    show_reports: bool = True,
) -> tuple[list[DocumentResult], list[DocumentResult]]:
    """Build every monograph, reporting failures on stderr; returns (ok, failed)."""
    from valkg.reader import expand_sources

    sources = expand_sources(monographs)
    show_progress = len(sources) > 1 and sys.stderr.isatty()
    results: list[DocumentResult] = []
    building = _building(
        sources, base=base, encoding=encoding, check=check, created=created, jobs=jobs, fail_fast=fail_fast
    )
    with building as iterator:
        if show_progress:
            with click.progressbar(length=len(sources), label="monographs", file=sys.stderr) as bar:
                for result in iterator:
                    results.append(result)
                    bar.update(1)
        else:
            results.extend(iterator)
    ok, failed = [], []
    for result in results:
        for warning in result.warnings:
            click.echo(f"valkg: warning: {result.source}: {warning}", err=True)
        if result.error is not None:
            failed.append(result)
            click.echo(f"valkg: error: {result.error}", err=True)
            if show_reports and result.report is not None and not result.report.conforms:
                click.echo(result.report.text(), err=True, nl=False)
        else:
            ok.append(result)
    return ok, failed


def built_graphs(
    monographs: Sequence[str],
    base: str,
    encoding: str,
    jobs: int | None,
    fail_fast: bool,
    check: bool,
    consequence: str,
) -> list[tuple[URIRef | None, Graph]]:
    """The (name, graph) pairs of the monographs; exits like ``export`` when any fails."""
    ok, failed = _build(monographs, base=base, encoding=encoding, jobs=jobs, fail_fast=fail_fast, check=check)
    if failed:
        if len(ok) + len(failed) > 1:
            click.echo(f"valkg: {len(failed)} of {len(ok) + len(failed)} monographs failed; {consequence}", err=True)
        sys.exit(_exit_code(failed))
    return [(r.graph_name, r.graph) for r in ok if r.graph is not None]


def _exit_code(failed: Sequence[DocumentResult]) -> int:
    if not failed:
        return 0
    return max(r.error.exit_code if r.error else EXIT_FAILED for r in failed)


@main.command()
@monograph_options
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(EXPORT_FORMATS),
    default="turtle",
    show_default=True,
    help="Output syntax; n-quads and trig keep one named graph per monograph.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (default: stdout).")
@click.option("--no-validate", is_flag=True, help="Write even a graph that does not conform to the shapes.")
@click.option(
    "--created",
    metavar="DATE",
    help="dcterms:created of the dataset (YYYY-MM-DD); omitted by default.",
)
def export(
    monographs: tuple[str, ...],
    format_name: str,
    output: str | None,
    no_validate: bool,
    created: str | None,
    encoding: str,
    base: str,
    jobs: int | None,
    fail_fast: bool,
) -> None:
    """Build the knowledge graph of monographs and write it.

    The graph is validated against the shapes first; nothing is written if any
    monograph fails (exit 1: does not conform, 2: bad input).

    \b
    Example:
      valkg export                              # bundled monograph, Turtle
      valkg export -f json-ld -o valtrex.jsonld
      valkg export monographs/ -f n-quads -o corpus.nq
    """
    from valkg.output import write_output

    if format_name == "json-ld-context":
        from valkg.serialize import context_document

        write_output(output, context_document())
        return
    if created is not None:
        _check_date(created)
    if format_name == "n-quads":
        _export_streamed(monographs, output, base, encoding, jobs, fail_fast, not no_validate, created)
        return
    ok, failed = _build(
        monographs,
        base=base,
        encoding=encoding,
        jobs=jobs,
        fail_fast=fail_fast,
        check=not no_validate,
        created=created,
    )
    if failed:
        if len(ok) + len(failed) > 1:
            click.echo(
                f"valkg: {len(failed)} of {len(ok) + len(failed)} monographs failed; nothing written",
                err=True,
            )
        sys.exit(_exit_code(failed))
    from valkg.serialize import serialize

    write_output(output, serialize([(r.graph_name, r.graph) for r in ok if r.graph is not None], format_name))


def _export_streamed(
    monographs: Sequence[str],
    output: str | None,
    base: str,
    encoding: str,
    jobs: int | None,
    fail_fast: bool,
    check: bool,
    created: str | None,
) -> None:
    """Write N-Quads one monograph at a time, so memory does not grow with the corpus.

    Each worker sends back its monograph's sorted named graph; graphs follow the order of
    the sources, so the output is as deterministic as a globally sorted one.
    """
    from valkg.output import output_file
    from valkg.reader import expand_sources

    sources = expand_sources(monographs)
    failed = 0
    building = _building(
        sources,
        base=base,
        encoding=encoding,
        check=check,
        created=created,
        jobs=jobs,
        fail_fast=fail_fast,
        serialize_as="n-quads",
    )
    with building as results, output_file(output) as handle:
        bar = (
            click.progressbar(length=len(sources), label="monographs", file=sys.stderr)
            if len(sources) > 1 and sys.stderr.isatty()
            else None
        )
        for result in results:
            for warning in result.warnings:
                click.echo(f"valkg: warning: {result.source}: {warning}", err=True)
            if result.error is not None:
                failed = max(failed, result.error.exit_code)
                click.echo(f"valkg: error: {result.error}", err=True)
                if result.report is not None and not result.report.conforms:
                    click.echo(result.report.text(), err=True, nl=False)
            elif result.data is not None:
                handle.write(result.data)
            if bar is not None:
                bar.update(1)
        if failed:
            if len(sources) > 1:
                click.echo("valkg: some monographs failed; nothing written", err=True)
            raise SystemExit(failed)  # leaves the with block by an exception: no file is written


def _check_date(value: str) -> None:
    import datetime

    from valkg.errors import InputError

    try:
        datetime.date.fromisoformat(value)
    except ValueError as error:
        raise InputError(f"--created must be a date YYYY-MM-DD, not {value!r}") from error


@main.command("validate")
@monograph_options
@click.option(
    "--data",
    "data_files",
    multiple=True,
    type=str,
    metavar="GRAPHFILE",
    help="Validate an RDF file instead of building from monographs (repeatable).",
)
@click.option("--data-format", help="RDF syntax of --data files (default: from the extension).")
@click.option(
    "--format",
    "report_format",
    type=click.Choice(["text", "turtle"]),
    default="text",
    show_default=True,
    help="Report as readable text or as the SHACL validation report graph.",
)
def validate_command(
    monographs: tuple[str, ...],
    data_files: tuple[str, ...],
    data_format: str | None,
    report_format: str,
    encoding: str,
    base: str,
    jobs: int | None,
    fail_fast: bool,
) -> None:
    """Check a graph against valkg's SHACL shapes.

    Exit 0 if it conforms, 1 if it does not (report on stdout), 2 on bad input.

    \b
    Example:
      valkg validate                     # the bundled monograph's graph
      valkg validate --data graph.ttl --format turtle
    """
    from valkg.errors import InputError
    from valkg.graphfile import read_graph
    from valkg.output import write_stdout
    from valkg.serialize import serialize
    from valkg.validate import validate

    if data_files and monographs:
        raise InputError("give monographs or --data files, not both")
    reports = []
    if data_files:
        for path in data_files:
            reports.append((path, validate(read_graph(path, data_format))))
    else:
        ok, failed = _build(
            monographs,
            base=base,
            encoding=encoding,
            jobs=jobs,
            fail_fast=fail_fast,
            check=True,
            show_reports=False,
        )
        bad_input = [r for r in failed if r.report is None]
        if bad_input:
            sys.exit(_exit_code(bad_input))
        reports = [(r.source, r.report) for r in ok + failed if r.report is not None]
    conforms = True
    for source, report in reports:
        conforms = conforms and report.conforms
        if report_format == "turtle":
            from rdflib import URIRef

            write_stdout(serialize([(URIRef("urn:valkg:report"), report.graph)], "turtle"))
        else:
            prefix = f"{source}: " if len(reports) > 1 else ""
            write_stdout((prefix + report.text()).encode("utf-8"))
    sys.exit(0 if conforms else EXIT_FAILED)


@main.command("query")
@click.argument("query", required=False, metavar="[NAME|FILE.rq]")
@monograph_options
@click.option("-e", "--expression", help="Run this SPARQL text instead of a named query or file.")
@click.option(
    "--data",
    "data_files",
    multiple=True,
    metavar="GRAPHFILE",
    help="Query an RDF file instead of building from monographs (repeatable).",
)
@click.option("--data-format", help="RDF syntax of --data files (default: from the extension).")
@click.option(
    "-f",
    "--format",
    "result_format",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default=None,
    help="Result format (default: table on a terminal, csv otherwise).",
)
@click.option(
    "--list",
    "list_queries",
    is_flag=True,
    help="List the named queries and the question each answers.",
)
@click.option(
    "--allow-network",
    is_flag=True,
    help="Permit SERVICE and remote FROM (refused by default; LOAD never is).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Stop a query that runs longer.",
)
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="Return at most N rows.")
@click.option("--no-validate", is_flag=True, help="Query monographs without validating their graphs first.")
def query_command(
    query: str | None,
    monographs: tuple[str, ...],
    expression: str | None,
    data_files: tuple[str, ...],
    data_format: str | None,
    result_format: str | None,
    list_queries: bool,
    allow_network: bool,
    timeout: float | None,
    limit: int | None,
    no_validate: bool,
    encoding: str,
    base: str,
    jobs: int | None,
    fail_fast: bool,
) -> None:
    """Run a SPARQL query over the graph of monographs (or of --data files).

    QUERY is the name of a packaged competency query (see --list), or a .rq
    file; or pass the text with -e.  The default graph is the merge of all
    monographs' graphs.

    \b
    Example:
      valkg query --list
      valkg query indications -f csv
      valkg query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      valkg query doses --data corpus.nq -f json
    """
    from pathlib import Path

    from valkg.errors import InputError
    from valkg.output import write_stdout
    from valkg.query import format_results, make_store, named_queries, query_store, store_from_files

    if list_queries:
        width = max(len(n) for n in named_queries())
        lines = [f"{q.name.ljust(width)}  {q.question}" for q in named_queries().values()]
        write_stdout(("\n".join(lines) + "\n").encode())
        return
    query_source = None
    if expression is not None:
        if query is not None:
            monographs = (query, *monographs)
        text = expression
    elif query is None:
        raise InputError("name a query (see valkg query --list), give a .rq file, or pass -e 'SPARQL'")
    elif query in named_queries():
        text = named_queries()[query].text
    elif query.endswith((".rq", ".sparql")) or Path(query).is_file():
        if not Path(query).is_file():
            raise InputError("no such query file", source=query)
        text = _read_query_file(query)
        query_source = query
    else:
        raise InputError(f"unknown query {query!r}; named queries: {', '.join(named_queries())}")
    if data_files and monographs:
        raise InputError("give monographs or --data files, not both")
    if data_files:
        store = store_from_files(data_files, data_format)
    else:
        store = make_store(built_graphs(monographs, base, encoding, jobs, fail_fast, not no_validate, "no query run"))
    results = query_store(text, store, allow_network=allow_network, limit=limit, timeout=timeout, source=query_source)
    chosen = result_format or ("table" if sys.stdout.isatty() else "csv")
    write_stdout(format_results(results, chosen))


@main.command("evaluate")
@click.argument("monograph_dir", default="evaluation/monographs", type=click.Path(file_okay=False))
@click.argument("gold_dir", default="evaluation/gold", type=click.Path(file_okay=False))
@click.option("--details", is_flag=True, help="List every missed and spurious item.")
@click.option(
    "--min-score",
    type=click.FloatRange(0, 1),
    default=None,
    metavar="X",
    help="Exit 1 if any category's precision or recall is below X.",
)
def evaluate_command(monograph_dir: str, gold_dir: str, details: bool, min_score: float | None) -> None:
    """Measure extraction against gold annotations (precision, recall, F1 per category).

    Each NAME.json in GOLD_DIR is compared with the graph of NAME.txt in
    MONOGRAPH_DIR, read through the named queries. A monograph that cannot
    be read is reported, scored as all missed, and makes the exit status 1.

    \b
    Example:
      valkg evaluate evaluation/monographs evaluation/gold --details
    """
    from valkg.evaluate import evaluate, report
    from valkg.output import write_stdout

    evaluation = evaluate(monograph_dir, gold_dir)
    write_stdout(report(evaluation.scores, details=details).encode("utf-8"))
    for failure in evaluation.failed:
        click.echo(f"valkg: error: {failure} (scored as all missed)", err=True)
    failed = bool(evaluation.failed)
    if min_score is not None:
        low = [c for c, s in evaluation.scores.items() if s.precision < min_score or s.recall < min_score]
        if low:
            click.echo(f"valkg: below {min_score}: {', '.join(low)}", err=True)
            failed = True
    if failed:
        sys.exit(EXIT_FAILED)


def _read_query_file(path: str) -> str:
    from pathlib import Path

    from valkg.errors import InputError

    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=path) from error
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise InputError(
            f"a query file must be UTF-8 (byte 0x{raw[error.start]:02x} at byte offset {error.start} is not)",
            source=path,
            where=f"{line}:{column}",
        ) from error


# Commands kept in their own modules (each imports only click at module level).
from valkg.cli_docs import docs_command  # noqa: E402
from valkg.cli_store import load_command, serve_command  # noqa: E402

main.add_command(load_command, "load")
main.add_command(serve_command, "serve")
main.add_command(docs_command, "docs")


def help_pages() -> dict[str | None, str]:
    """Every help page as ``valkg [COMMAND] --help`` prints it on a terminal of 80 columns or more.

    ``valkg.console`` serves these from ``valkg/data/help`` (written by
    ``scripts/build_help.py``) so that asking for help does not import click.
    """
    root = click.Context(main, info_name="valkg", terminal_width=78, **main.context_settings)
    pages: dict[str | None, str] = {None: root.get_help() + "\n"}
    for name, command in sorted(main.commands.items()):
        pages[name] = click.Context(command, info_name=name, parent=root).get_help() + "\n"
    return pages
