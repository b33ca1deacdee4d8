"""``checkin guests --search`` (through the words the event file keeps) lists the guests the
desk's search view shows, in the same order."""

from __future__ import annotations

import json

import pytest

from checkin import search_store
from checkin.ui.desk import SearchView
from checkin.ui.language import current_language
from tests.cli.helpers import run

QUERIES = ["parfjonow", "Парфёнова", "mueller", "Weiß", "Kowaljow", "Fjodorowa", "an", "gmbh",
           "Grosse Kathofer", "kruger sohne", "Petrovic", "Strauss", "Ozturk", "Сибпрофиль",
           "Orlowa", "wiesental", "Shafer", "Frölich", "xyzzy"]  # fmt: skip


@pytest.mark.parametrize("stored", [True, False], ids=["words stored", "folded while searching"])
def test_the_command_line_lists_what_the_desk_search_shows(qtbot, demo_event, capsys, stored):
    if stored:
        search_store.refresh(demo_event)
    assert current_language() in ("de", "en")  # the command line reads in German order
    view = SearchView(demo_event, limit=None)
    qtbot.addWidget(view)
    view.refresh_index()
    for query in QUERIES:
        desk = [g.id for g in view.run_query(query)]
        assert desk or query == "xyzzy"
        code, out, _ = run(capsys, "guests", demo_event.path, "--search", query, "--json")
        assert code == 0
        assert [g["id"] for g in json.loads(out)["guests"]] == desk, query
