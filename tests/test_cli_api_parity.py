"""Each read command's ``--json`` and its endpoint answer the same JSON for the same arguments.

Parameters mean one thing (``--to 2017`` and ``to=2017`` both end on 2017-12-31; paging and
filters alike) because both surfaces take their meaning from the library (graph/params.py).
The CLI runs in process over an embedded store holding the fixture graph; then a real server
serves that same store.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from api_server import serve, settings_for
from click.testing import CliRunner
from conftest import open_backend
from fixture_graph import fixture_batch

from actorgraph.cli import root

# (CLI arguments, endpoint, query parameters): the same question asked both ways.
CASES = [
    (["relations", "--to", "2017"], "/relations", {"to": "2017"}),
    (["relations", "--from", "2016-06", "--to", "2017-01", "--type", "SUCCESSOR_OF"], "/relations",
     {"from": "2016-06", "to": "2017-01", "type": "SUCCESSOR_OF"}),
    (["relations", "--source", "Russia", "--limit", "2", "--offset", "1", "--min-confidence", "0.5"], "/relations",
     {"source": "Russia", "limit": 2, "offset": 1, "min_confidence": 0.5}),
    (["relations"], "/relations", {}),
    (["changes", "--from", "2016", "--to", "2017"], "/changes", {"from": "2016", "to": "2017"}),
    (["changes", "--from", "2015", "--to", "2024", "--actor", "russia", "--limit", "3"], "/changes",
     {"from": "2015", "to": "2024", "actor": "russia", "limit": 3}),
    (["lineage", "HTS"], "/actors/HTS/lineage", {}),
    (["lineage", "HTS", "--direction", "up", "--depth", "2", "--as-of", "2017-06"], "/actors/HTS/lineage",
     {"direction": "up", "depth": 2, "as_of": "2017-06"}),
    (["alliances", "Russia", "--as-of", "2020-03-10"], "/actors/Russia/alliances", {"as_of": "2020-03-10"}),
    (["alliances", "Russia"], "/actors/Russia/alliances", {}),
    (["neighbours", "Nusra", "--hops", "2"], "/actors/Nusra/neighbours", {"hops": 2}),
    (["neighbours", "Nusra", "--max-nodes", "3", "--type", "AFFILIATE_OF"], "/actors/Nusra/neighbours",
     {"max_nodes": 3, "types": "AFFILIATE_OF"}),
    (["evidence", "SUPPORTS:russia:syrian-government"], "/relations/SUPPORTS:russia:syrian-government/evidence", {}),
    (["timeline", "russia", "--limit", "3"], "/actors/russia/timeline", {"limit": 3}),
    (["timeline", "russia"], "/actors/russia/timeline", {}),
    (["search", "nusra"], "/actors", {"q": "nusra"}),
    (["search", "syrian", "--limit", "2", "--offset", "1"], "/actors", {"q": "syrian", "limit": 2, "offset": 1}),
    (["blocs"], "/alliances/blocs", {}),
    (["blocs", "--as-of", "2016", "--min-size", "3"], "/alliances/blocs", {"as_of": "2016", "min_size": 3}),
]
# The path endpoint adds the evidence of each step; with none asked, the rest is the command's.
PATH_CASE = (["path", "HTS", "al-Qaeda"], "/paths", {"from": "HTS", "to": "al-Qaeda", "evidence_per_step": 0})


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[object, object, str]]:
    folder = tmp_path_factory.mktemp("parity")
    store = open_backend("embedded", folder)
    store.write(fixture_batch())
    store.close()
    settings = settings_for("embedded", folder)
    env = {"ACTORGRAPH_STORE": "embedded", "ACTORGRAPH_EMBEDDED_PATH": str(settings.embedded_path)}
    runner = CliRunner()
    cli = []
    for args, _, _ in [*CASES, PATH_CASE]:
        done = runner.invoke(root, [*args, "--json"], env=env, catch_exceptions=False)
        assert done.exit_code == 0, done.output
        cli.append(json.loads(done.stdout))
    running = serve(settings)
    url = next(running)
    try:
        found = []
        with httpx.Client(base_url=url) as client:
            for (args, endpoint, query), from_cli in zip([*CASES, PATH_CASE], cli, strict=True):
                response = client.get(endpoint, params=query)
                assert response.status_code == 200, response.text
                found.append((from_cli, response.json(), " ".join(args)))
    finally:
        running.close()
    return found


@pytest.mark.parametrize("case", range(len(CASES) + 1), ids=[" ".join(c[0]) for c in [*CASES, PATH_CASE]])
def test_command_and_endpoint_agree(answers: list[tuple[object, object, str]], case: int):
    from_cli, from_api, args = answers[case]
    if args.startswith("path "):
        assert isinstance(from_api, dict) and from_api.pop("evidence") == []
    assert from_cli == from_api, args


def test_a_year_as_upper_bound_is_its_last_day(answers: list[tuple[object, object, str]], tmp_path: Path):
    """`--to 2017` is `--to 2017-12-31`: it keeps HTS (formed 2017-01-28), which `--to 2017-01-01` leaves out."""
    store = open_backend("embedded", tmp_path)
    store.write(fixture_batch())
    store.close()
    env = {"ACTORGRAPH_STORE": "embedded", "ACTORGRAPH_EMBEDDED_PATH": str(tmp_path / "graph.lbug")}

    def ids(to: str) -> set[str]:
        done = CliRunner().invoke(root, ["relations", "--to", to, "--json"], env=env, catch_exceptions=False)
        return {r["id"] for r in json.loads(done.stdout)["relations"]}

    year, last_day, first_day = ids("2017"), ids("2017-12-31"), ids("2017-01-01")
    assert year == last_day
    assert first_day < year and "SUCCESSOR_OF:hayat-tahrir-al-sham:jabhat-fateh-al-sham" in year - first_day


def test_most_connected_actors_are_ordered_by_their_relations(answers, tmp_path: Path):
    """GET /actors/most-connected counts each actor's relations as the relation list does."""
    from collections import Counter

    from actorgraph.graph.overview import most_connected

    store = open_backend("embedded", tmp_path)
    store.write(fixture_batch())
    try:
        top = most_connected(store, limit=5)
        from actorgraph.graph import analysis

        rels = analysis.relations(store, limit=1000).relations
        degree = Counter(x for r in rels for x in (r.source, r.target))
        assert [(a.id, a.relations) for a in top] == sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    finally:
        store.close()
