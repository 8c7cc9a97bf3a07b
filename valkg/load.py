"""Push the graph into a triple store over HTTP, then check that it arrived whole.

Two protocols, both W3C standards, spoken with the standard library only:

* the SPARQL 1.1 Graph Store HTTP Protocol (the default): the N-Triples go in
  one request, ``PUT <endpoint>?graph=<g>`` to replace the graph or ``POST`` to
  add to it.  A store that applies a PUT in one transaction (Oxigraph, Jena
  Fuseki, GraphDB) leaves the graph either as it was or complete.
* SPARQL 1.1 Update (``update_endpoint``), for stores that take only updates:
  ``INSERT DATA`` in batches.  To replace, the batches go into a fresh temporary
  graph, then one request ``DROP SILENT GRAPH <g> ; MOVE <tmp> TO <g>`` swaps it
  in, so the target again holds either its old content or the complete new one.

Afterwards the triples of the target graph are counted through the SPARQL query
endpoint; a count that does not match what was sent is a ``LoadError``.

Connection failures, timeouts and 5xx answers are retried with exponential
backoff; a 4xx answer is reported at once with the start of the store's answer.
Credentials are sent as HTTP Basic authentication and never appear in messages.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import ipaddress
import json
import netrc
import os
import re
import socket
import ssl
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit, urlunsplit

from valkg import __version__
from valkg.errors import InputError, LoadError
from valkg.namespaces import DEFAULT_BASE

if TYPE_CHECKING:
    from valkg.serialize import NamedGraphs

NTRIPLES = "application/n-triples"
SPARQL_UPDATE = "application/sparql-update"
SPARQL_JSON = "application/sparql-results+json"
DEFAULT_PASSWORD_ENV = "VALKG_PASSWORD"
DEFAULT_TIMEOUT = 30.0
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 0.5
DEFAULT_BATCH_SIZE = 5000
#: How much of a store's error answer is quoted.
EXCERPT_CHARS = 500
#: Request bodies are sent in pieces so that ``timeout`` bounds each send, not the whole upload.
_CHUNK = 64 * 1024

Log = Callable[[str], None]


# --- names ----------------------------------------------------------------------------


def default_graph_iri(document_keys: Sequence[str], *, base: str = DEFAULT_BASE) -> str:
    """The named graph a load goes to when none is given.

    ``<base>dataset/<key>/<valkg version>`` for one document,
    ``<base>dataset/corpus-<sha256 of the sorted keys, 16 hex>/<valkg version>`` for several.
    """
    keys = sorted(set(document_keys))
    if not keys:
        raise InputError("no documents to name the graph after; pass --graph IRI")
    digest = hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:16]
    name = keys[0] if len(keys) == 1 else f"corpus-{digest}"
    return f"{base}dataset/{name}/{__version__}"


def document_keys(graphs: NamedGraphs, ntriples: bytes, *, base: str = DEFAULT_BASE) -> list[str]:
    """The document keys behind ``graphs``: from valkg's dataset graph names when every graph
    has one, else ``data-<sha256 of the N-Triples, 16 hex>`` (e.g. for a plain Turtle file)."""
    prefix = f"{base}dataset/"
    names = [str(name) if name is not None else "" for name, graph in graphs if len(graph)]
    keys = [name[len(prefix) :] for name in names if name.startswith(prefix)]
    if names and len(keys) == len(names) and all(k and "/" not in k for k in keys):
        return keys
    return ["data-" + hashlib.sha256(ntriples).hexdigest()[:16]]


def check_iri(iri: str, what: str = "--graph") -> str:
    """An absolute IRI that can be written between ``<`` and ``>`` in SPARQL."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", iri) or re.search(r'[\x00-\x20<>"{}|^`\\]', iri):
        raise InputError(f'{what} must be an absolute IRI without spaces or <>"{{}}|^`\\, not {iri!r}')
    return iri


def check_url(url: str, what: str) -> str:
    """An ``http``/``https`` URL with a host and no credentials in it."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{what} must be an http:// or https:// URL, not {url!r}")
    if parts.username is not None or parts.password is not None:
        raise InputError(
            f"{what}: do not put credentials in the URL; use --user with ${DEFAULT_PASSWORD_ENV} or ~/.netrc"
        )
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as error:
        raise InputError(f"{what}: {error}") from None
    return url


def _with_path(url: str, path: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def derive_query_endpoint(endpoint: str | None = None, update_endpoint: str | None = None) -> str:
    """The SPARQL query endpoint next to a Graph Store (or Update) endpoint.

    ``…/repositories/R/rdf-graphs/service`` and ``…/repositories/R/statements`` (GraphDB,
    RDF4J) give ``…/repositories/R``; any other URL gives its sibling ``query``:
    Oxigraph ``/store`` and ``/update`` → ``/query``, Fuseki ``/DS/data`` and ``/DS/update``
    → ``/DS/query``.
    """
    url = endpoint or update_endpoint
    if url is None:
        raise InputError("give --endpoint or --update-endpoint")
    path = urlsplit(url).path.rstrip("/")
    for suffix in ("/rdf-graphs/service", "/statements"):
        if path.endswith(suffix) and "/repositories/" in path:
            return _with_path(url, path[: -len(suffix)])
    parent = path.rsplit("/", 1)[0] if "/" in path else ""
    return _with_path(url, f"{parent}/query")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --- credentials ------------------------------------------------------------------------


@dataclass
class Credentials:
    """HTTP Basic credentials; the password never shows in ``repr`` or messages."""

    user: str
    password: str = field(repr=False)

    def header(self) -> str:
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
        return f"Basic {token}"

    def secrets(self) -> list[str]:
        return [s for s in (self.password, self.header().split(" ", 1)[1]) if s]


def _netrc_entry(host: str, environ: Mapping[str, str]) -> tuple[str, str] | None:
    path = environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.isfile(path):
        return None
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError) as error:
        reason = getattr(error, "msg", None) or type(error).__name__
        raise InputError(f"cannot read {path}: {reason}") from None
    if entry is None or not entry[2]:
        return None
    return entry[0] or "", entry[2]


def resolve_credentials(
    url: str,
    user: str | None,
    *,
    password_env: str = DEFAULT_PASSWORD_ENV,
    environ: Mapping[str, str] | None = None,
) -> Credentials | None:
    """Credentials for ``url``'s host.

    With ``user``: the password comes from the environment variable ``password_env``,
    else from the ``~/.netrc`` (or ``$NETRC``) entry of the host.  Without ``user``: the
    login and password of the host's netrc entry, if there is one; else no credentials.
    """
    environ = os.environ if environ is None else environ
    host = urlsplit(url).hostname or ""
    if user is None:
        entry = _netrc_entry(host, environ)
        return Credentials(entry[0], entry[1]) if entry and entry[0] else None
    password = environ.get(password_env)
    if not password:
        entry = _netrc_entry(host, environ)
        if entry and entry[0] in ("", user):
            password = entry[1]
    if not password:
        raise InputError(
            f"--user {user} needs a password: set the environment variable {password_env}"
            " (or name another with --password-env),"
            f" or add 'machine {host} login {user} password …' to ~/.netrc"
        )
    return Credentials(user, password)


# --- HTTP -------------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes

    def excerpt(self) -> str:
        text = re.sub(r"\s+", " ", self.body.decode("utf-8", "replace")).strip()
        if len(text) > EXCERPT_CHARS:
            text = text[:EXCERPT_CHARS] + "…"
        return text or "(empty answer)"


class _Retry(Exception):
    """A failure worth another try."""


class Client:
    """Small HTTP client: timeouts, bounded retries with backoff, redacted logging."""

    def __init__(
        self,
        *,
        credentials: Credentials | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        log: Log | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.credentials = credentials
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.log = log
        self.sleep = sleep
        self.requests = 0

    def redact(self, text: str) -> str:
        for secret in self.credentials.secrets() if self.credentials else []:
            text = text.replace(secret, "***")
        return text

    def _log(self, message: str) -> None:
        if self.log is not None:
            self.log(self.redact(message))

    def request(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        what: str = "request",
    ) -> Response:
        """Send a request; a 2xx answer, or ``LoadError`` (after retries where sensible)."""
        attempts = self.retries + 1
        started = time.monotonic()
        problem = ""
        for attempt in range(1, attempts + 1):
            try:
                response = self._once(method, url, body, dict(headers or {}))
            except _Retry as error:
                problem = str(error)
            else:
                if 200 <= response.status < 300:
                    return response
                if 300 <= response.status < 400:
                    where = response.headers.get("location", "?")
                    raise LoadError(
                        self.redact(
                            f"{what} failed: {method} {url} answered HTTP {response.status}"
                            f" {response.reason}, a redirect to {where}; give that URL instead"
                        )
                    )
                if response.status < 500:
                    hint = ""
                    if response.status in (401, 403):
                        hint = " (check --user and the password)"
                    raise LoadError(
                        self.redact(
                            f"{what} failed: {method} {url} answered HTTP {response.status}"
                            f" {response.reason}{hint}: {response.excerpt()}"
                        )
                    )
                problem = f"HTTP {response.status} {response.reason}: {response.excerpt()}"
            if attempt < attempts:
                delay = self.backoff * 2 ** (attempt - 1)
                self._log(f"  {problem}; retrying in {delay:g} s (attempt {attempt + 1} of {attempts})")
                self.sleep(delay)
        elapsed = time.monotonic() - started
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''} in {elapsed:.1f} s"
        raise LoadError(self.redact(f"{what} failed: {method} {url}: {problem} (gave up after {tries})"))

    def _once(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        host = parts.hostname or ""
        connection: http.client.HTTPConnection
        if parts.scheme == "https":
            connection = http.client.HTTPSConnection(host, parts.port, timeout=self.timeout)
        else:
            connection = http.client.HTTPConnection(host, parts.port, timeout=self.timeout)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers.setdefault("User-Agent", f"valkg/{__version__}")
        if self.credentials is not None:
            headers["Authorization"] = self.credentials.header()
        chunks: Iterator[bytes] | None = None
        if body is not None:
            headers["Content-Length"] = str(len(body))
            chunks = (body[i : i + _CHUNK] for i in range(0, len(body), _CHUNK))
        shown = {k: ("***" if k.lower() == "authorization" else v) for k, v in headers.items()}
        size = f" ({len(body)} bytes)" if body is not None else ""
        self._log(f"> {method} {url}{size} {shown}")
        self.requests += 1
        started = time.monotonic()
        try:
            try:
                connection.request(method, target, body=chunks, headers=headers)
            except (BrokenPipeError, ConnectionResetError) as error:
                # The store may have answered (e.g. 401) and closed before reading the body.
                try:
                    answer = connection.getresponse()
                except (OSError, http.client.HTTPException):
                    raise error from None
            else:
                answer = connection.getresponse()
            response = Response(
                answer.status,
                answer.reason,
                {k.lower(): v for k, v in answer.getheaders()},
                answer.read(),
            )
        except ssl.SSLCertVerificationError as error:
            raise LoadError(f"{method} {url}: TLS certificate not accepted: {error.verify_message}") from None
        except (OSError, http.client.HTTPException) as error:
            self._log(f"< {type(error).__name__} after {time.monotonic() - started:.2f} s")
            raise _Retry(self._describe(error, host)) from None
        finally:
            connection.close()
        self._log(
            f"< {response.status} {response.reason} ({len(response.body)} bytes, {time.monotonic() - started:.2f} s)"
        )
        return response

    def _describe(self, error: Exception, host: str) -> str:
        if isinstance(error, ConnectionRefusedError):
            return "connection refused (is the store running and listening there?)"
        if isinstance(error, TimeoutError | socket.timeout):
            return f"no answer within {self.timeout:g} s (see --timeout)"
        if isinstance(error, socket.gaierror):
            return f"cannot resolve the host name {host!r}"
        if isinstance(error, http.client.RemoteDisconnected):
            return "the store closed the connection without answering"
        if isinstance(error, BrokenPipeError | ConnectionResetError | ConnectionAbortedError):
            return "the connection was cut during the request"
        if isinstance(error, http.client.IncompleteRead):
            return "the store's answer was cut short"
        if isinstance(error, OSError) and error.strerror:
            return error.strerror
        return str(error) or type(error).__name__


# --- the load ---------------------------------------------------------------------------


@dataclass
class LoadResult:
    """What a load did."""

    graph: str
    triples: int
    stored: int
    replace: bool
    protocol: str
    endpoint: str
    query_endpoint: str
    seconds: float
    requests: int

    def summary(self) -> str:
        how = f"{self.protocol}, {self.seconds:.2f} s"
        if self.replace:
            return (
                f"replaced graph <{self.graph}> at {self.endpoint} with {self.triples} triples"
                f" ({how}); the store counts {self.stored}"
            )
        return (
            f"added {self.triples} triples to graph <{self.graph}> at {self.endpoint}"
            f" ({how}); the graph now holds {self.stored}"
        )


def count_triples(client: Client, query_endpoint: str, graph: str) -> int:
    """The number of triples in ``graph``, asked of the SPARQL query endpoint."""
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    separator = "&" if urlsplit(query_endpoint).query else "?"
    url = query_endpoint + separator + urlencode({"query": query})
    response = client.request("GET", url, headers={"Accept": SPARQL_JSON}, what="counting the triples")
    try:
        document = json.loads(response.body)
        return int(document["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        raise LoadError(
            f"counting the triples failed: {query_endpoint} did not answer with SPARQL JSON results"
            f" (is --query-endpoint right?): {response.excerpt()}"
        ) from None


def _batches(ntriples: bytes, size: int) -> list[bytes]:
    lines = ntriples.splitlines(keepends=True)
    if b"_:" in ntriples:
        # Blank node labels are scoped to one request: keep them all in one.
        return [ntriples] if lines else []
    return [b"".join(lines[i : i + size]) for i in range(0, len(lines), size)]


def _insert(graph: str, chunk: bytes) -> bytes:
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n".encode() + chunk + b"} }\n"


def push(
    ntriples: bytes,
    graph: str,
    *,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    query_endpoint: str | None = None,
    replace: bool = True,
    client: Client | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> LoadResult:
    """Load N-Triples into the named graph ``graph`` and verify the count.

    With ``update_endpoint`` SPARQL Update is used, else the Graph Store Protocol at
    ``endpoint``.  ``query_endpoint`` defaults to ``derive_query_endpoint``.
    """
    check_iri(graph)
    check_endpoints(endpoint, update_endpoint, query_endpoint)
    query_endpoint = query_endpoint or derive_query_endpoint(endpoint, update_endpoint)
    client = client or Client()
    started = time.monotonic()
    sent = ntriples.count(b"\n")
    before = 0 if replace else count_triples(client, query_endpoint, graph)
    if update_endpoint is not None:
        target = update_endpoint
        protocol = "SPARQL Update"
        _push_update(client, update_endpoint, ntriples, graph, replace, batch_size)
    else:
        assert endpoint is not None
        target = endpoint
        protocol = "Graph Store Protocol"
        separator = "&" if urlsplit(endpoint).query else "?"
        url = endpoint + separator + urlencode({"graph": graph})
        client.request(
            "PUT" if replace else "POST",
            url,
            body=ntriples,
            headers={"Content-Type": NTRIPLES},
            what="uploading the graph",
        )
    stored = count_triples(client, query_endpoint, graph)
    if replace and stored != sent:
        raise LoadError(f"the store holds {stored} triples in <{graph}> after the load, but {sent} were sent")
    if not replace and not max(before, sent) <= stored <= before + sent:
        raise LoadError(
            f"the store holds {stored} triples in <{graph}> after adding {sent} to {before};"
            f" expected between {max(before, sent)} and {before + sent}"
        )
    return LoadResult(
        graph,
        sent,
        stored,
        replace,
        protocol,
        target,
        query_endpoint,
        time.monotonic() - started,
        client.requests,
    )


def _push_update(client: Client, url: str, ntriples: bytes, graph: str, replace: bool, size: int) -> None:
    headers = {"Content-Type": SPARQL_UPDATE}
    batches = _batches(ntriples, max(1, size))
    if not replace:
        for number, batch in enumerate(batches, 1):
            client.request(
                "POST",
                url,
                body=_insert(graph, batch),
                headers=headers,
                what=f"inserting batch {number} of {len(batches)}",
            )
        return
    if not batches:
        client.request(
            "POST",
            url,
            body=f"DROP SILENT GRAPH <{graph}>".encode(),
            headers=headers,
            what="emptying the graph",
        )
        return
    temporary = f"urn:valkg:load:{uuid.uuid4()}"
    try:
        for number, batch in enumerate(batches, 1):
            client.request(
                "POST",
                url,
                body=_insert(temporary, batch),
                headers=headers,
                what=f"inserting batch {number} of {len(batches)} into a temporary graph",
            )
        swap = f"DROP SILENT GRAPH <{graph}> ;\nMOVE <{temporary}> TO <{graph}>\n"
        client.request(
            "POST",
            url,
            body=swap.encode(),
            headers=headers,
            what="moving the temporary graph into place",
        )
    except LoadError:
        _drop_quietly(client, url, temporary)
        raise


def _drop_quietly(client: Client, url: str, graph: str) -> None:
    """Best effort: remove a temporary graph after a failed load (one try, errors ignored)."""
    cleaner = Client(credentials=client.credentials, timeout=min(client.timeout, 5.0), retries=0, log=client.log)
    with contextlib.suppress(LoadError):
        cleaner.request(
            "POST",
            url,
            body=f"DROP SILENT GRAPH <{graph}>".encode(),
            headers={"Content-Type": SPARQL_UPDATE},
            what="removing the temporary graph",
        )


def check_endpoints(endpoint: str | None, update_endpoint: str | None, query_endpoint: str | None) -> None:
    """Refuse a load with no target, or with an endpoint URL that is not usable."""
    if endpoint is None and update_endpoint is None:
        raise InputError("give --endpoint URL (Graph Store Protocol) or --update-endpoint URL (SPARQL Update)")
    for url, what in (
        (endpoint, "--endpoint"),
        (update_endpoint, "--update-endpoint"),
        (query_endpoint, "--query-endpoint"),
    ):
        if url is not None:
            check_url(url, what)


def load(
    graphs: NamedGraphs,
    *,
    endpoint: str | None = None,
    graph: str | None = None,
    replace: bool = True,
    update_endpoint: str | None = None,
    query_endpoint: str | None = None,
    user: str | None = None,
    password_env: str = DEFAULT_PASSWORD_ENV,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    batch_size: int = DEFAULT_BATCH_SIZE,
    base: str = DEFAULT_BASE,
    log: Log | None = None,
) -> LoadResult:
    """Load ``graphs`` (merged into one named graph) into a triple store; see ``push``.

    ``graph`` defaults to ``default_graph_iri`` of the documents.  Credentials: see
    ``resolve_credentials``.
    """
    from valkg.serialize import serialize

    primary = endpoint or update_endpoint
    if primary is None:
        raise InputError("give --endpoint (Graph Store Protocol) or --update-endpoint (SPARQL Update)")
    check_url(primary, "--endpoint" if endpoint else "--update-endpoint")
    credentials = resolve_credentials(primary, user, password_env=password_env)
    host = urlsplit(primary).hostname or ""
    if credentials is not None and urlsplit(primary).scheme == "http" and not _is_loopback(host):
        from valkg.api import warn

        warn(f"the password goes to {host} over plain http, unencrypted; prefer https")
    ntriples = serialize(graphs, "n-triples")
    if graph is None:
        graph = default_graph_iri(document_keys(graphs, ntriples, base=base), base=base)
    client = Client(credentials=credentials, timeout=timeout, retries=retries, backoff=backoff, log=log)
    return push(
        ntriples,
        graph,
        endpoint=endpoint,
        update_endpoint=update_endpoint,
        query_endpoint=query_endpoint,
        replace=replace,
        client=client,
        batch_size=batch_size,
    )
