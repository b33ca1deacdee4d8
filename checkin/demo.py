"""The demo event: a fictional cooperation exchange, built from resources/demo/."""

from __future__ import annotations

import json
from pathlib import Path

from checkin import guests, paths, programme, tables
from checkin.event import Event, EventInfo
from checkin.rounds.demo_data import GUEST_KEYS, apply_demo

DEMO_DATA = "demo/demo-event.json"


def create_demo(path: str | Path) -> Event:
    """Create the demo event file at ``path`` and return it open."""
    data = json.loads(paths.resource(DEMO_DATA).read_text(encoding="utf-8"))
    event = Event.create(path, EventInfo(**data["event"]))
    table_ids = {t["number"]: tables.add_table(event, **t).id for t in data["tables"]}
    rows, cancelled = [], []
    for index, raw in enumerate(data["guests"]):
        row = {k: v for k, v in raw.items() if k not in ("table", "cancelled", *GUEST_KEYS)}
        if "table" in raw:
            row["table_id"] = table_ids[raw["table"]]
        if raw.get("cancelled"):
            cancelled.append(index)
        rows.append(row)
    ids = guests.add_guests(event, rows)
    for index in cancelled:
        guests.set_cancelled(event, ids[index])
    categories = {gid: row.get("category") for gid, row in zip(ids, rows, strict=True)}
    for spec in data["programme"]:
        texts = {k: v for k, v in spec.items() if k in programme.TEXT_FIELDS and k != "name"}
        item = programme.add_item(
            event, spec["name"], spec["starts"], spec["ends"], all_guests=spec["all_guests"],
            **texts,
        )  # fmt: skip
        if not spec["all_guests"]:
            wanted = set(spec.get("categories", []))
            programme.register(event, item.id, [g for g, c in categories.items() if c in wanted])
        if spec.get("active"):
            programme.set_active_item(event, item.id)
    apply_demo(event, data, ids)
    return event
