"""The pictures: 100-person icon arrays, the patient's own recovery timeline, the nerve diagram.

Each picture is built once here as a :class:`~hfs_desktop.domain.scene.Scene`; the window
(``hfs_desktop.ui.scene_view``) and the PDF (``hfs_desktop.handout.scene_pdf``) only translate
its shapes, so the screen and the handout always show the same picture.

Rules kept here:

- Every number comes from ``facts.toml`` (``per_100_low`` / ``per_100_high``); captions are
  built from the fact's ``words`` and cite the fact's sources, so a picture can never disagree
  with the text beside it. Counts always add up to one denominator: 100.
- Sizes derive from ``width`` (points) and ``text_size`` so the large-print handout can ask for
  bigger pictures and type.
- The few fixed words of the pictures (legend phrases, "Today", diagram labels) have English
  defaults in ``WORDS``. A language folder can override any of them with a
  ``[picture_words]`` table in its ``handout.toml``; ``{fact}``, ``{label}``, ``{date}``,
  ``{side}`` are filled in.

Pure Python: no Qt, no reportlab.
"""

from __future__ import annotations

from hfs_desktop.domain.clinic_outcomes import with_clinic_outcomes
from hfs_desktop.domain.content import Content
from hfs_desktop.domain.pictures.causes import causes_picture
from hfs_desktop.domain.pictures.common import (
    DEFAULT_TEXT_SIZE,
    DEFAULT_WIDTH,
    DENOMINATOR,
    HATCH_SPACING,
    LARGE_PRINT_TEXT_SIZE,
    PICTURE_KINDS,
    WORDS,
    picture_words,
)
from hfs_desktop.domain.pictures.diagram import diagram_picture
from hfs_desktop.domain.pictures.geometry import hatch_segments, mirror_shape, mirrored
from hfs_desktop.domain.pictures.icons import (
    IconGroup,
    icon_array,
    lasting_relief_picture,
    outcomes_picture,
    recurrence_picture,
)
from hfs_desktop.domain.pictures.options import harms_picture, options_picture
from hfs_desktop.domain.pictures.text import fit_text_size, text_width, texts_fit, wrap_text
from hfs_desktop.domain.pictures.timeline import timeline_picture, timeline_position
from hfs_desktop.domain.scene import Scene
from hfs_desktop.domain.session import Session

__all__ = [
    "DEFAULT_TEXT_SIZE",
    "DEFAULT_WIDTH",
    "DENOMINATOR",
    "HATCH_SPACING",
    "LARGE_PRINT_TEXT_SIZE",
    "PICTURE_KINDS",
    "WORDS",
    "IconGroup",
    "causes_picture",
    "diagram_picture",
    "fit_text_size",
    "harms_picture",
    "hatch_segments",
    "icon_array",
    "lasting_relief_picture",
    "mirror_shape",
    "mirrored",
    "options_picture",
    "outcomes_picture",
    "picture_for",
    "picture_words",
    "recurrence_picture",
    "text_width",
    "texts_fit",
    "timeline_picture",
    "timeline_position",
    "wrap_text",
]


# --- one entry point --------------------------------------------------------------------------


def picture_for(
    kind: str,
    session: Session,
    content: Content,
    width: float = DEFAULT_WIDTH,
    *,
    text_size: float = DEFAULT_TEXT_SIZE,
) -> Scene:
    """The picture named in a content ``picture`` block, for this session."""
    content = with_clinic_outcomes(content, session.clinic.outcomes)
    if kind == "outcomes":
        return outcomes_picture(content, width=width, text_size=text_size)
    if kind == "lasting_relief":
        return lasting_relief_picture(content, width=width, text_size=text_size)
    if kind == "recurrence":
        return recurrence_picture(content, width=width, text_size=text_size)
    if kind == "timeline":
        return timeline_picture(session, content, width, text_size=text_size)
    if kind == "causes":
        return causes_picture(session, content, width=width, text_size=text_size)
    if kind in ("options_first", "options_second"):
        grid = kind.removeprefix("options_")
        return options_picture(content, grid, width=width, text_size=text_size)
    if kind in ("harms_first", "harms_second"):
        grid = kind.removeprefix("harms_")
        return harms_picture(content, grid, width=width, text_size=text_size)
    if kind == "diagram":
        return diagram_picture(
            session.patient.affected_side,
            width=width,
            text_size=text_size,
            words=picture_words(content),
        )
    raise ValueError(f"Unknown picture {kind!r}; expected one of {', '.join(PICTURE_KINDS)}")
