"""actorgraph: a dated, sourced knowledge graph of conflict actors and their alliances.

Data flows one way: files -> ``loaders`` -> :class:`~actorgraph.graph.model.GraphBatch`
-> a store (``graph.backends``) -> named queries (``cypher/``) -> API, CLI and diagrams.
"""

__version__ = "0.1.0"
