"""The patient's recovery timeline with dates and a Today marker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from hfs_desktop.domain.content import Content
from hfs_desktop.domain.personalize import format_date, milestones
from hfs_desktop.domain.pictures.common import (
    DEFAULT_TEXT_SIZE,
    DEFAULT_WIDTH,
    _cite_ids,
    picture_words,
)
from hfs_desktop.domain.pictures.text import (
    _text_lines,
    fit_text_size,
    text_width,
    wrap_text,
)
from hfs_desktop.domain.scene import Circle, Line, Polygon, Rect, Scene, Text
from hfs_desktop.domain.session import Session

# --- timeline ---------------------------------------------------------------------------------


def timeline_position(day: dt.date, dates: Sequence[dt.date], xs: Sequence[float]) -> float:
    """Where ``day`` sits on a timeline whose ticks at ``xs`` carry ``dates``: linear in days
    between the two ticks around it, clamped to the first and last tick."""
    if len(dates) != len(xs) or not dates:
        raise ValueError("timeline_position needs one x per date")
    if day <= dates[0]:
        return xs[0]
    for i in range(len(dates) - 1):
        a, b = dates[i], dates[i + 1]
        if day <= b:
            span = max(1, (b - a).days)
            return xs[i] + (xs[i + 1] - xs[i]) * (day - a).days / span
    return xs[-1]


def timeline_picture(
    session: Session,
    content: Content,
    width: float = DEFAULT_WIDTH,
    *,
    text_size: float = DEFAULT_TEXT_SIZE,
) -> Scene:
    """The patient's recovery path from surgery to the last milestone (12 months).

    Ticks are evenly spaced (the early milestones are days apart, the late ones months), the
    label above each, the calendar date below once surgery has happened, and a dashed "Today"
    marker at the visit date placed by days between the two ticks around it. Before surgery:
    the same path without dates and without "Today".
    """
    words = picture_words(content)
    dated = milestones(session, content)
    after = session.after_surgery and session.surgery_date is not None
    labels = [words["surgery"]] + [d.milestone.label for d in dated]
    dates: list[dt.date] = []
    if after and session.surgery_date is not None:
        dates = [session.surgery_date] + [d.date for d in dated if d.date is not None]
    s = text_size
    lead = s * 1.25
    pad = s * 0.3
    n = len(labels)
    col = (width - 2 * pad) / n
    xs = [pad + col * (i + 0.5) for i in range(n)]
    text_w = col - s * 0.5
    label_lines = [wrap_text(lab, s, text_w, bold=True) for lab in labels]
    date_texts = [format_date(d, content) for d in dates]
    date_w = col - s * 0.6
    date_size = fit_text_size(date_texts, s, date_w)
    date_lead = date_size * 1.25
    date_lines = [wrap_text(t, date_size, date_w) for t in date_texts]
    r = s * 0.5

    scene = Scene(width=width, height=0.0)
    today_x: float | None = None
    today_label = ""
    y = pad
    if after:
        visit = session.visit_date
        today_x = timeline_position(visit, dates, xs)
        beyond = visit > dates[-1]
        today_label = words["today_after"].format(label=labels[-1]) if beyond else words["today"]
        y += s * 1.1  # baseline of the Today label
        today_baseline = y
        y += s * 0.9
        marker_top = y
        y += s * 0.6
    max_label = max(len(lines) for lines in label_lines)
    axis_y = y + max_label * lead + r + s * 0.1

    # axis: the whole path, then the part already travelled
    scene.add(Line(xs[0], axis_y, xs[-1], axis_y, stroke="muted", width=s * 0.22))
    if today_x is not None and today_x > xs[0]:
        scene.add(Line(xs[0], axis_y, today_x, axis_y, stroke="primary", width=s * 0.5))

    if today_x is not None:
        # dashed marker behind the labels; labels get a paper backing where it crosses them
        scene.add(
            Line(
                today_x,
                marker_top,
                today_x,
                axis_y,
                stroke="today",
                width=max(1.0, s * 0.16),
                dashed=True,
            ),
            Polygon(
                (
                    (today_x - s * 0.45, marker_top - s * 0.15),
                    (today_x + s * 0.45, marker_top - s * 0.15),
                    (today_x, marker_top + s * 0.5),
                ),
                fill="today",
                stroke=None,
            ),
        )

    for i, x in enumerate(xs):
        lines = label_lines[i]
        first = axis_y - r - s * 0.55 - (len(lines) - 1) * lead
        if today_x is not None:
            half = max(text_width(t, s, bold=True) for t in lines) / 2 + s * 0.2
            if abs(today_x - x) < half:
                # hide the marker behind the label (and down to the tick when it is on it)
                back_bottom = (
                    axis_y - r
                    if abs(today_x - x) < r
                    else first + (len(lines) - 1) * lead + s * 0.3
                )
                scene.add(
                    Rect(
                        x - half,
                        first - s * 1.0,
                        2 * half,
                        back_bottom - (first - s * 1.0),
                        fill="paper",
                        stroke=None,
                    )
                )
        scene.add(*_text_lines(x, first, lines, s, anchor="middle", bold=True, leading=lead))
        passed = after and (i == 0 or dated[i - 1].passed)
        scene.add(
            Circle(
                x,
                axis_y,
                r,
                fill="primary" if passed else "paper",
                stroke="primary",
                stroke_width=max(0.8, s * 0.16),
            )
        )
        if after:
            scene.add(
                *_text_lines(
                    x,
                    axis_y + r + s * 1.35,
                    date_lines[i],
                    date_size,
                    anchor="middle",
                    leading=date_lead,
                )
            )

    bottom = axis_y + r + s * 0.5
    if after:
        bottom = (
            axis_y + r + s * 1.35 + (max(len(d) for d in date_lines) - 1) * date_lead + s * 0.45
        )
    if today_x is not None:
        tw = text_width(today_label, s * 1.1, bold=True)
        left = min(max(today_x - tw / 2, pad), width - pad - tw)
        scene.add(Text(left, today_baseline, today_label, size=s * 1.1, bold=True, fill="today"))
    scene.height = bottom + pad

    cite = _cite_ids(content, (src for d in dated for src in d.milestone.sources))
    if after and session.surgery_date is not None:
        surgery_text = format_date(session.surgery_date, content)
        scene.caption = f"{words['timeline_caption'].format(date=surgery_text)} {cite}"
        items = [
            words["timeline_alt_item"].format(label=lab, date=dt_)
            for lab, dt_ in zip(labels, date_texts, strict=True)
        ]
        visit_text = format_date(session.visit_date, content)
        scene.alt_text = " ".join(
            [
                words["timeline_alt"].format(label=labels[-1]),
                *items,
                _today_phrase(session.visit_date, dates, labels, visit_text, words),
            ]
        )
    else:
        scene.caption = f"{words['timeline_caption_before']} {cite}"
        scene.alt_text = f"{words['timeline_alt_before']} {', '.join(labels)}."
    return scene


def _today_phrase(
    visit: dt.date,
    dates: Sequence[dt.date],
    labels: Sequence[str],
    visit_text: str,
    words: Mapping[str, str],
) -> str:
    if visit > dates[-1]:
        return words["timeline_alt_today_after"].format(date=visit_text, label=labels[-1])
    for i, day in enumerate(dates):
        if visit == day:
            return words["timeline_alt_today_at"].format(date=visit_text, label=labels[i])
        if visit < day:
            return words["timeline_alt_today_between"].format(
                date=visit_text, label=labels[max(0, i - 1)], next=labels[i]
            )
    return ""  # pragma: no cover - visit > dates[-1] handled above
