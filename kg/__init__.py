"""kg: a knowledge graph of the AI industry, built from news text.

The package is laid out in the order data flows through it::

    kg.ingest   -> documents from files, folders, feeds, JSONL, HTML
    kg.extract  -> entities and typed relation facts (spaCy + rule data files)
    kg.graph    -> the ontology, the RDF mapping and the rdflib/Oxigraph store
    kg.query    -> SPARQL and networkx analytics over the store
    kg.render   -> exports (Turtle, JSON-LD, GraphML, CSV) and the HTML view
    kg.api      -> one function per user task, used by the CLI (kg.cli)

Importing the package does no work: heavy libraries load inside the functions
that need them.
"""

__version__ = "0.1.0"
