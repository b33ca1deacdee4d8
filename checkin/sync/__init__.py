"""Several desks, one event: journals, merging, Syncthing, pairing."""
