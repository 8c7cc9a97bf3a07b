"""SPARQL over the graph: the named competency queries, ad-hoc queries, safety.

Queries run in pyoxigraph (an in-memory store, the default graph being the
union of the monographs' named graphs).  Both rdflib and pyoxigraph follow
``SERVICE``, ``LOAD`` and remote ``FROM`` to the network, and pyoxigraph
does so invisibly to audit hooks, so every query is parsed first and such
queries are refused unless the caller allows network access.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from valkg.errors import InputError, QueryRefused, ValkgError
from valkg.resources import package_dir
from valkg.serialize import NamedGraphs, sorted_quads

RESULT_FORMATS = ("table", "csv", "tsv", "json")
JSON_MEDIA_TYPE = "application/sparql-results+json"


@dataclass(frozen=True)
class NamedQuery:
    """A competency query shipped with valkg."""

    name: str
    question: str
    columns: tuple[str, ...]
    text: str


@cache
def named_queries() -> dict[str, NamedQuery]:
    """The packaged ``.rq`` queries by name; the first comment is the question they answer."""
    found = {}
    folder = package_dir("data").joinpath("queries")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        columns = next((c.split(":", 1)[1] for c in comments if c.startswith("columns:")), "")
        name = entry.name[: -len(".rq")]
        found[name] = NamedQuery(
            name,
            comments[0] if comments else "",
            tuple(c.strip() for c in columns.split(",") if c.strip()),
            text,
        )
    return found


# --- safety -----------------------------------------------------------------------


def _walk(node: Any) -> Any:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _walk(value)


def check_query(
    text: str,
    *,
    allow_network: bool = False,
    local_graphs: Sequence[str] = (),
    source: str | None = None,
) -> str:
    """Parse a query; refuse ``SERVICE``, ``LOAD`` and ``FROM`` of graphs not held locally.

    Returns the query form (``SelectQuery``, ``AskQuery``, ...).  A syntax error
    is an ``InputError`` with the parser's line and column (and ``source``, the
    query file, when given).
    """
    return _parsed_check(text, allow_network=allow_network, local_graphs=local_graphs, source=source)[0]


#: The words that can reach the network or change a store; a query without them anywhere needs no parse.
_RISKY_WORDS = re.compile(r"service|load|from|insert|delete|clear|drop|create|copy|move|add|with|using", re.I)
_FULL_LINE_COMMENT = re.compile(r"^[ \t]*#[^\n]*$", re.M)
_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_QUERY_FORM = re.compile(
    r"(?:\s|(?:PREFIX\s*[^\s:<>]*:\s*<[^<>\s]*>)|(?:BASE\s*<[^<>\s]*>))*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I
)
_FORM_NAMES = {"select": "SelectQuery", "ask": "AskQuery", "construct": "ConstructQuery", "describe": "DescribeQuery"}


def _quick_form(text: str) -> str | None:
    """The form of a query that cannot name SERVICE, LOAD, FROM or an update, or None to parse it.

    The test is on letters, not tokens, and errs towards parsing: a line that starts with
    ``#`` is a comment or lies inside a long string (an IRI cannot span lines), so dropping it
    hides no keyword; ``\\u`` escapes are decoded as SPARQL does before parsing; then none of
    the words may appear anywhere, even inside a name, string, IRI or comment.  Parsing with
    rdflib costs ~10 ms a query, far more than the named queries take to run.
    """
    body = _FULL_LINE_COMMENT.sub("", text)
    decoded = _CODEPOINT_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), body)
    if _RISKY_WORDS.search(body) or _RISKY_WORDS.search(decoded):
        return None
    form = _QUERY_FORM.match(decoded)
    return _FORM_NAMES[form.group(1).lower()] if form else None


def _parsed_check(
    text: str, *, allow_network: bool, local_graphs: Sequence[str], source: str | None
) -> tuple[str, bool]:
    """The form of the query (and whether it names its dataset), checked by rdflib's parser,
    whose errors say where the query goes wrong."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    try:
        parsed: Any = parseQuery(text)
        form = parsed[1].name
    except ParseException as query_error:
        try:
            parsed = parseUpdate(text)
        except ParseException:
            raise InputError(
                f"malformed SPARQL query: {query_error.msg}",
                source=source,
                where=f"{query_error.lineno}:{query_error.col}",
            ) from None
        if re.search(r"\bLOAD\b", text, re.I):
            raise QueryRefused(
                "SPARQL Update is not allowed here: LOAD fetches a remote document into the store,"
                " and queries are read-only (--allow-network does not permit it)",
                source=source,
            ) from None
        raise QueryRefused("SPARQL Update is not allowed here: queries are read-only", source=source) from None
    has_dataset = False
    for node in _walk(parsed.as_list() if hasattr(parsed, "as_list") else list(parsed)):
        if isinstance(node, CompValue):
            if node.name == "DatasetClause":
                has_dataset = True
            if allow_network:
                continue
            if node.name == "ServiceGraphPattern":
                term = node["term"]
                shown = f"?{term}" if isinstance(term, Variable) else f"<{term}>"
                raise QueryRefused(
                    f"the query calls SERVICE {shown}: a local query does not reach the network"
                    " (pass --allow-network to permit it)",
                    source=source,
                )
            if node.name == "DatasetClause":
                # CompValue.get(key) returns the key itself when it is absent: index instead.
                clause = "FROM" if "default" in node else "FROM NAMED"
                iri = str(node["default"] if "default" in node else node["named"])
                if iri not in local_graphs:
                    raise QueryRefused(
                        f"the query reads {clause} <{iri}>, which is not a graph of this dataset;"
                        " a local query does not fetch remote graphs (pass --allow-network to permit it)",
                        source=source,
                    )
    return str(form), has_dataset


# --- execution --------------------------------------------------------------------


@dataclass
class Results:
    """Query results: SELECT rows, an ASK answer or CONSTRUCT/DESCRIBE triples."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False


def make_store(graphs: NamedGraphs) -> ox.Store:
    """An in-memory pyoxigraph store: one named graph per monograph, and their merge as default graph."""
    store = ox.Store()
    _add_with_merge(store, sorted_quads(graphs, merge=False))
    return store


def _add_with_merge(store: ox.Store, quads: Sequence[ox.Quad]) -> None:
    """Add ``quads`` and also their RDF merge, as the default graph.

    The drug and its conditions are described in every monograph's graph. pyoxigraph's
    "default graph as union" repeats such a triple once per graph, and a query joining on
    labels then multiplies its rows by the number of monographs (minutes instead of
    milliseconds on a 1,000-monograph corpus); the merged default graph holds each triple once.
    """
    store.bulk_extend(quads)
    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)


def run_query(
    text: str,
    graphs: NamedGraphs,
    *,
    allow_network: bool = False,
    limit: int | None = None,
    timeout: float | None = None,
    source: str | None = None,
) -> Results:
    """Run a SPARQL query over ``graphs`` (default graph = their merge).

    ``source`` (the query file) is named in the errors about the query.
    """
    return query_store(
        text, make_store(graphs), allow_network=allow_network, limit=limit, timeout=timeout, source=source
    )


def query_store(
    text: str,
    store: ox.Store,
    *,
    allow_network: bool = False,
    limit: int | None = None,
    timeout: float | None = None,
    source: str | None = None,
) -> Results:
    """Run a SPARQL query over a store built by ``make_store`` or ``store_from_files``."""

    def local() -> list[str]:
        # listed only for a query that is parsed: a corpus store holds a graph per document
        return [name.value for name in store.named_graphs() if isinstance(name, ox.NamedNode)]

    quick = _quick_form(text)
    if quick is not None:
        form = quick
    else:
        form, _ = _parsed_check(text, allow_network=allow_network, local_graphs=local(), source=source)
    # The default graph already holds the merge of the monographs' graphs (see make_store).
    union = False
    try:
        if timeout is None:
            return _execute(store, text, form, limit, union)
        return _execute_with_timeout(store, text, form, limit, timeout, union)
    except InputError:
        if quick is not None:  # not parsed yet: rdflib's parser tells where the error is
            _parsed_check(text, allow_network=True, local_graphs=local(), source=source)
        raise


def store_from_files(paths: Sequence[str], data_format: str | None = None) -> ox.Store:
    """Graph files loaded straight into a pyoxigraph store (named graphs kept).

    Large files never pass through rdflib: pyoxigraph parses them natively.
    """
    from valkg.graphfile import parse_quads

    store = ox.Store()
    for path in paths:
        _add_with_merge(store, parse_quads(path, data_format))
    return store


def _execute(store: ox.Store, text: str, form: str, limit: int | None, union: bool = True) -> Results:
    try:
        answer = store.query(text, use_default_graph_as_union=union)
        # Solutions are computed lazily: evaluation errors (a failed SERVICE call, ...)
        # surface while iterating, so the iteration is guarded too.
        return _collect(answer, form, limit)
    except SyntaxError as error:
        raise InputError(f"malformed SPARQL query: {error}") from error
    except (OSError, ValueError, RuntimeError) as error:
        raise ValkgError(f"query failed: {error}") from error


def _collect(answer: Any, form: str, limit: int | None) -> Results:
    if isinstance(answer, ox.QueryBoolean):
        return Results(form, boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        triples: list[ox.Triple] = []
        for triple in answer:
            if limit is not None and len(triples) >= limit:
                return Results(form, triples=triples, truncated=True)
            triples.append(triple)
        return Results(form, triples=triples)
    variables = [v.value for v in answer.variables]
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]] = []
    for solution in answer:
        if limit is not None and len(rows) >= limit:
            return Results(form, variables, rows, truncated=True)
        rows.append([solution[v] for v in variables])
    return Results(form, variables, rows)


def _child(connection: Any, nquads: bytes, text: str, form: str, limit: int | None, union: bool = True) -> None:
    try:
        store = ox.Store()
        store.load(nquads, format=ox.RdfFormat.N_QUADS)
        results = _execute(store, text, form, limit, union)
        connection.send(("ok", _to_wire(results)))
    except ValkgError as error:
        connection.send(("error", (type(error).__name__, str(error))))
    finally:
        connection.close()


def _to_wire(results: Results) -> dict[str, Any]:
    return {
        "form": results.form,
        "variables": results.variables,
        "rows": [[str(term) if term is not None else None for term in row] for row in results.rows],
        "boolean": results.boolean,
        "triples": [str(t) + " ." for t in results.triples],
        "truncated": results.truncated,
    }


def _from_wire(wire: dict[str, Any]) -> Results:
    def term(text: str | None) -> Any:
        if text is None:
            return None
        return next(iter(ox.parse(f"<urn:x> <urn:x> {text} .", format=ox.RdfFormat.N_TRIPLES))).object

    triples = list(ox.parse("\n".join(wire["triples"]), format=ox.RdfFormat.N_TRIPLES)) if wire["triples"] else []
    return Results(
        wire["form"],
        wire["variables"],
        [[term(t) for t in row] for row in wire["rows"]],
        wire["boolean"],
        triples,
        wire["truncated"],
    )


def _execute_with_timeout(
    store: ox.Store, text: str, form: str, limit: int | None, timeout: float, union: bool = True
) -> Results:
    """Run the query in a child process that is killed when ``timeout`` seconds pass."""
    nquads = store.dump(format=ox.RdfFormat.N_QUADS)
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(  # type: ignore[attr-defined]
        target=_child, args=(sender, nquads, text, form, limit, union), daemon=True
    )
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise ValkgError(f"query timed out after {timeout:g} s")
        status, payload = receiver.recv()
    except EOFError:
        raise ValkgError("query failed: the query process ended without an answer") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
    if status == "error":
        kind, message = payload
        raise (InputError if kind in ("InputError", "QueryRefused") else ValkgError)(message)
    return _from_wire(payload)


# --- result formats -----------------------------------------------------------------


def _plain(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _tsv_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    """SPARQL 1.1 TSV: terms in their Turtle/N-Triples form."""
    if term is None:
        return ""
    return str(term).replace("\t", "\\t")


def _json_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    entry = {"type": "literal", "value": term.value}
    if term.language:
        entry["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        entry["datatype"] = term.datatype.value
    return entry


def format_results(results: Results, format_name: str) -> bytes:
    """Results as ``table``, ``csv``, ``tsv`` or ``json`` (W3C SPARQL 1.1 results formats)."""
    if results.form in ("ConstructQuery", "DescribeQuery"):
        return ox.serialize(results.triples, format=ox.RdfFormat.TURTLE) or b""
    if results.boolean is not None:
        if format_name == "json":
            return (json.dumps({"head": {}, "boolean": results.boolean}) + "\n").encode()
        return b"true\n" if results.boolean else b"false\n"
    if format_name == "json":
        bindings = [
            {var: _json_term(term) for var, term in zip(results.variables, row, strict=True) if term is not None}
            for row in results.rows
        ]
        document = {"head": {"vars": results.variables}, "results": {"bindings": bindings}}
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if format_name == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(results.variables)
        writer.writerows([_plain(t) for t in row] for row in results.rows)
        return buffer.getvalue().encode("utf-8")
    if format_name == "tsv":
        lines = ["\t".join("?" + v for v in results.variables)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in results.rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    return _table(results).encode("utf-8")


def _table(results: Results, width: int = 60) -> str:
    def cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
        text = re.sub(r"\s+", " ", _plain(term))
        return text if len(text) <= width else text[: width - 1] + "…"

    rows = [[cell(t) for t in row] for row in results.rows]
    widths = [max([len(v), *(len(r[i]) for r in rows)]) for i, v in enumerate(results.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(results.variables, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    count = len(rows)
    lines.append(f"({count} row{'s' if count != 1 else ''}{', truncated by --limit' if results.truncated else ''})")
    return "\n".join(lines) + "\n"


def graphs_from_files(paths: Sequence[str], data_format: str | None = None) -> list[tuple[URIRef | None, Graph]]:
    """Graph files as (name, graph) pairs: named graphs kept, default graph as ``None``."""
    from valkg.graphfile import read_named_graphs

    pairs: list[tuple[URIRef | None, Graph]] = []
    for path in paths:
        pairs.extend(read_named_graphs(path, data_format))
    return pairs
