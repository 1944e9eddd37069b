# syntax=docker/dockerfile:1
# The actorgraph HTTP API, configured for a Neo4j store (see docker-compose.yml and docs/neo4j.md).
#   docker build -t actorgraph .
#   docker run -e ACTORGRAPH_NEO4J_URI=neo4j://db:7687 -e ACTORGRAPH_NEO4J_PASSWORD=... \
#              -e ACTORGRAPH_API_KEY=... -p 8000:8000 actorgraph

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
# The repository root is the `actorgraph` package (pyproject maps it); .dockerignore keeps tests,
# docs, benchmarks and local databases out.
COPY . .
RUN pip wheel --no-deps --wheel-dir /wheels . \
 && pip wheel --wheel-dir /wheels /wheels/actorgraph-*.whl

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-index --find-links /wheels actorgraph \
 && useradd --system --uid 10001 --create-home --home-dir /home/actorgraph actorgraph
USER actorgraph
WORKDIR /home/actorgraph

# Inside the container the API binds every interface, so `actorgraph serve` insists on
# ACTORGRAPH_API_KEY (writes need `Authorization: Bearer <key>`); it exits with a clear message
# when the key is unset or a placeholder.
ENV ACTORGRAPH_STORE=neo4j \
    ACTORGRAPH_NEO4J_URI=neo4j://neo4j:7687 \
    ACTORGRAPH_HOST=0.0.0.0 \
    ACTORGRAPH_PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=4 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD ["actorgraph", "serve", "--log-level", "info"]
