"""Settings, read from ``ACTORGRAPH_*`` environment variables (or a ``.env`` file).

Build a :class:`Settings` at the entry point (CLI root command, ``create_app``) and hand it
down; library code never reads the environment itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_path
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_embedded_path() -> Path:
    """The embedded database file in the user's data directory."""
    return user_data_path("actorgraph", appauthor=False) / "graph.lbug"


class Settings(BaseSettings):
    """Every setting of actorgraph; the environment variable is ``ACTORGRAPH_`` + the name."""

    model_config = SettingsConfigDict(env_prefix="ACTORGRAPH_", env_file=".env", extra="ignore")

    store: Literal["embedded", "neo4j"] = Field(
        "embedded", description="Which store to use: the embedded LadybugDB file or a Neo4j server."
    )
    embedded_path: Path = Field(
        default_factory=default_embedded_path,
        description="Path of the embedded database (created on first use).",
    )
    neo4j_uri: str = Field(
        "neo4j://127.0.0.1:7687",
        description="Neo4j URI; use neo4j:// (routing, clusters, Aura) or bolt:// (one server).",
    )
    neo4j_user: str = Field("neo4j", description="Neo4j user name.")
    neo4j_password: SecretStr | None = Field(
        None, description="Neo4j password; leave unset for a server without authentication."
    )
    neo4j_database: str | None = Field(
        None, description="Neo4j database name; unset means the server's default database."
    )
    batch_size: int = Field(5000, ge=1, description="Rows written per transaction.")
    host: str = Field(
        "127.0.0.1",
        description="Address `actorgraph serve` binds. Beyond loopback it refuses to start without an API key.",
    )
    port: int = Field(8000, ge=1, le=65535, description="Port `actorgraph serve` listens on.")
    api_key: SecretStr | None = Field(
        None,
        description="Bearer key the API requires for writes (POST /articles, /events) and POST /cypher. "
        "Unset: they are open, and the server only binds loopback.",
    )
    cypher_max_rows: int = Field(1000, ge=1, description="Most rows POST /cypher returns (more are cut off).")
    cypher_max_bytes: int = Field(
        5 * 1024 * 1024, ge=1024, description="Most bytes of rows POST /cypher returns (more rows are cut off)."
    )
    cypher_timeout: float = Field(10.0, gt=0, description="Seconds a POST /cypher query may run.")
    cypher_enabled: bool = Field(
        True,
        description="Serve POST /cypher (read-only ad-hoc Cypher). With an API key set it needs the key too; "
        "`false` answers 403.",
    )
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Host names the API answers besides loopback and `host` (DNS rebinding guard), "
        'as a JSON list: `["graph.example.org"]`; `["*"]` turns the check off.',
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description="Origins a browser may call the API from (CORS), as a JSON list; unset: none, and writes "
        "carrying another site's `Origin` are refused.",
    )
    upload_max_bytes: int = Field(
        50 * 1024 * 1024, ge=1, description="Largest request body POST /articles and POST /events accept."
    )

    @field_validator("api_key")
    @classmethod
    def _no_placeholder_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            key = value.get_secret_value()
            if key.strip().lower() in {"", "changeme", "change-me", "secret", "password", "apikey", "api-key"}:
                raise ValueError("api_key is empty or a placeholder; set a real secret or leave it unset")
            if len(key) < 16:
                raise ValueError("api_key must be at least 16 characters")
        return value
