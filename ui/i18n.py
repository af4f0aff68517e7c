"""Fonts and translations: the bundled CJK font, and Qt translators switched at runtime."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from app import messages
from app.paths import resource

FONT_FILE = "wqy-microhei.ttc"
_translator: QTranslator | None = None
_qt_translator: QTranslator | None = None
qt_translations = ""  # the folder Qt's own Chinese texts came from; "" if none (logged at start)
_family: str | None = None


def install_font(app) -> str | None:
    """Register the shipped font and make it the application font, so Chinese renders the same
    on every machine (and never as tofu boxes)."""
    global _family
    fid = QFontDatabase.addApplicationFont(str(resource("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    if families:
        _family = families[0]
        font = QFont(_family)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return _family


def install_translator(app, lang: str) -> str:
    """Switch the UI language: 'zh_CN' (default) or 'en'. Returns the language in force. In Chinese,
    Qt's own texts (standard buttons such as Yes/No and OK, "Show Details…", the file dialog, the
    edit menus of text fields) come from Qt's translations shipped with PySide6."""
    global _translator, _qt_translator, qt_translations
    for old in (_translator, _qt_translator):
        if old is not None:
            app.removeTranslator(old)
    _translator = _qt_translator = None
    lang = "en" if str(lang).startswith("en") else "zh_CN"
    if lang == "zh_CN":
        qt = QTranslator(app)
        found = next((folder for folder in _qt_translation_folders() if qt.load("qtbase_zh_CN", folder)), None)
        if found:
            app.installTranslator(qt)
            _qt_translator = qt
        qt_translations = found or ""
        t = QTranslator(app)
        if t.load(str(resource("i18n", "zaosong_zh_CN.qm"))):
            app.installTranslator(t)
            _translator = t
    messages.set_language("en" if lang == "en" else "zh")
    return lang


def _qt_translation_folders() -> list[str]:
    """Where Qt's own .qm files are: Qt's configured path, and beside the PySide6 package (where the
    frozen build keeps them, whichever copy of QtCore it loaded)."""
    from pathlib import Path

    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.TranslationsPath), str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
