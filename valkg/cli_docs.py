"""The ``valkg docs`` command (registered by ``valkg.cli``).

Only click is imported here; ``valkg.docs`` (and rdflib) when the command runs.
"""

from __future__ import annotations

import click


@click.command("docs")
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Folder to write the pages into (created if its parent exists).",
)
def docs_command(out_dir: str) -> None:
    """Write HTML documentation of the ontology and the SHACL shapes.

    DIR receives index.html (the ontology: metadata, every class with its
    alignments, properties and shapes, every property with its domain, range
    and alignments) and shapes.html (every shape, its constraints and
    messages).  The pages are self-contained (inline CSS, no scripts, no
    network) and byte-identical from run to run; each file is replaced
    atomically.

    \b
    Example:
      valkg docs -o site/
      python -m http.server -d site/ 8000
    """
    from valkg.docs import write_docs

    written = write_docs(out_dir)
    click.echo(f"valkg: wrote {', '.join(p.name for p in written)} to {out_dir}", err=True)
