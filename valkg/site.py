"""The HTTP front of ``valkg serve``: SPARQL proxied to Oxigraph, pages for minted IRIs.

A ``ThreadingHTTPServer`` (standard library) listens where the user asked.  It sends
``/sparql`` and ``/query`` (GET and POST, SPARQL 1.1 Protocol) through to the read-only
Oxigraph server, which listens on a private loopback port, and ``/editor/`` to
Oxigraph's query editor.  Every other path is a resource: ``/drug/valacyclovir`` stands
for ``https://w3id.org/valkg/drug/valacyclovir`` (the base IRI + the path) and is
answered by content negotiation (``valkg.pages.negotiate``): an HTML page, Turtle or
JSON-LD; ``/drug/valacyclovir.ttl`` (``.html``, ``.jsonld``) asks for one of them.
``/ontology`` and ``/shapes`` answer the vocabulary, ``/`` lists the drugs and
monographs.
"""

from __future__ import annotations

import shutil
import socket
import socketserver
import traceback
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from valkg import __version__
from valkg.errors import ValkgError
from valkg.pages import (
    CONTENT_TYPES,
    EXTENSIONS,
    HTML,
    JSONLD,
    OFFERS,
    TURTLE,
    NotFound,
    Pages,
    negotiate,
    vocabulary_file,
    vocabulary_graph,
)

#: Paths answered by the Oxigraph server: ours → its.
SPARQL_PATHS = {"/sparql": "/query", "/query": "/query"}
#: Oxigraph's query editor, under /editor/ (its page asks for ./yasgui.* and ./sparql).
EDITOR_PATHS = {
    "/editor/": "/",
    "/editor/sparql": "/query",
    "/editor/query": "/query",
    "/editor/yasgui.min.js": "/yasgui.min.js",
    "/editor/yasgui.min.css": "/yasgui.min.css",
    "/logo.svg": "/logo.svg",
}
#: Headers of Oxigraph's answers passed on to the client.
PASSED_HEADERS = (
    "Content-Type",
    "Content-Length",
    "Content-Disposition",
    "Cache-Control",
    "Access-Control-Allow-Origin",
    "Vary",
)
#: Headers of the client's request passed on to Oxigraph.
FORWARDED_HEADERS = ("Content-Type", "Accept")
MAX_BODY = 16 * 1024 * 1024
#: Our pages run no script and load nothing from elsewhere.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self';"
    " base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
SERIALIZATIONS = {TURTLE: "turtle", JSONLD: "json-ld"}


class FrontServer(ThreadingHTTPServer):
    """The listening server; request handlers find their configuration here."""

    daemon_threads = True

    def __init__(
        self,
        host: str,
        port: int,
        *,
        base: str,
        log_file: Path,
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.child_url = ""
        self.local_graphs: tuple[str, ...] = ()
        self.pages: Pages | None = None
        self.proxy_timeout: float | None = None
        self.base = base
        self.log_file = log_file
        super().__init__((host.strip("[]"), port), Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind asks DNS for the host's name (getfqdn): skip that.
        socketserver.TCPServer.server_bind(self)
        address = self.server_address
        self.server_name = str(address[0])
        self.server_port = int(address[1])

    def attach(self, child_url: str, *, proxy_timeout: float | None, local_graphs: Sequence[str] = ()) -> None:
        """Point the server at the running Oxigraph server (before ``serve_forever``)."""
        from valkg.pages import SparqlClient

        self.child_url = child_url
        self.proxy_timeout = proxy_timeout
        self.local_graphs = tuple(local_graphs)
        # the store's default graph holds the merge of the monographs' graphs (serve.prepare_store)
        self.pages = Pages(SparqlClient(child_url + "/query", union_default_graph=False), base=self.base)

    def log(self, line: str) -> None:
        try:
            with open(self.log_file, "a", encoding="utf-8") as output:
                output.write(line.rstrip("\n") + "\n")
        except OSError:
            pass


class Handler(BaseHTTPRequestHandler):
    """One request: proxy, vocabulary, home page or a resource."""

    server: FrontServer
    server_version = f"valkg/{__version__}"
    protocol_version = "HTTP/1.0"

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Log failed requests only (the log lives as long as the server)."""
        if isinstance(code, int) and code >= 500:
            super().log_request(code, size)

    def log_message(self, format: str, *args: Any) -> None:
        self.server.log(f"{self.address_string()} - {format % args}")

    # --- methods -------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path in SPARQL_PATHS or path in ("/editor/sparql", "/editor/query"):
            self._handle()
        else:
            self._send(
                405,
                b"only GET and HEAD are answered here\n",
                "text/plain; charset=utf-8",
                {"Allow": "GET, HEAD"},
            )

    def _handle(self) -> None:
        parts = urllib.parse.urlsplit(self.path)
        path = parts.path
        try:
            if path in SPARQL_PATHS:
                self._proxy(SPARQL_PATHS[path], parts.query)
            elif path == "/editor":
                self._send(301, b"", "text/plain; charset=utf-8", {"Location": "/editor/"})
            elif path in EDITOR_PATHS:
                self._proxy(EDITOR_PATHS[path], parts.query)
            elif path == "/favicon.ico":  # browsers ask; there is none
                self._send(204, b"", "image/x-icon")
            elif path == "/":
                self._page(200, self._pages().home_html(self._public_url() + "/sparql"))
            else:
                self._resource(path)
        except NotFound as error:
            self._not_found(str(error))
        except ValkgError as error:
            self._plain(502, f"valkg: {error}")
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception:  # a bug: answer 500 and keep serving
            self.server.log(traceback.format_exc())
            self._plain(500, "valkg: internal error (see the server log)")

    def _pages(self) -> Pages:
        if self.server.pages is None:
            raise ValkgError("the SPARQL server is not ready yet")
        return self.server.pages

    def _public_url(self) -> str:
        host = self.headers.get("Host") or f"{self.server.server_name}:{self.server.server_port}"
        return f"http://{host}"

    # --- answers ---------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _plain(self, status: int, text: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, (text + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    def _page(self, status: int, html: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, html.encode("utf-8"), CONTENT_TYPES[HTML], {**PAGE_HEADERS, **(headers or {})})

    def _not_found(self, reason: str) -> None:
        if negotiate(self.headers.get("Accept"), (HTML, "text/plain")) == HTML:
            pages = self.server.pages
            if pages is not None:
                self._page(404, pages.message_html("Not found", reason))
                return
        self._plain(404, f"valkg: not found: {reason}")

    def _not_acceptable(self) -> None:
        self._plain(
            406,
            "valkg: not acceptable: this resource is available as " + ", ".join(OFFERS),
            {"Vary": "Accept"},
        )

    # --- resources --------------------------------------------------------------------------

    def _resource(self, path: str) -> None:
        explicit: str | None = None
        for ending, wanted in EXTENSIONS.items():
            if path.endswith(ending) and len(path) > len(ending) + 1:
                explicit = wanted
                path = path[: -len(ending)]
                break
        media = explicit or negotiate(self.headers.get("Accept"))
        headers = {} if explicit else {"Vary": "Accept"}
        if media is None:
            self._not_acceptable()
            return
        extension = next(e for e, m in EXTENSIONS.items() if m == media)
        if not explicit:
            headers["Content-Location"] = path + extension
        pages = self._pages()
        if path in ("/ontology", "/shapes"):
            self._vocabulary(path[1:], media, headers)
            return
        iri = pages.iri_of(path)
        if media == HTML:
            self._page(200, pages.html(pages.resource(iri)), headers)
            return
        from valkg.serialize import serialize

        description = pages.description(iri)
        body = serialize([(None, description)], SERIALIZATIONS[media])
        self._send(200, body, CONTENT_TYPES[media], headers)

    def _vocabulary(self, name: str, media: str, headers: dict[str, str]) -> None:
        pages = self._pages()
        if media == HTML:
            self._page(200, pages.ontology_html() if name == "ontology" else pages.shapes_html(), headers)
        elif media == TURTLE:
            self._send(200, vocabulary_file(name), CONTENT_TYPES[TURTLE], headers)
        else:
            from valkg.serialize import serialize

            body = serialize([(None, vocabulary_graph(name))], "json-ld")
            self._send(200, body, CONTENT_TYPES[JSONLD], headers)

    # --- the SPARQL proxy ------------------------------------------------------------------

    def _query_allowed(self, url_query: str, body: bytes | None) -> bool:
        """Refuse (403) a query that would reach the network, as ``valkg query`` does.

        Oxigraph's server follows SERVICE to any endpoint; the texts checked are every
        ``query`` parameter and a ``application/sparql-query`` body (SPARQL 1.1 Protocol).
        A malformed query is answered 400 with where the parser stopped.
        """
        from valkg.errors import InputError, QueryRefused
        from valkg.query import check_query

        texts = urllib.parse.parse_qs(url_query).get("query", [])
        media_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if body is not None:
            decoded = body.decode("utf-8", errors="replace")
            if media_type == "application/sparql-query":
                texts.append(decoded)
            elif media_type == "application/x-www-form-urlencoded":
                texts += urllib.parse.parse_qs(decoded).get("query", [])
        for text in texts:
            try:
                check_query(text, local_graphs=self.server.local_graphs)
            except QueryRefused as error:
                self._plain(403, f"valkg: error: {error}")
                return False
            except InputError as error:
                self._plain(400, f"valkg: error: {error}")
                return False
        return True

    def _proxy(self, child_path: str, query: str) -> None:
        if not self.server.child_url:
            raise ValkgError("the SPARQL server is not ready yet")
        body = None
        if self.command == "POST":
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                self._plain(411, "valkg: send the request body with a Content-Length")
                return
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_BODY:
                self._plain(413, f"valkg: the request body must be 0 to {MAX_BODY} bytes")
                return
            body = self.rfile.read(length)
        if child_path == "/query" and not self._query_allowed(query, body):
            return
        url = self.server.child_url + child_path + (f"?{query}" if query else "")
        headers = {name: value for name in FORWARDED_HEADERS if (value := self.headers.get(name)) is not None}
        request = urllib.request.Request(url, data=body, headers=headers, method=self.command)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            answer = opener.open(request, timeout=self.server.proxy_timeout)
        except urllib.error.HTTPError as error:
            answer = error
        except (OSError, urllib.error.URLError) as error:
            raise ValkgError(f"the SPARQL server did not answer: {error}") from None
        with answer:
            self.send_response(answer.status or 502)
            for name in PASSED_HEADERS:
                value = answer.headers.get(name)
                if value is not None:
                    self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                shutil.copyfileobj(answer, self.wfile, 64 * 1024)
