"""The Qt face of checkin. Only this package imports PySide6."""
