"""Moving guest lists in and out: File ▸ Import guest list… and File ▸ Export…."""

from checkin.ui.transfer.export_actions import install as install_export
from checkin.ui.transfer.import_actions import install as install_import

__all__ = ["install_export", "install_import"]
