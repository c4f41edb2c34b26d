"""Infrastructure: where the app's own files live, atomic writes, session files, the cache.

Sits between the handout builder and the domain: it may import ``hfs_desktop.domain``
(session model, validation), never Qt, reportlab or the handout builder.
"""
