"""The Qt window: a thin layer over hfs_desktop.domain."""
