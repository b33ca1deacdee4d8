"""The exchange itself: meeting rounds, their seating plan, interpreters and schedules.

``model`` reads and writes the event file; ``planner`` is pure (plain data in, a plan out);
the other modules present a plan: interpreters, schedules, delegations, contacts, host sheets.
"""
