"""Render a session's handout to PDF bytes, or export it to a file atomically."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import TypedDict, Unpack

from hfs_desktop.domain.content import load_content
from hfs_desktop.domain.document import build_document
from hfs_desktop.domain.session import Session
from hfs_desktop.handout.layout import make_doc_template, numbered_canvas
from hfs_desktop.handout.story import build_story, edition_divider
from hfs_desktop.handout.styles import make_styles
from hfs_desktop.storage.atomic import write_atomic


@dataclass(frozen=True)
class RenderedHandout:
    """A finished handout: the PDF bytes and its page count."""

    pdf: bytes
    pages: int


def render_handout(
    session: Session,
    *,
    language: str | None = None,
    second_language: str | None = None,
    paper: str | None = None,
    large_print: bool | None = None,
    deterministic: bool = False,
    logo: str | os.PathLike[str] | None = None,
) -> RenderedHandout:
    """Build the handout PDF in memory. Options left as None come from ``session.handout``.

    ``deterministic`` fixes the creation date and document id so the same session always
    gives the same bytes (for tests and golden files). ``logo`` is the clinic's PNG/JPEG,
    printed at the top right of the first page. ``second_language`` (default: the session's
    ``handout.second_language``; "" for none) prints the same handout again in that language
    after the first, from a new page, in one PDF with one page numbering.
    """
    language = language or session.handout.language
    second = session.handout.second_language if second_language is None else second_language
    if second == language:
        second = ""
    paper = paper or session.handout.paper
    large = session.handout.large_print if large_print is None else large_print
    content = load_content(language)
    st = make_styles(large, language)
    doc = build_document(session, content)
    buffer = io.BytesIO()
    template = make_doc_template(
        buffer, paper, st, title=content.string("title"), deterministic=deterministic
    )
    note = None
    if second:
        names = content.strings.get("language_names", {})
        other = names.get(second, load_content(second).string("language_name"))
        note = content.render(content.string("bilingual_note"), other=other)
    story = build_story(doc, st, template.width, logo=logo, edition_note=note)
    if second:
        doc2 = build_document(session, load_content(second))
        st2 = make_styles(large, second)
        story += edition_divider(doc2, st2, template.width)
        story += build_story(doc2, st2, template.width)
    canvas = numbered_canvas(
        st.fonts, doc.page_label, st.sizes["footer"], st.colors["muted"], doc.running_header
    )
    template.build(story, canvasmaker=canvas)
    return RenderedHandout(pdf=buffer.getvalue(), pages=int(template.page))


class ExportOptions(TypedDict, total=False):
    """``render_handout``'s keyword options, passed through by ``export_handout``."""

    language: str | None
    second_language: str | None
    paper: str | None
    large_print: bool | None
    deterministic: bool
    logo: str | os.PathLike[str] | None


def export_handout(
    session: Session, path: str | os.PathLike[str], **options: Unpack[ExportOptions]
) -> RenderedHandout:
    """Render fully in memory first, then write atomically: a failure changes no file."""
    result = render_handout(session, **options)
    write_atomic(path, result.pdf)
    return result
