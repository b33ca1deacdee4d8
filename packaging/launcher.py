"""Entry point of the packaged app: the same ``checkin`` command as a pip install."""

import sys

from checkin.cli import main

if __name__ == "__main__":
    sys.exit(main())
