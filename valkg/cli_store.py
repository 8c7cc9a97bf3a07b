"""The ``valkg load`` and ``valkg serve`` commands (registered by ``valkg.cli``).

Only click and the standard library are imported here; the work is done by
``valkg.load`` and ``valkg.serve``, imported when a command runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from valkg.serialize import NamedGraphs

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_BASE = "https://w3id.org/valkg/"


def _graph_options(function: F) -> F:
    """Where the graph comes from: monographs (built and validated) or --data files."""
    options = [
        click.argument("monographs", nargs=-1, metavar="[MONOGRAPH]..."),
        click.option(
            "--data",
            "data_files",
            multiple=True,
            metavar="GRAPHFILE",
            help="Use an RDF file instead of building from monographs (repeatable).",
        ),
        click.option("--data-format", help="RDF syntax of --data files (default: from the extension)."),
        click.option(
            "--no-validate",
            is_flag=True,
            help="Use monographs' graphs even if they do not conform to the shapes.",
        ),
        click.option(
            "--encoding",
            default="utf-8",
            show_default=True,
            help="Text encoding of the monograph files.",
        ),
        click.option(
            "--base",
            default=DEFAULT_BASE,
            show_default=True,
            metavar="IRI",
            help="Base under which IRIs are minted.",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            default=None,
            help="Worker processes (default: all cores).",
        ),
        click.option(
            "--fail-fast",
            is_flag=True,
            help="Stop at the first monograph that fails (default: report all).",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _graphs(
    monographs: tuple[str, ...],
    data_files: tuple[str, ...],
    data_format: str | None,
    no_validate: bool,
    encoding: str,
    base: str,
    jobs: int | None,
    fail_fast: bool,
) -> NamedGraphs:
    """The named graphs to load or serve; exits like ``valkg export`` when a monograph fails."""
    from valkg.cli import built_graphs
    from valkg.errors import InputError
    from valkg.query import graphs_from_files

    if data_files and monographs:
        raise InputError("give monographs or --data files, not both")
    if data_files:
        return graphs_from_files(data_files, data_format)
    return built_graphs(monographs, base, encoding, jobs, fail_fast, not no_validate, "nothing sent")


@click.command("load")
@click.option("--endpoint", metavar="URL", help="Graph Store HTTP Protocol URL of the store (see below).")
@click.option("--graph", "graph_iri", metavar="IRI", help="Named graph to load into (default: see below).")
@click.option(
    "--replace/--append",
    default=True,
    show_default=True,
    help="Replace the graph's content (PUT), or add to it (POST).",
)
@click.option(
    "--update-endpoint",
    metavar="URL",
    help="Load with SPARQL Update INSERT DATA at this URL instead of the Graph Store Protocol.",
)
@click.option(
    "--query-endpoint",
    metavar="URL",
    help="SPARQL query endpoint used to count the loaded triples (default: derived, see below).",
)
@click.option("--user", metavar="NAME", help="User name for HTTP Basic authentication.")
@click.option(
    "--password-env",
    default="VALKG_PASSWORD",
    show_default=True,
    metavar="VAR",
    help="Environment variable that holds the password of --user.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="Wait at most this long to connect, and for each send and read.",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    metavar="N",
    help="Tries again N times after a refused connection, a timeout or a 5xx answer.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=5000,
    show_default=True,
    metavar="N",
    help="Triples per INSERT DATA request with --update-endpoint.",
)
@click.option("-v", "--verbose", is_flag=True, help="Show each HTTP request and answer (credentials hidden).")
@_graph_options
def load_command(
    monographs: tuple[str, ...],
    data_files: tuple[str, ...],
    data_format: str | None,
    no_validate: bool,
    encoding: str,
    base: str,
    jobs: int | None,
    fail_fast: bool,
    endpoint: str | None,
    graph_iri: str | None,
    replace: bool,
    update_endpoint: str | None,
    query_endpoint: str | None,
    user: str | None,
    password_env: str,
    timeout: float,
    retries: int,
    batch_size: int,
    verbose: bool,
) -> None:
    """Load the graph into a triple store over HTTP, and check that it arrived whole.

    The monographs' graph (built and validated as by export) or the --data
    files go, merged, into ONE named graph of the store, by the SPARQL 1.1
    Graph Store HTTP Protocol: PUT URL?graph=IRI with --replace (the default;
    Oxigraph, Fuseki and GraphDB apply it atomically), POST with --append.
    With --update-endpoint, SPARQL Update is used instead: INSERT DATA in
    batches, into a temporary graph that one last request moves over the
    target (DROP SILENT GRAPH + MOVE), so the target never holds a part.

    Afterwards the triples of the graph are counted through the query
    endpoint; a count other than the number sent is an error (exit 1).

    \b
    Endpoint URLs (--endpoint):
      Oxigraph   http://HOST:7878/store
      Fuseki     http://HOST:3030/DATASET/data
      GraphDB    http://HOST:7200/repositories/REPO/rdf-graphs/service
    The query endpoint defaults to the sibling "query" of the --endpoint (or
    --update-endpoint) URL: /store -> /query, /DATASET/data -> /DATASET/query;
    for GraphDB .../repositories/REPO/{rdf-graphs/service,statements} ->
    .../repositories/REPO.

    \b
    The named graph defaults to
      https://w3id.org/valkg/dataset/KEY/VERSION
    (under --base), KEY being the document key of the one monograph (the first
    16 hex digits of its SHA-256, as in its dataset IRI) or, for several,
    corpus-SHA (16 hex digits of the SHA-256 of the sorted document keys), and
    VERSION valkg's version; for --data files without valkg dataset graphs,
    KEY is data-SHA of the N-Triples sent.

    \b
    Credentials: --user NAME, with the password from the environment variable
    named by --password-env (default VALKG_PASSWORD) or from the ~/.netrc
    ($NETRC) entry of the endpoint's host; without --user, a ~/.netrc entry of
    the host is used if there is one.  Never on the command line, never shown.

    \b
    Refused connections, timeouts and 5xx answers are retried (--retries, waiting
    0.5 s, 1 s, 2 s, ...); a 4xx answer is reported at once.  Exit codes: 0
    loaded and counted, 1 the load failed, 2 bad input.

    \b
    Example:
      valkg load --endpoint http://127.0.0.1:7878/store
      valkg load monographs/ --endpoint http://localhost:3030/valkg/data --user admin
      valkg load --data corpus.nq --append --update-endpoint http://127.0.0.1:7878/update
    """
    from valkg.load import check_endpoints, check_iri, load, resolve_credentials

    check_endpoints(endpoint, update_endpoint, query_endpoint)
    if graph_iri is not None:
        check_iri(graph_iri)
    # Fail on missing credentials before the graph is built.
    resolve_credentials(endpoint or update_endpoint or "", user, password_env=password_env)
    graphs = _graphs(monographs, data_files, data_format, no_validate, encoding, base, jobs, fail_fast)

    def log(message: str) -> None:
        click.echo(f"valkg: {message}", err=True)

    result = load(
        graphs,
        endpoint=endpoint,
        graph=graph_iri,
        replace=replace,
        update_endpoint=update_endpoint,
        query_endpoint=query_endpoint,
        user=user,
        password_env=password_env,
        timeout=timeout,
        retries=retries,
        batch_size=batch_size,
        base=base,
        log=log if verbose else None,
    )
    click.echo(f"valkg: {result.summary()}", err=True)


@click.command("serve")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7878,
    show_default=True,
    help="TCP port to listen on (0: any free port).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--allow-remote-bind",
    is_flag=True,
    help="Permit a --host other than a loopback address (the endpoint has no authentication).",
)
@click.option(
    "--query-timeout",
    type=click.FloatRange(min=1),
    default=None,
    metavar="SECONDS",
    help="Stop queries that run longer (default: no limit).",
)
@_graph_options
def serve_command(
    monographs: tuple[str, ...],
    data_files: tuple[str, ...],
    data_format: str | None,
    no_validate: bool,
    encoding: str,
    base: str,
    jobs: int | None,
    fail_fast: bool,
    port: int,
    host: str,
    allow_remote_bind: bool,
    query_timeout: float | None,
) -> None:
    """Serve the graph as a local, read-only SPARQL endpoint and browsable pages until Ctrl-C.

    The graph of the monographs (or of --data files) is loaded into a
    temporary Oxigraph store, one named graph per monograph, and served by
    the Oxigraph server (the oxigraph binary: pip install 'valkg[serve]').
    As with `valkg query`, the default graph of a query is the merge of all
    the graphs.  The endpoint URL is printed on stderr; Ctrl-C or SIGTERM
    stops the server and removes the temporary store.

    Every IRI valkg mints under --base is answered at the same path: a
    browser gets a page (properties, the sentence that states each fact
    highlighted in the monograph, disputed claims first), Accept: text/turtle
    or application/ld+json gets the resource's description (its triples and
    the claims about it); NAME.ttl, NAME.jsonld and NAME.html ask for one.

    Only loopback addresses are served unless --allow-remote-bind is given.

    \b
    Endpoints:
      http://127.0.0.1:7878/query        SPARQL 1.1 Protocol (GET ?query=, POST)
      http://127.0.0.1:7878/sparql       the same
      http://127.0.0.1:7878/editor/      a query editor for the browser
      http://127.0.0.1:7878/             the drugs and monographs, as pages
      http://127.0.0.1:7878/drug/NAME    https://w3id.org/valkg/drug/NAME
      http://127.0.0.1:7878/ontology     the classes and their instances

    \b
    Example:
      valkg serve
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' \\
           http://127.0.0.1:7878/query
      curl -H 'Accept: text/turtle' http://127.0.0.1:7878/drug/valacyclovir
    """
    import signal

    from valkg.errors import ValkgError
    from valkg.serve import find_oxigraph, is_loopback, start_server

    if not is_loopback(host) and not allow_remote_bind:
        from valkg.errors import InputError

        raise InputError(
            f"refusing to listen on {host}: the endpoint has no authentication, so valkg serves"
            " loopback addresses only (pass --allow-remote-bind to serve other machines)"
        )
    find_oxigraph()
    graphs = _graphs(monographs, data_files, data_format, no_validate, encoding, base, jobs, fail_fast)

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    handled = (signal.SIGINT, signal.SIGTERM)
    try:
        previous = {number: signal.signal(number, interrupt) for number in handled}
    except ValueError:  # not in the main thread: leave the handlers alone
        previous = {}
    server = None
    try:
        server = start_server(
            graphs,
            port,
            host=host,
            allow_remote_bind=allow_remote_bind,
            query_timeout=query_timeout,
            base=base,
        )
        click.echo(f"valkg: SPARQL endpoint at {server.query_url} (read-only; Ctrl-C to stop)", err=True)
        click.echo(f"valkg: pages at {server.url}/ (IRIs under {base})", err=True)
        code: int | None = server.process.wait()
    except KeyboardInterrupt:
        if server is None:
            raise  # interrupted while starting; start_server has cleaned up
        code = None
    finally:
        if server is not None:
            for number in previous:
                signal.signal(number, signal.SIG_IGN)  # a second Ctrl-C must not stop the clean-up
            server.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)
    if code is not None:
        raise ValkgError(f"the oxigraph server stopped by itself (exit code {code})")
    click.echo("valkg: server stopped", err=True)
