"""The handout as a neutral document: sections of rendered, escaped text and picture slots.

Built once from (session, content). The PDF builder lays it out with reportlab; the window's
topic pages show the same blocks, so screen and paper never say different things. Text values
are ``Markup``: content prose rendered by Jinja2 with autoescape, where everything the clinician
typed has been escaped. Only ``<b>``/``<i>`` from the content authors remain as tags.
"""

from hfs_desktop.domain.document.blocks import (
    Block,
    Bullets,
    CheckItem,
    CheckList,
    Diary,
    HandoutDocument,
    Heading,
    Milestones,
    OptionChance,
    OptionGridBlock,
    Paragraph,
    Picture,
    SafetyBox,
    Section,
    TableBlock,
    ValuesBlock,
    VisitLine,
)
from hfs_desktop.domain.document.build import ABOUT_KEYS, build_document
from hfs_desktop.domain.document.context import FACT_RE, personal_extra
from hfs_desktop.domain.document.topics import (
    clinician_notes,
    safety_box,
    topic_blocks,
    topic_fact_ids,
    topic_heading,
)

__all__ = [
    "ABOUT_KEYS",
    "FACT_RE",
    "Block",
    "Bullets",
    "CheckItem",
    "CheckList",
    "Diary",
    "HandoutDocument",
    "Heading",
    "Milestones",
    "OptionChance",
    "OptionGridBlock",
    "Paragraph",
    "Picture",
    "SafetyBox",
    "Section",
    "TableBlock",
    "ValuesBlock",
    "VisitLine",
    "build_document",
    "clinician_notes",
    "personal_extra",
    "safety_box",
    "topic_blocks",
    "topic_fact_ids",
    "topic_heading",
]
