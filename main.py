"""Start HFS Counsel: ``python main.py`` behaves exactly like ``hfs-desktop``."""

from hfs_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
