"""Everything one print run needs of its design: which design, its images, each badge's values."""

from __future__ import annotations

from dataclasses import dataclass

from checkin import tables
from checkin.badges import content
from checkin.badges.designs import assets as assets_mod
from checkin.badges.designs import default, store
from checkin.badges.designs.assets import Asset
from checkin.badges.designs.model import Design
from checkin.badges.designs.values import BadgeValues, event_facts
from checkin.event import Event
from checkin.models import Guest
from checkin.seating import place


@dataclass(frozen=True)
class Prepared:
    design: Design
    assets: dict[str, Asset]


def resolve(
    event: Event,
    name: str | None,
    width: float,
    height: float,
    logo: str | Asset | None = None,
) -> Prepared:
    """The design called ``name`` (None: the event's chosen one), with ``logo`` in its logo
    place, and its images; the standard design is made for the badge size."""
    name = name or store.chosen_design(event)
    if name == store.STANDARD:
        design = default.default_design(width, height)
        images: dict[str, Asset] = {}
    else:
        design = store.get_design(event, name)
        images = store.assets_of(event, design)
    if logo is not None:
        asset = logo if isinstance(logo, Asset) else assets_mod.read(logo)
        design = default.with_logo(design, asset)
        images[asset.sha] = asset
    return Prepared(design, images)


def badge_values(
    event: Event,
    guests: list[Guest],
    *,
    event_name: str | None = None,
    staff_lang: str | None = None,
    reverse_transliteration: bool = False,
    show_position: bool = True,
) -> list[BadgeValues]:
    """What each guest's badge shows, in the order of ``guests``."""
    by_id = {t.id: t for t in tables.list_tables(event)}
    staff_lang = staff_lang or content.event_language(event)
    name = event_name if event_name is not None else event.info.name
    secret = event.secret
    facts = event_facts(event.info)
    rounds = place.rounds_by_guest(event)

    def round_tables(guest: Guest) -> list[int] | None:
        """The rounds' tables when the meeting rounds seat the guest elsewhere than their
        table: the badge then never names a table the rounds contradict."""
        table = by_id.get(guest.table_id)
        seat = table.number if table else None
        numbers = place.badge_tables(seat, rounds.get(guest.id, []))
        return None if numbers in ([], [seat]) else numbers

    return [
        BadgeValues(
            content.build(
                event,
                g,
                by_id.get(g.table_id),
                event_name=name,
                staff_lang=staff_lang,
                reverse_transliteration=reverse_transliteration,
                show_position=show_position,
                secret=secret,
                round_tables=round_tables(g),
            ),
            g.extra,
            facts,
            g.category,
        )
        for g in guests
    ]
