"""Look and feel: one calm light theme, large type, and sizes that follow the text-size setting.

Colours come from the one palette (``resources/styles/palette.toml`` via ``domain.palette``)
that the pictures and the handout use too, so screen and paper feel like one product. Sizes
are derived from one ``scale`` (the View ▸ text size, times 1.25 in presentation mode);
every page asks ``Sizes`` rather than hard-coding pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle, QStyleOption, QWidget

from hfs_desktop.domain.palette import color
from hfs_desktop.resources import ResourceNotFoundError, resource_path

INK = color("ink")
MUTED = color("muted")
ACCENT = color("accent")
ACCENT_SOFT = color("accent_soft")
WINDOW = color("window")
PANEL = color("panel")
BORDER = color("border")
ERROR = color("error")
WARNING = color("warning")
OK = color("ok")

# Bundled fonts: the handout's own (DejaVu Sans) plus fallbacks so any patient name shows
# (Chinese/Japanese/Korean, Arabic, Hebrew) even on a PC without those fonts installed.
_FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DroidSansFallbackFull.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
)


@cache
def fallback_families() -> tuple[str, ...]:
    """Register the bundled fonts once; return their family names, in fallback order."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for name in _FONT_FILES:
        try:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        except ResourceNotFoundError:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    return tuple(families)


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes for one text scale (1.0 = 100 %)."""

    scale: float

    def px(self, base: float) -> int:
        return max(8, round(base * self.scale))

    @property
    def ui(self) -> int:  # controls, labels
        return self.px(16)

    @property
    def small(self) -> int:
        return self.px(14)

    @property
    def body(self) -> int:  # topic text read together at arm's length
        return self.px(19)

    @property
    def heading(self) -> int:
        return self.px(24)

    @property
    def title(self) -> int:
        return self.px(30)

    @property
    def gap(self) -> int:
        return self.px(12)


def install_comfort_style(app: QApplication) -> None:
    """Fusion, with check boxes and radio buttons that grow with the text (idempotent).

    Installed after the window's first paint: creating PySide6's QStyle type costs ~8 ms,
    and the frame painted first has no check boxes. ``run()`` starts the application in
    plain Fusion (``-style Fusion``), so nothing changes on screen when this arrives.
    """
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

    class ComfortStyle(QProxyStyle):
        def pixelMetric(
            self,
            metric: QStyle.PixelMetric,
            option: QStyleOption | None = None,
            widget: QWidget | None = None,
        ) -> int:
            base = super().pixelMetric(metric, option, widget)
            if (
                metric
                in (
                    QStyle.PixelMetric.PM_IndicatorWidth,
                    QStyle.PixelMetric.PM_IndicatorHeight,
                    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
                    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
                )
                and widget is not None
            ):
                return max(base, round(widget.fontMetrics().height() * 1.05))
            return base

    if app.style().objectName() == "comfort":
        return
    base = QStyleFactory.create("Fusion")
    if base is not None:
        style = ComfortStyle(base)
        style.setObjectName("comfort")
        app.setStyle(style)


def apply_app_theme(app: QApplication) -> None:
    """The palette for the whole application (idempotent); the style and fonts follow after
    the first paint (``install_comfort_style``, ``register_fallback_fonts``)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: INK,
        QPalette.ColorRole.Base: PANEL,
        QPalette.ColorRole.AlternateBase: color("alternate"),
        QPalette.ColorRole.Text: INK,
        QPalette.ColorRole.Button: color("button_base"),
        QPalette.ColorRole.ButtonText: INK,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: PANEL,
        QPalette.ColorRole.ToolTipBase: PANEL,
        QPalette.ColorRole.ToolTipText: INK,
        QPalette.ColorRole.PlaceholderText: color("placeholder"),
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color("disabled_text")))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(color("disabled_fill"))
    )
    app.setPalette(palette)


def register_fallback_fonts() -> None:
    """Add the bundled fonts behind the application font, so any patient name shows.

    Done after the window's first paint: reading the 4 MB Chinese/Japanese font takes longer
    than building the first step, and a new consultation starts with empty names.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    families = fallback_families()
    current = app.font().families()
    if all(family in current for family in families):
        return
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    font.setFamilies([app.font().family(), *families])
    app.setFont(font)


def stylesheet(sizes: Sizes) -> str:
    """The window's style sheet for one text scale.

    Every size is set here (or in the topic text's own HTML), never with ``setFont``: Qt's
    style sheets and ``setFont`` do not mix well — children stop following font changes.
    """
    s, c = sizes, color
    return f"""
QWidget {{ font-size: {s.ui}px; }}
QMainWindow, QWidget#Central {{ background: {WINDOW}; }}
QListWidget#Navigator {{
    background: {PANEL}; border: 1px solid {BORDER}; border-radius: 8px; padding: 6px 0;
    font-size: {s.ui}px; outline: 0;
}}
QListWidget#Navigator::item {{
    padding: {s.px(8)}px {s.px(12)}px {s.px(8)}px {s.px(28)}px; border: 0; color: {INK};
}}
QListWidget#Navigator::item:selected {{
    background: {ACCENT_SOFT}; color: {INK}; border-left: 4px solid {ACCENT};
}}
QLabel#StepLine {{ qproperty-alignment: AlignCenter; }}
QLabel#PageTitle {{ font-size: {s.title}px; font-weight: 600; color: {INK}; }}
QLabel#PageIntro, QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="section"] {{ font-size: {s.px(18)}px; font-weight: 600; color: {INK}; }}
QLabel[role="error"] {{ color: {ERROR}; font-size: {s.small}px; }}
QLabel[role="hint"] {{ color: {MUTED}; font-size: {s.small}px; }}
QLabel[role="warning"] {{ color: {WARNING}; font-size: {s.small}px; }}
QLabel[role="ok"] {{ color: {OK}; font-size: {s.small}px; }}
QLabel[role="counter"] {{ color: {MUTED}; font-size: {s.small}px; }}
QLabel[role="counter-over"] {{ color: {ERROR}; font-size: {s.small}px; font-weight: 600; }}
QFrame#Card, QWidget#Card {{
    background: {PANEL}; border: 1px solid {BORDER}; border-radius: 10px;
}}
QFrame#ClinicianPanel {{
    background: {c("clinician_panel")}; border: 1px solid {BORDER}; border-radius: 10px;
}}
QScrollArea {{ background: transparent; border: 0; }}
QScrollArea > QWidget > QWidget#ScrollBody {{ background: transparent; }}
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit {{
    padding: {s.px(5)}px {s.px(7)}px; border: 1px solid {c("field_border")}; border-radius: 6px;
    background: {PANEL}; selection-background-color: {ACCENT};
}}
QComboBox::drop-down, QDateEdit::drop-down {{
    width: {s.px(30)}px; border: none; background: transparent;
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus {{
    border: 2px solid {ACCENT};
}}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
QPlainTextEdit[invalid="true"] {{ border: 2px solid {ERROR}; }}
QPushButton {{
    padding: {s.px(6)}px {s.px(16)}px; border: 1px solid {c("button_border")}; border-radius: 6px;
    background: {c("button")}; min-height: {s.px(22)}px;
}}
QPushButton:hover {{ background: {c("button_hover")}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[primary="true"] {{
    background: {ACCENT}; color: {PANEL}; border: 1px solid {ACCENT}; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {c("accent_dark")}; }}
QPushButton:disabled {{
    color: {c("disabled_text")}; background: {c("disabled_fill")};
    border-color: {c("disabled_border")};
}}
QCheckBox, QRadioButton {{ spacing: {s.px(8)}px; }}
QCheckBox:focus, QRadioButton:focus {{
    background: {ACCENT_SOFT}; border: 2px solid {ACCENT}; border-radius: 4px;
}}
QListWidget#Navigator:focus {{ border: 2px solid {ACCENT}; }}
QScrollArea[focusFrame="true"]:focus {{ border: 2px solid {ACCENT}; border-radius: 6px; }}
QGroupBox {{
    font-weight: 600; border: 1px solid {BORDER}; border-radius: 8px;
    margin-top: {s.px(14)}px; padding: {s.px(10)}px {s.px(8)}px {s.px(8)}px {s.px(8)}px;
    background: {PANEL};
}}
QGroupBox::title {{ subcontrol-origin: margin; left: {s.px(10)}px; padding: 0 4px; }}
QStatusBar {{ color: {MUTED}; }}
"""
