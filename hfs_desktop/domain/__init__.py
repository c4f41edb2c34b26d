"""The Qt-free core: content, the session model, personalization and file I/O."""
