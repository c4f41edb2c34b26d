from hfs_desktop.cli import main

raise SystemExit(main())
