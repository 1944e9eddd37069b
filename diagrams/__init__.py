"""Renderings of query results: Graphviz (SVG/PNG/PDF/DOT), Mermaid, and exports for other tools."""
