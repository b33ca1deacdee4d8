"""checkin rounds EVENT --item ID [--auto [--rounds N] [--dry-run]] [--json]: the round plan."""

from __future__ import annotations

from checkin.cli.common import add_item_arg, item_for
from checkin.cli.output import Failure, add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.rounds import service


def register(sub) -> None:
    p = sub.add_parser("rounds", help="plan and show the meeting rounds of an item")
    p.add_argument("path")
    add_item_arg(p)
    p.add_argument("--auto", action="store_true", help="plan the rounds automatically")
    p.add_argument("--rounds", type=int, default=None, help="number of rounds (with --auto)")
    p.add_argument("--dry-run", action="store_true", help="show the plan without saving it")
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    if (args.rounds is not None or args.dry_run) and not args.auto:
        raise Failure("--rounds and --dry-run go with --auto")
    if args.rounds is not None and not 1 <= args.rounds <= 50:
        raise Failure(f"--rounds must be between 1 and 50, not {args.rounds}")
    with open_event(args.path) as event:
        item = item_for(event, args.item)
        if args.auto:
            if not args.dry_run:
                require_pin(event, args)
            plan = service.plan_item(event, item, rounds=args.rounds, save=not args.dry_run)
        else:
            plan = service.load(event, item)
        data = plan.to_json()
        emit(args, data, _text(plan, data, dry_run=args.dry_run))
    return 0


def _text(plan: service.ItemPlan, data: dict, *, dry_run: bool) -> str:
    people = plan.people
    lines = [
        f"{plan.item.name} — {len(data['rounds'])} round(s)" + (" (dry run)" if dry_run else "")
    ]
    for rnd in data["rounds"]:
        lines.append(f"Round {rnd['round']}  {rnd['start']}")
        for row in rnd["tables"]:
            names = ", ".join(people[g].full_name for g in row["guests"] if g in people)
            extra = ""
            if row["interpreter"]:
                extra = f"  [interpreter: {people[row['interpreter']].full_name}]"
            elif row["needs_interpreter"]:
                extra = "  [NEEDS AN INTERPRETER]"
            lines.append(f"  T{row['table']:<3} {names}{extra}")
    for u in data["unplaced"]:
        name = people[u["guest"]].full_name if u["guest"] in people else u["guest"]
        lines.append(f"Round {u['round']}: {name} not placed — {u['text']}")
    for n in data["open_interpreter_needs"]:
        lines.append(
            f"Round {n['round']}, table {n['table']}: interpreter needed "
            f"({'/'.join(n['languages'])})"
        )
    return "\n".join(lines)
