"""The Qt window: a thin layer over hfs_desktop.domain.

Importing this package first applies the Qt for Python work-arounds in ``qt_compat``.
"""

from hfs_desktop.ui import qt_compat as _qt_compat  # noqa: F401  (side effect: protect None)
