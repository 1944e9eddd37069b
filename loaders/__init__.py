"""Readers and extractors: files in, :class:`~actorgraph.graph.model.GraphBatch` out.

Pure functions over pydantic models; only ``loaders.ingest`` hands batches to a store.
"""
