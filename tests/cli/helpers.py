"""Running the command line in-process, as the CLI tests do."""

from __future__ import annotations

from checkin.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    """``checkin ARGV…``: exit code, stdout and stderr."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
