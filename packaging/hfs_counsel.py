"""Entry point of the frozen app: ``hfs-counsel`` behaves exactly like ``hfs-desktop``."""

from hfs_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
