"""checkin stats PATH: arrivals per programme item and category."""

from __future__ import annotations

from checkin.cli.output import add_json, emit, open_event


def register(sub) -> None:
    p = sub.add_parser("stats", help="show check-in counts")
    p.add_argument("path")
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from checkin import stats

    with open_event(args.path, read_only=True) as event:
        name = event.info.name
        all_stats = stats.event_stats(event)
    lines = [name]
    for s in all_stats:
        lines.append(
            f"  [{s.item.id}] {s.item.name}: {s.checked_in}/{s.expected} checked in, "
            f"{s.present} present, {s.checked_out} checked out"
        )
        for cat, (arrived, expected) in s.by_category.items():
            lines.append(f"        {cat:<12} {arrived}/{expected}")
    emit(args, {"event": name, "items": [s.to_dict() for s in all_stats]}, "\n".join(lines))
    return 0
