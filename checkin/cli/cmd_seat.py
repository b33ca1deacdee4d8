"""checkin seat PATH --auto [--dry-run] | --guest ID --table N: seat guests, and say why."""

from __future__ import annotations

from checkin import guests, tables
from checkin.cli.output import Failure, add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.seating import assign, auto
from checkin.seating.reasons import describe


def register(sub) -> None:
    p = sub.add_parser("seat", help="seat guests automatically or by hand")
    p.add_argument("path")
    p.add_argument("--auto", action="store_true", help="seat guests by field and delegation")
    p.add_argument("--dry-run", action="store_true", help="show the plan, change nothing")
    p.add_argument(
        "--split-organisations",
        action="store_true",
        help="seat colleagues of one organisation at different tables",
    )
    p.add_argument("--only-unseated", action="store_true", help="keep seated guests where they are")
    p.add_argument(
        "--no-overflow",
        action="store_true",
        help="leave guests unseated when their field's tables are full",
    )
    p.add_argument("--guest", type=int, default=None, help="guest id to seat by hand")
    p.add_argument("--table", type=int, default=None, help="table number for --guest")
    p.add_argument("--unseat", action="store_true", help="remove the seat of --guest")
    p.add_argument(
        "--no-lock",
        action="store_true",
        help="with --guest: automatic seating may move this guest later",
    )
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    if args.auto == (args.guest is not None):
        raise Failure("seat: give either --auto or --guest ID --table N")
    if args.guest is not None:
        return _by_hand(args)
    options = auto.Options(
        keep_organisations_together=not args.split_organisations,
        only_unseated=args.only_unseated,
        overflow=not args.no_overflow,
    )
    with open_event(args.path) as event:
        if not args.dry_run:
            require_pin(event, args)
        plan = auto.plan_seating(event, options)
        changed = 0 if args.dry_run else auto.apply_plan(event, plan)
        numbers = {t.id: t.number for t in tables.list_tables(event)}
    data = plan.to_dict()
    data.update(dry_run=args.dry_run, changed=changed)
    lines = []
    for p in plan.placements:
        moved = ""
        if p.moved and not p.locked:
            before = numbers.get(p.previous_table_id)
            moved = f"  (was {before})" if before else "  (new)"
        lines.append(f"T{p.table_number:<3} {p.guest_name:<32} {describe(p.reason)}{moved}")
    for u in plan.unplaced:
        lines.append(f"{'–':<4} {u.guest_name:<32} NOT SEATED: {describe(u.reason)}")
    verb = "would move" if args.dry_run else "moved"
    lines.append(
        f"{len(plan.placements)} seated ({verb} {len(plan.moves)}), "
        f"{len(plan.unplaced)} could not be seated, {len(plan.skipped)} left out by category."
    )
    if args.dry_run:
        lines.append("Dry run: nothing was changed.")
    emit(args, data, "\n".join(lines))
    return 0


def _by_hand(args) -> int:
    if args.unseat == (args.table is not None):
        raise Failure("seat: with --guest give either --table N or --unseat")
    with open_event(args.path) as event:
        require_pin(event, args)
        guest = guests.get_guest(event, args.guest)
        if args.unseat:
            change = assign.assign(event, guest.id, None)
        else:
            table = tables.table_by_number(event, args.table)
            change = assign.assign(event, guest.id, table.id, lock=not args.no_lock)
    table = change.table
    data = {
        "guest_id": change.guest.id,
        "name": change.guest.full_name,
        "table": table.number if table else None,
        "locked": change.guest.table_locked,
        "seated": change.seated,
        "capacity": table.capacity if table else None,
        "over_capacity": change.over_capacity,
    }
    if table is None:
        text = f"{change.guest.full_name} no longer has a seat."
    else:
        cap = "–" if table.capacity is None else table.capacity
        text = f"{change.guest.full_name} now sits at table {table.label} ({change.seated}/{cap})"
        text += " — locked against automatic seating." if change.guest.table_locked else "."
        if change.over_capacity:
            text += f"\nWarning: table {table.number} is over capacity."
    emit(args, data, text)
    return 0
