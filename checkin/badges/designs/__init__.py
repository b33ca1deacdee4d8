"""Badge designs: what is on a badge, as data the organiser can change.

Design, Element, Face, TextPart, Variant   the design model (model.py)
default_design(w, h, logo=None)            the standard look for a badge size
list_designs / get_design / save_design / delete_design / chosen_design   (store.py)
export_design / import_design              one file with its images (package.py)
check_design(event, design, guests, ...)   the guest-list check (check.py)
"""
