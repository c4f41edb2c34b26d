"""``python3 -m hfs_desktop.domain.pack_check es``: the same as ``hfs-desktop check-pack es``."""

import sys

from hfs_desktop.domain.pack_check import main

sys.exit(main())
