"""SVG logos as reportlab drawings (svglib): they stay vector graphics in the PDF.

svglib converts SVG into reportlab's own drawing objects, pure Python and without Qt, so
the core draws an SVG logo exactly like the rest of the badge. SVGs come from outside:
entities are not resolved and no file outside an empty folder may be referenced.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
from functools import lru_cache

_NO_FILES = os.path.join(tempfile.gettempdir(), "checkin-svg-no-external-files")


@lru_cache(maxsize=64)
def drawing(data: bytes):
    """The reportlab Drawing of an SVG; ValueError if it cannot be read."""
    from svglib.svglib import svg2rlg

    svglib_log = logging.getLogger("svglib.svglib")
    level = svglib_log.level
    svglib_log.setLevel(logging.CRITICAL)  # unsupported details are skipped, not reported
    try:
        result = svg2rlg(
            io.BytesIO(data), resolve_entities=False, external_reference_root=_NO_FILES
        )
    finally:
        svglib_log.setLevel(level)
    if result is None or not result.width or not result.height:
        raise ValueError("not a drawable SVG")
    return result
