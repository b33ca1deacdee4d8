"""The exchange part of the demo event: languages, consent, interpreters, the delegation,
meeting points (the table hosts) and three planned rounds on the exchange day."""

from __future__ import annotations

from checkin import programme, tables
from checkin.event import Event
from checkin.rounds import delegations, model, service

GUEST_KEYS = ("languages", "consent", "interpreter_pairs", "meeting_point")


def apply_demo(event: Event, data: dict, guest_ids: list[int]) -> None:
    hosts = {t.host.replace("Dr. ", "").strip() for t in tables.list_tables(event) if t.host}
    for gid, raw in zip(guest_ids, data["guests"], strict=True):
        if "languages" in raw:
            model.set_languages(event, gid, raw["languages"])
        model.set_consent(event, gid, bool(raw.get("consent")))
        if raw.get("interpreter_pairs"):
            model.set_interpreter_pairs(event, gid, [tuple(p) for p in raw["interpreter_pairs"]])
        name = f"{raw.get('given_name', '')} {raw.get('family_name', '')}".strip()
        if raw.get("meeting_point") or (name in hosts and raw.get("table")):
            model.set_meeting_point(event, gid, True)
    for spec in data.get("delegations", []):
        members = [
            gid
            for gid, raw in zip(guest_ids, data["guests"], strict=True)
            if raw.get("category") == spec["category"] and not raw.get("cancelled")
        ]
        leader = next(
            (
                gid
                for gid, raw in zip(guest_ids, data["guests"], strict=True)
                if raw.get("family_name") == spec.get("leader") and gid in members
            ),
            None,
        )
        delegations.create(event, spec["name"], members, leader_id=leader)
    items = {i.name: i for i in programme.list_items(event)}
    for spec in data["programme"]:
        rounds = spec.get("rounds")
        if rounds:
            item = items[spec["name"]]
            if rounds.get("related_themes"):
                model.set_related_themes(event, rounds["related_themes"])
            model.set_rounds(
                event,
                item,
                rounds["count"],
                first_start=rounds.get("starts", ""),
                minutes=rounds.get("minutes", 25),
                pause=rounds.get("pause", 5),
            )
            service.plan_item(event, item)
