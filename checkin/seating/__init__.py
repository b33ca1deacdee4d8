"""Seating: who sits at which table, by hand or automatically, and why."""
