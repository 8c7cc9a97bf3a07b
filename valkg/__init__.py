"""valkg: drug monographs to RDF knowledge graphs, with provenance for every fact.

The pipeline, one module per stage::

    reader.read_monograph → extract.extract → graph.build_graph
        → validate.validate → serialize.serialize / query.run_query / load.load

``valkg.api`` ties the stages together for notebook use.
"""

__version__ = "0.1.0"
