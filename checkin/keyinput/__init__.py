"""Keyboard input that is not ordinary typing: scanner bursts and scanner layout repair.

Pure Python, no Qt: ``checkin/ui/desk/scanner_filter.py`` feeds Qt key events into these parsers.
"""
