"""checkin guests --search: finds as the desk does, keeps the folded words for next time,
and still answers while a desk window holds the file."""

from __future__ import annotations

import json
import subprocess
import sys

from checkin import guests, search
from checkin.event import Event
from tests.cli.helpers import run


def _found(capsys, path, query) -> list[int]:
    code, out, _ = run(capsys, "guests", path, "--search", query, "--json")
    assert code == 0
    return [g["id"] for g in json.loads(out)["guests"]]


def _stored(path) -> int:
    with Event.open(path, read_only=True) as event:
        return event.db.execute("SELECT COUNT(*) FROM search_keys").fetchone()[0]


def test_search_finds_in_name_order_as_the_desk_index_does(demo, capsys):
    with Event.open(demo, read_only=True) as event:
        everyone = guests.list_guests(event)
    for query in ("a", "müller", "parfenov", "smirnof", "gmbh"):
        expected = [g.id for g in search.SearchIndex(everyone).find(query, limit=None)]
        assert _found(capsys, demo, query) == expected


def test_a_search_keeps_the_words_for_the_next_one(demo, capsys):
    assert _stored(demo) == 0
    _found(capsys, demo, "anna")
    with Event.open(demo, read_only=True) as event:
        assert _stored(demo) == len(guests.list_guests(event))


def test_a_search_beside_a_desk_reads_only(demo, capsys):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from checkin.event import Event; e = Event.open(sys.argv[1]);"
         " print('open', flush=True); sys.stdin.read()", str(demo)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"  # the "desk" holds the file now
        assert _found(capsys, demo, "parfenov")
        assert _stored(demo) == 0  # nothing written beside the desk
    finally:
        holder.stdin.close()
        holder.wait(10)
