"""valkg: drug monographs to RDF knowledge graphs, with provenance for every fact.

The pipeline, one module per stage::

    reader.read_monograph → extract.extract → graph.build_graph
        → validate.validate → serialize.serialize / query.run_query / load.load

``valkg.api`` ties the stages together for notebook use.  Two modules only make a cold
command start sooner: ``ahead`` (extraction in a forked child while the graph libraries load)
and ``recache`` (compiled regular expressions kept between processes).
"""

__version__ = "0.1.0"
