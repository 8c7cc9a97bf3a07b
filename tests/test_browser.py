"""The pages of ``valkg serve`` in a real headless browser (Debian's Chromium, via Playwright).

Needs ``/usr/bin/chromium`` (``apt-get install chromium``; another binary with
``VALKG_CHROMIUM=/path``) and the ``playwright`` Python package, which drives the
installed browser: ``playwright install`` (a browser download) is never needed.
Screenshots go to ``test-artifacts/`` at the top of the repository (or
``$VALKG_TEST_ARTIFACTS``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, Graph, Namespace, URIRef

from tests.servers import oxigraph_binary
from valkg import api
from valkg.namespaces import VK
from valkg.serve import ServerHandle, start_server

pytestmark = [pytest.mark.browser, pytest.mark.integration]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("VALKG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
DRUG = URIRef("https://w3id.org/valkg/drug/valacyclovir")
CHICKENPOX = URIRef("https://w3id.org/valkg/condition/chickenpox")
TRANSPARENT = ("rgba(0, 0, 0, 0)", "transparent")


@pytest.fixture(scope="module")
def chromium() -> str:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        found = shutil.which("chromium")
        if found is None or "VALKG_CHROMIUM" in os.environ:
            pytest.skip(
                f"Chromium is not installed at {CHROMIUM} (Debian: apt-get install chromium; or set VALKG_CHROMIUM)"
            )
        return found
    return CHROMIUM


@pytest.fixture(scope="module")
def sync_playwright(chromium: str) -> Any:
    module = pytest.importorskip(
        "playwright.sync_api",
        reason="the playwright package is not installed (pip install playwright;"
        " it drives the installed Chromium, no `playwright install` needed)",
    )
    return module.sync_playwright


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("VALKG_TEST_ARTIFACTS", ROOT / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def data() -> Graph:
    result = api.build(check=False)
    assert result.graph is not None, result.error
    return result.graph


@pytest.fixture(scope="module")
def server(data: Graph) -> Iterator[ServerHandle]:
    oxigraph_binary()
    result = api.build(check=False)
    with start_server([(result.graph_name, data)]) as handle:
        yield handle


@pytest.fixture
def page(sync_playwright: Any, chromium: str) -> Iterator[Any]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1200, "height": 900})
            yield context.new_page()
            context.close()
        finally:
            browser.close()


def test_drug_page_and_an_indication_in_a_browser(
    page: Any, server: ServerHandle, data: Graph, artifacts: Path
) -> None:
    requested: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on(
        "response",
        lambda answer: errors.append(f"{answer.status} {answer.url}") if answer.status >= 400 else None,
    )

    response = page.goto(server.page_url(str(DRUG)))
    assert response is not None and response.status == 200
    assert page.title() == "valacyclovir — valkg"
    disputes = page.locator("#disputed-claims")
    assert disputes.is_visible()
    assert "Viruses have no cell wall" in disputes.inner_text()
    page.screenshot(path=str(artifacts / "browser-drug-valacyclovir.png"), full_page=True)

    # follow the link to an indication
    indications = page.locator("h3#vk-hasIndication + ul")
    indications.get_by_role("link", name="chickenpox", exact=True).click()
    page.wait_for_url("**/condition/chickenpox")
    assert page.title() == "chickenpox — valkg"

    # the sentence that states the indication is highlighted in the monograph's text
    claim = next(iter(data.subjects(RDF.object, CHICKENPOX)))
    quote = str(data.value(data.value(claim, VK.evidence), NIF.anchorOf))
    mark = page.locator("mark", has_text=quote[:40]).first
    assert mark.is_visible()
    assert " ".join(mark.inner_text().split()) == " ".join(quote.split())
    background = mark.evaluate("element => getComputedStyle(element).backgroundColor")
    assert background not in TRANSPARENT  # the highlight shows
    page.screenshot(path=str(artifacts / "browser-condition-chickenpox.png"), full_page=True)

    assert errors == []
    local = server.url + "/"
    assert [url for url in requested if not url.startswith(local)] == []  # nothing external
    assert (artifacts / "browser-condition-chickenpox.png").stat().st_size > 10_000
