"""Small HTML toolkit shared by ``valkg docs`` and the pages of ``valkg serve``.

Page skeletons are data files (``valkg/data/templates/*.html``, ``string.Template``
syntax: ``$name`` is replaced, ``$$`` is a dollar sign), read through
``valkg.resources``.  Every value that comes from RDF goes through ``esc`` before it
reaches a template; template values are never re-read as templates.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from functools import cache
from string import Template

from valkg.namespaces import PREFIXES
from valkg.resources import read_text

#: Prefixes shown in CURIEs: those of the graphs plus the ones the ontology and shapes use.
CURIE_PREFIXES: dict[str, str] = {
    **PREFIXES,
    "vann": "http://purl.org/vocab/vann/",
    "sh": "http://www.w3.org/ns/shacl#",
    "vks": "https://w3id.org/valkg/shapes#",
    "biolink": "https://w3id.org/biolink/vocab/",
}


def esc(value: object) -> str:
    """``value`` as HTML text or attribute value (``&``, ``<``, ``>``, quotes escaped)."""
    return html.escape(str(value), quote=True)


@cache
def template(name: str) -> Template:
    """The packaged template ``valkg/data/templates/NAME``."""
    return Template(read_text("data", "templates", name))


def render(name: str, values: Mapping[str, str]) -> str:
    """Fill a template; every placeholder must be given (a missing one is a bug)."""
    return template(name).substitute(values)


def stylesheet() -> str:
    """The inline CSS of every page (no external assets)."""
    return read_text("data", "templates", "style.css")


def page(title: str, body: str, *, nav: str = "") -> str:
    """A whole HTML document around ``body`` (already HTML); ``title`` is plain text."""
    return render("layout.html", {"title": esc(title), "css": stylesheet(), "nav": nav, "body": body})


def curie(iri: str) -> str:
    """``vk:Drug`` for an IRI in a known namespace (longest match), else the IRI itself."""
    best = ""
    for namespace in CURIE_PREFIXES.values():
        if iri.startswith(namespace) and len(namespace) > len(best):
            best = namespace
    if not best:
        return iri
    local = iri[len(best) :]
    name = next(p for p, ns in sorted(CURIE_PREFIXES.items()) if ns == best)
    if not local or any(c in local for c in "/?#=&"):
        return iri
    return f"{name}:{local}"


def link(href: str, text: str, *, title: str | None = None, css: str | None = None) -> str:
    """An ``<a>`` element; ``href`` and ``text`` are plain text and escaped here."""
    attributes = f' href="{esc(href)}"'
    if title:
        attributes += f' title="{esc(title)}"'
    if css:
        attributes += f' class="{esc(css)}"'
    return f"<a{attributes}>{esc(text)}</a>"


def bullet_list(items: Iterable[str], *, css: str | None = None) -> str:
    """A ``<ul>`` of HTML items; empty string when there are none."""
    rows = [f"<li>{item}</li>" for item in items]
    if not rows:
        return ""
    attribute = f' class="{esc(css)}"' if css else ""
    return f"<ul{attribute}>" + "".join(rows) + "</ul>"


def definition_list(rows: Iterable[tuple[str, str]]) -> str:
    """A ``<dl>`` of (plain-text term, HTML description) rows; empty when there are none."""
    parts = [f"<dt>{esc(term)}</dt><dd>{description}</dd>" for term, description in rows]
    return "<dl>" + "".join(parts) + "</dl>" if parts else ""


def mark_text(
    text: str,
    marks: Iterable[tuple[int, int, str]],
    links: Mapping[tuple[int, int], str] | None = None,
) -> str:
    """``text`` escaped, with each (begin, end, attributes) range wrapped in ``<mark>``.

    Offsets count code points (as Python strings and NIF do).  Ranges that overlap an
    earlier one, or fall outside the text, are left unmarked.  ``attributes`` is
    already-escaped HTML attribute text (may be empty); ``links`` maps a range to the
    (plain-text) address its mark links to.
    """
    out = []
    position = 0
    for begin, end, attributes in sorted(marks):
        if begin < position or end > len(text) or begin >= end:
            continue
        out.append(esc(text[position:begin]))
        space = " " if attributes else ""
        marked = f"<mark{space}{attributes}>{esc(text[begin:end])}</mark>"
        href = (links or {}).get((begin, end))
        out.append(f'<a href="{esc(href)}">{marked}</a>' if href else marked)
        position = end
    out.append(esc(text[position:]))
    return "".join(out)


def excerpt(text: str, begin: int, end: int, *, context: int = 120, attributes: str = "") -> str:
    """``text[begin:end]`` marked, with up to ``context`` characters either side (whole words)."""
    begin = max(0, min(begin, len(text)))
    end = max(begin, min(end, len(text)))
    start = max(0, begin - context)
    stop = min(len(text), end + context)
    if start > 0:
        space = text.find(" ", start, begin)
        start = space + 1 if space != -1 else start
    if stop < len(text):
        space = text.rfind(" ", end, stop)
        stop = space if space != -1 else stop
    marked = mark_text(text[start:stop], [(begin - start, end - start, attributes)])
    return ("…" if start > 0 else "") + marked + ("…" if stop < len(text) else "")
