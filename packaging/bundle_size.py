"""Check that the app bundle fits a USB stick and a slow venue download (issue 24).

    python packaging/bundle_size.py build/dist/checkin --archive build/dist/checkin.tar.xz

Packs the folder as .tar.xz, prints both sizes and fails (exit 1) when the folder is over
150 MiB or the archive over 60 MiB. Sizes are the files' own sizes (what a copy moves), in
MiB as ``du -h`` and file managers show them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tarfile
from pathlib import Path

FOLDER_LIMIT_MIB = 150
ARCHIVE_LIMIT_MIB = 60
MIB = 1024 * 1024


def folder_bytes(folder: Path) -> int:
    """Every regular file's size; symlinks count as links, not as what they point to."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def pack(folder: Path, archive: Path) -> int:
    with tarfile.open(archive, "w:xz", preset=6) as tar:
        tar.add(folder, arcname=folder.name)
    return archive.stat().st_size


def verdict(folder_size: int, archive_size: int | None) -> list[str]:
    """The limits exceeded (empty: the bundle fits)."""
    over = []
    if folder_size > FOLDER_LIMIT_MIB * MIB:
        over.append(f"app folder {folder_size / MIB:.1f} MiB > {FOLDER_LIMIT_MIB} MiB")
    if archive_size is not None and archive_size > ARCHIVE_LIMIT_MIB * MIB:
        over.append(f"archive {archive_size / MIB:.1f} MiB > {ARCHIVE_LIMIT_MIB} MiB")
    return over


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--archive", type=Path, help="write the .tar.xz here and check it too")
    args = parser.parse_args(argv)
    size = folder_bytes(args.folder)
    packed = pack(args.folder, args.archive) if args.archive else None
    print(f"app folder: {size / MIB:.1f} MiB ({size / 1e6:.1f} MB)")
    if packed is not None:
        print(f"archive {args.archive.name}: {packed / MIB:.1f} MiB ({packed / 1e6:.1f} MB)")
    over = verdict(size, packed)
    for line in over:
        print(f"TOO BIG: {line}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
