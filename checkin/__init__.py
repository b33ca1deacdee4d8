"""checkin: an offline check-in desk for events."""

__version__ = "0.1.0"
