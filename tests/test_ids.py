"""Ids that never merge unrelated things: actors with non-Latin names, articles without an id."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import unicodedata

import yaml
from api_server import Api

from actorgraph.graph.model import ACTOR_ID
from actorgraph.graph.names import slugify
from actorgraph.loaders.gazetteer import builtin_path

pytest_plugins = ["api_server"]

NON_LATIN = ["حزب الله", "هيئة تحرير الشام", "真主党", "伊斯兰国", "Хезболла", "Вагнер", "🔥", "😀", "🏴", "ISIS 🏴",
             "Hamas حماس", "Ελληνικός Στρατός", "תנועת החמאס", "हिज़्बुल्लाह"]


def test_non_latin_names_get_distinct_ids():
    ids = [slugify(name) for name in NON_LATIN]
    assert len(set(ids)) == len(ids), ids
    assert all(re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{12}", i) for i in ids), ids
    assert slugify("Hamas حماس").startswith("hamas-") and slugify("ISIS 🏴").startswith("isis-")
    assert slugify("حزب الله") == slugify(" حزب الله ")  # stable: the same name, the same id


def test_latin_ids_do_not_change():
    known = {"Hay'at Tahrir al-Sham": "hayat-tahrir-al-sham", "Türkiye": "turkiye", "al-Qaeda": "al-qaeda",
             "Jamāʻat al-Tawḥīd wa-al-Jihād": "jamaat-al-tawhid-wa-al-jihad", "Łódź": "odz",
             "Syrian government (Assad)": "syrian-government-assad", "N° 5 Brigade": "n-5-brigade"}
    assert {name: slugify(name) for name in known} == known


def test_every_shipped_actor_keeps_a_plain_id():
    """The shipped gazetteer is Latin-script: none of its ids gains a hash (tests and users rely on them)."""
    records = yaml.safe_load(builtin_path().read_text(encoding="utf-8"))
    hashed = [r["name"] for r in records if "id" not in r and re.search(r"-[0-9a-f]{12}$", slugify(r["name"]))]
    assert hashed == []


OWN_SCRIPTS = ["조선인민군", "自衛隊", "ქართული ლეგიონი", "የኢትዮጵያ መከላከያ ሠራዊት", "தமிழீழ விடுதலைப் புலிகள்",
               "سپاه پاسداران", "Азов", "Азов-2", "တပ်မတော်", "⚔️", "🕊️", "🕊️🕊️", "Brigada ⚔️", "Полк Калиновского"]


def test_names_of_other_scripts_and_emoji_keep_apart_and_stable():
    ids = {name: slugify(name) for name in OWN_SCRIPTS}
    assert len(set(ids.values())) == len(OWN_SCRIPTS), ids
    assert all(re.fullmatch(r"[a-z0-9-]*[a-z0-9]-[0-9a-f]{12}", i) for i in ids.values()), ids
    assert ids["Brigada ⚔️"].startswith("brigada-") and ids["Азов-2"].startswith("2-")
    # case, Unicode normalisation and runs of spaces do not change a name's id
    assert slugify("ПОЛК  Калиновского") == ids["Полк Калиновского"]
    assert slugify(unicodedata.normalize("NFD", "Полк Калиновского")) == ids["Полк Калиновского"]
    # the same across processes: no per-run salt (Python's hash() would give other ids in another run)
    run = subprocess.run([sys.executable, "-c", "from actorgraph.graph.names import slugify; print(slugify('Азов'))"],
                         capture_output=True, text=True, check=True)
    assert run.stdout.strip() == ids["Азов"]


def test_many_made_up_non_latin_names_never_share_an_id():
    rng = random.Random(12)
    letters = "абвгдеёжзийклмнопрстуфхцчшщыэюя"
    names = {" ".join("".join(rng.choice(letters) for _ in range(rng.randint(3, 8))) for _ in range(2))
             for _ in range(100_000)}
    assert len({slugify(name) for name in names}) == len(names)


def test_punctuation_only_and_overlong_names_get_valid_distinct_ids():
    odd = ["???", "!!!", "--", "x" * 250, "x" * 249 + "y", "Front " * 60]
    ids = [slugify(name) for name in odd]
    assert len(set(ids)) == len(ids), ids
    assert all(re.fullmatch(ACTOR_ID, i) for i in ids), ids
    assert slugify("x" * 200) == "x" * 200  # a Latin slug that fits keeps its form


def test_articles_without_an_id_stay_apart(api: Api):
    texts = ["Iran backs Hezbollah.", "Iran backs the Houthis."]  # actors the fixture graph's tests do not count
    first, second = (api.post("/articles", params={"published": "2022-04-01"}, json={"text": t}).json()
                     for t in texts)
    ids = {c["article"] for c in first["claims"]} | {c["article"] for c in second["claims"]}
    assert len(ids) == 2, (first, second)
    again = api.post("/articles", params={"published": "2022-04-01"}, json={"text": texts[0]}).json()
    assert {c["article"] for c in again["claims"]} <= ids  # the same text is the same article


def test_same_file_name_in_two_folders_is_two_articles(tmp_path):
    from events_helpers import resolver

    from actorgraph.loaders.articles.format import read_documents
    from actorgraph.loaders.base import LoadContext

    context = LoadContext(resolver=resolver(tmp_path))
    ids = set()
    for folder, text in (("d1", "Russia backed the Syrian army in 2016."), ("d2", "Iran backed Hezbollah in 2006.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text)
        document, _, _ = next(read_documents(tmp_path / folder / "report.txt", context))
        ids.add(document.article.id)
    assert len(ids) == 2 and all(i.startswith("report-") for i in ids)
