"""The HTTP service (FastAPI): one router per resource over graph.questions."""
