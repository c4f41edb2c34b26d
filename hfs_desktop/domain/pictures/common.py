"""Constants, the one list of picture kinds, the pictures' words and the source tag."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hfs_desktop.domain.content import PICTURES, Content

DENOMINATOR = 100
DEFAULT_WIDTH = 460.0
DEFAULT_TEXT_SIZE = 9.0
LARGE_PRINT_TEXT_SIZE = 13.0
PICTURE_KINDS = PICTURES  # the content format's list: a kind the content may name is drawn
HATCH_SPACING = 3.0

WORDS: dict[str, str] = {
    # icon arrays
    "legend_heading": "Out of 100 people:",
    "icon_alt": "A picture of 100 people in 10 rows of 10.",
    "outcomes_title": "Recovery after surgery, in one large study",
    "outcomes_now": "twitch-free in the first week",
    "outcomes_now_sentence": "{fact} were twitch-free in the first week.",
    "outcomes_slow": "twitch-free later, over weeks to months",
    "outcomes_slow_sentence": "{fact} became twitch-free later, over weeks to months.",
    "outcomes_rest": "still had some twitching",
    "outcomes_rest_sentence": "{fact} still had some twitching.",
    # options side by side
    "options_title": "How many people get relief, out of 100",
    "options_count": "{low} out of 100",
    "options_range": "{low} to {high} out of 100",
    "options_caption": "Each square of 100 people shows one choice. Dark: people who get "
    "relief. Striped: more in some studies. Read the table for what relief means for each "
    "choice.",
    "options_alt": "Four groups of 100 people, one for each choice.",
    "options_fewer": "Fewer than 1 in 100",
    "options_unknown": "Not known",
    "options_unknown_note": "A question mark: our sources do not say how many.",
    "harms_title": "How many people have each main harm, out of 100",
    "harms_caption": "Each square of 100 people shows one harm of one choice. Dark: people "
    "who have it. Striped: more in some studies. Read the table for more harms.",
    "harms_alt": "Groups of 100 people, one for each main harm of each choice.",
    # causes
    "causes_title": "Five reasons twitching can come back",
    "causes_common": "often found at a repeat operation",
    "causes_caption": "The five known reasons twitching can come back. Your care team can "
    "tell you which may fit you.",
    "causes_alt": "Five boxes, one for each reason twitching can come back:",
    "lasting_title": "Lasting relief after surgery",
    "lasting_yes": "have lasting relief",
    "lasting_some": "more in some studies",
    "lasting_no": "do not have lasting relief",
    "lasting_sentence": "{fact} have lasting relief after surgery. Studies give different "
    "numbers in this range.",
    "recurrence_title": "Twitching that comes back",
    "recurrence_yes": "have the twitching come back",
    "recurrence_some": "more in some studies",
    "recurrence_no": "do not have it come back",
    "recurrence_sentence": "For {fact}, the twitching comes back after surgery.",
    # timeline
    "surgery": "Surgery",
    "today": "Today",
    "today_after": "Today (after {label})",
    "timeline_caption": "Your recovery timeline, counted from your surgery on {date}.",
    "timeline_caption_before": "What recovery usually looks like, counted from the day of surgery.",
    "timeline_alt": "Timeline from your surgery to {label} after it.",
    "timeline_alt_before": "Timeline of the usual recovery after surgery, without dates "
    "because the surgery has not happened yet:",
    "timeline_alt_item": "{label}: {date}.",
    "timeline_alt_today_at": "Today, {date}, is at {label}.",
    "timeline_alt_today_between": "Today, {date}, is between {label} and {next}.",
    "timeline_alt_today_after": "Today, {date}, is more than {label} after surgery.",
    # diagram
    "diagram_heading": "Your {side} side",
    "diagram_heading_unknown": "Side not recorded",
    "side_left": "left",
    "side_right": "right",
    "brainstem": "Brainstem",
    "nerve": "Facial nerve",
    "nerve_note": "moves your face",
    "vessel": "Blood vessel",
    "vessel_note": "pressed on the nerve",
    "pad": "Soft pad (Teflon felt)",
    "pad_note": "keeps them apart",
    "diagram_caption": "Your {side} side: a soft pad (Teflon felt) keeps the blood vessel off "
    "the facial nerve, where the nerve leaves the brainstem.",
    "diagram_caption_unknown": "Side not recorded. The drawing shows the right side: a soft "
    "pad (Teflon felt) keeps the blood vessel off the facial nerve.",
    "diagram_alt": "Drawing of the brainstem with the facial nerve (moves your face) leaving "
    "it on your {side} side. A blood vessel loops down onto the nerve near where it leaves "
    "the brainstem. A soft pad (Teflon felt) sits between the vessel and the nerve.",
    "diagram_alt_unknown": "The side was not recorded; the drawing shows the right side.",
    "orientation_left": "Left",
    "orientation_right": "Right",
}


def picture_words(content: Content | None) -> dict[str, str]:
    """The fixed picture words: English defaults, overridden by ``[picture_words]`` in the
    language's ``handout.toml``."""
    words = dict(WORDS)
    if content is not None:
        extra = content.strings.get("picture_words")
        if isinstance(extra, Mapping):
            words.update({str(k): str(v) for k, v in extra.items()})
    return words


def _cite_ids(content: Content, ids: Iterable[str]) -> str:
    """Source ids in the order the content lists them, e.g. "[S1, S2]" (one formatter)."""
    return content.source_tag(ids)
