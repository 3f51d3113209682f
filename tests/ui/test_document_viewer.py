"""The case document viewer, with real PDFs made here and read from memory.

Each test drives the widget the way a panel member would (buttons, keys, typing) and
checks what they would see: the page number, the zoom, the match count, the message.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from desktop.ui.text_size import apply_text_size
from desktop.ui.viewer import DocumentViewer
from desktop.ui.viewer.controls import ZOOM_STEPS
from tests.ui.fit import cut_off_controls

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
PDF = "application/pdf"
TEXT = "text/plain"
DAMAGED = "This document could not be opened. It may be damaged."

# (height from the bottom of an A4 page in points, line) for each page. "witness" occurs
# once on page 1, twice on page 2 (top and foot, to prove matches on one page are each
# brought into view) and once on page 3: four matches.
WITNESS_PAGES = [
    [(770, "Statement of the first witness"), (740, "Taken at the front desk.")],
    [(770, "The witness came back the next day."), (90, "A second witness was present.")],
    [(770, "Officer's summary"), (700, "Signed by the witness and the officer.")],
]
NOTE = "An apple was thrown.\nThe second APPLE hit the window.\nNo apple was found later."


def make_pdf(pages: list[list[tuple[float, str]]]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for lines in pages:
        pdf.setFont("Helvetica", 14)
        for height, line in lines:
            pdf.drawString(72, height, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def viewer(qtbot) -> DocumentViewer:
    widget = DocumentViewer()
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show_pdf(qtbot, viewer: DocumentViewer, *more: tuple[str, str, bytes]) -> None:
    """Load the witness statement (first tab) and wait until its first page is drawn."""
    with qtbot.waitSignal(viewer.pageRendered, timeout=10_000):
        viewer.set_documents([("Witness statement", PDF, make_pdf(WITNESS_PAGES)), *more])


def control(viewer: DocumentViewer, kind: type[QWidget], name: str) -> QWidget:
    widget = viewer.tabs.currentWidget().findChild(kind, name)
    assert widget is not None, f"no {name} on the current tab"
    return widget


def search(qtbot, viewer: DocumentViewer, word: str) -> None:
    field = control(viewer, QLineEdit, "search_field")
    focus(qtbot, field)
    with qtbot.waitSignal(viewer.searchFinished, timeout=10_000):
        qtbot.keyClicks(field, word)


def match_text(viewer: DocumentViewer) -> str:
    return control(viewer, QLabel, "match_label").text()


def press(qtbot, viewer: DocumentViewer, key: Key, modifier=Qt.KeyboardModifier.NoModifier):
    """Press a key where the keyboard focus is, which must be inside the viewer."""
    target = viewer.focusWidget()
    assert target is not None and viewer.isAncestorOf(target)
    qtbot.keyClick(target, key, modifier)


def focus(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_each_document_gets_a_titled_tab(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer, ("Officer note", TEXT, NOTE.encode()))

    assert [viewer.tabs.tabText(i) for i in range(viewer.tabs.count())] == [
        "Witness statement",
        "Officer note",
    ]
    assert viewer.page_count() == 3
    assert viewer.current_page() == 1
    assert control(viewer, QSpinBox, "page_number_box").value() == 1


def test_the_first_page_is_actually_drawn(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    view = control(viewer, QWidget, "pdf_view")

    image = view.viewport().grab().toImage()
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 100
    )
    assert dark > 50, "the page shows no text"


def test_next_and_previous_page_buttons(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    previous = control(viewer, QPushButton, "previous_page_button")
    following = control(viewer, QPushButton, "next_page_button")
    assert not previous.isEnabled()

    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    assert viewer.current_page() == 2
    assert control(viewer, QSpinBox, "page_number_box").value() == 2
    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    assert viewer.current_page() == 3
    assert not following.isEnabled()

    qtbot.mouseClick(previous, Qt.MouseButton.LeftButton)
    assert viewer.current_page() == 2


def test_typing_a_page_number_jumps_there(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    box = control(viewer, QSpinBox, "page_number_box")
    focus(qtbot, box)
    box.selectAll()

    qtbot.keyClicks(box, "3")
    assert viewer.current_page() == 1  # not before Enter
    qtbot.keyClick(box, Key.Key_Return)
    assert viewer.current_page() == 3
    assert control(viewer, QLabel, "page_total").text() == "of 3"


def test_zoom_buttons_and_fit_width(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    fitted = viewer.zoom_factor()
    view = control(viewer, QWidget, "pdf_view")
    # fit width: the page fills the view's width, give or take the margins
    page_pixels = 595 * view.logicalDpiX() / 72 * fitted
    assert view.viewport().width() - 20 < page_pixels <= view.viewport().width()

    qtbot.mouseClick(control(viewer, QPushButton, "zoom_in_button"), Qt.MouseButton.LeftButton)
    larger = viewer.zoom_factor()
    assert larger > fitted and larger in ZOOM_STEPS
    assert control(viewer, QLabel, "zoom_label").text() == f"{round(larger * 100)}%"

    qtbot.mouseClick(control(viewer, QPushButton, "zoom_out_button"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(control(viewer, QPushButton, "zoom_out_button"), Qt.MouseButton.LeftButton)
    assert viewer.zoom_factor() < larger

    qtbot.mouseClick(control(viewer, QPushButton, "fit_width_button"), Qt.MouseButton.LeftButton)
    assert viewer.zoom_factor() == pytest.approx(fitted)


def fits_width(viewer: DocumentViewer) -> bool:
    """The page fills the view's width, give or take the margins."""
    view = control(viewer, QWidget, "pdf_view")
    page_pixels = 595 * view.logicalDpiX() / 72 * viewer.zoom_factor()
    return view.viewport().width() - 20 < page_pixels <= view.viewport().width()


def new_viewer(qtbot) -> DocumentViewer:
    """Another viewer, as after a restart: it knows only what the settings kept."""
    widget = DocumentViewer()
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_members_zoom_is_kept_for_the_next_documents_and_after_a_restart(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    assert fits_width(viewer)
    zoom_in = control(viewer, QPushButton, "zoom_in_button")
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    chosen = viewer.zoom_factor()
    assert chosen in ZOOM_STEPS

    show_pdf(qtbot, viewer)  # the next case: the same tab, reused
    assert viewer.zoom_factor() == pytest.approx(chosen)
    assert control(viewer, QLabel, "zoom_label").text() == f"{round(chosen * 100)}%"

    restarted = new_viewer(qtbot)
    show_pdf(qtbot, restarted)
    assert restarted.zoom_factor() == pytest.approx(chosen)

    qtbot.mouseClick(control(restarted, QPushButton, "fit_width_button"), Qt.MouseButton.LeftButton)
    assert fits_width(restarted)
    restarted.resize(600, 700)  # fitting goes on as the panel changes width
    qtbot.waitUntil(lambda: fits_width(restarted))
    show_pdf(qtbot, restarted)
    assert fits_width(restarted)
    again = new_viewer(qtbot)
    show_pdf(qtbot, again)
    assert fits_width(again)


@pytest.mark.parametrize("stored", ["large", "-1", "0.01", "99", "nan"])
def test_an_unusable_stored_zoom_opens_at_fit_width(qtbot, stored) -> None:
    from desktop.ui import settings

    settings.write(settings.DOCUMENT_ZOOM, stored)
    viewer = new_viewer(qtbot)
    show_pdf(qtbot, viewer)
    assert fits_width(viewer)


def test_zoom_keys_work_while_reading(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    focus(qtbot, control(viewer, QWidget, "pdf_view"))
    start = viewer.zoom_factor()

    press(qtbot, viewer, Key.Key_Equal, Ctrl)
    assert viewer.zoom_factor() > start
    press(qtbot, viewer, Key.Key_Minus, Ctrl)
    press(qtbot, viewer, Key.Key_Minus, Ctrl)
    assert viewer.zoom_factor() < start


def test_pdf_search_counts_and_visits_every_match(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    search(qtbot, viewer, "witness")

    assert viewer.match_count() == 4
    assert match_text(viewer) == "Match 1 of 4"
    assert viewer.current_page() == 1

    press(qtbot, viewer, Key.Key_F3)
    assert viewer.current_page() == 2
    assert match_text(viewer) == "Match 2 of 4"
    scroll = control(viewer, QWidget, "pdf_view").verticalScrollBar()
    top_of_page_two = scroll.value()

    qtbot.mouseClick(control(viewer, QPushButton, "next_match_button"), Qt.MouseButton.LeftButton)
    assert viewer.current_page() == 2
    assert scroll.value() > top_of_page_two + 300, "the match at the foot was not shown"

    press(qtbot, viewer, Key.Key_F3)
    assert viewer.current_page() == 3
    press(qtbot, viewer, Key.Key_F3)  # wraps round to the first
    assert (viewer.current_page(), match_text(viewer)) == (1, "Match 1 of 4")
    press(qtbot, viewer, Key.Key_F3, Shift)
    assert (viewer.current_page(), match_text(viewer)) == (3, "Match 4 of 4")


def test_pdf_search_without_matches_says_so(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    search(qtbot, viewer, "zebra")

    assert viewer.match_count() == 0
    assert match_text(viewer) == "No matches"
    assert not control(viewer, QPushButton, "next_match_button").isEnabled()


def test_text_document_search_wraps_round(qtbot, viewer) -> None:
    viewer.set_documents([("Officer note", TEXT, NOTE.encode())])
    assert viewer.page_count() == 0
    assert viewer.tabs.currentWidget().findChild(QSpinBox, "page_number_box") is None
    text = control(viewer, QWidget, "text_view")
    search(qtbot, viewer, "apple")

    assert viewer.match_count() == 3  # any case
    assert match_text(viewer) == "Match 1 of 3"
    starts = [text.textCursor().selectionStart()]
    for _ in range(3):
        press(qtbot, viewer, Key.Key_F3)
        starts.append(text.textCursor().selectionStart())
    assert starts[0] == starts[3] and len(set(starts)) == 3
    assert text.textCursor().selectedText().lower() == "apple"
    press(qtbot, viewer, Key.Key_F3, Shift)
    assert match_text(viewer) == "Match 3 of 3"


def test_text_document_zoom_changes_the_font(qtbot, viewer) -> None:
    viewer.set_documents([("Officer note", TEXT, NOTE.encode())])
    text = control(viewer, QWidget, "text_view")
    size = text.font().pointSizeF()

    qtbot.mouseClick(control(viewer, QPushButton, "zoom_in_button"), Qt.MouseButton.LeftButton)
    assert text.font().pointSizeF() > size
    assert viewer.zoom_factor() > 1.0
    assert control(viewer, QPushButton, "fit_width_button").isHidden()


@pytest.mark.parametrize(
    ("media_type", "data"),
    [
        (PDF, b"%PDF-1.7\nthis is not really a PDF"),
        (PDF, make_pdf(WITNESS_PAGES)[:300]),
        (TEXT, b"caf\xe9 au lait"),  # Latin-1, not UTF-8
    ],
    ids=["garbage PDF", "truncated PDF", "invalid UTF-8"],
)
def test_unreadable_document_shows_a_plain_message(qtbot, viewer, media_type, data) -> None:
    viewer.set_documents([("Scan", media_type, data), ("Note", TEXT, b"fine")])

    assert viewer.tabs.count() == 2
    assert DAMAGED in control(viewer, QLabel, "document_problem").text()
    assert viewer.page_count() == 0
    viewer.tabs.setCurrentIndex(1)
    assert control(viewer, QWidget, "text_view").toPlainText() == "fine"


def test_password_protected_pdf_says_so(qtbot, viewer) -> None:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt=StandardEncryption("secret", ownerPassword="owner"))
    pdf.drawString(72, 700, "Sealed statement")
    pdf.showPage()
    pdf.save()
    viewer.set_documents([("Sealed", PDF, out.getvalue())])

    assert "protected by a password" in control(viewer, QLabel, "document_problem").text()


def test_unknown_kind_of_document_is_named_as_such(qtbot, viewer) -> None:
    viewer.set_documents([("Photo", "image/png", b"\x89PNG")])
    assert "cannot be shown here" in control(viewer, QLabel, "document_problem").text()


def test_no_documents_shows_a_friendly_line(qtbot, viewer) -> None:
    viewer.set_documents([])
    placeholder = viewer.findChild(QLabel, "no_documents")
    assert placeholder.isVisible() and placeholder.text() == "This case has no documents."
    assert not viewer.tabs.isVisible()
    assert (viewer.current_page(), viewer.page_count(), viewer.match_count()) == (0, 0, 0)


def test_new_documents_replace_and_close_the_old(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    old = viewer.tabs.currentWidget().findChild(QPdfDocument)
    assert old.status() == QPdfDocument.Status.Ready

    viewer.set_documents([("Officer note", TEXT, NOTE.encode())])
    assert old.status() == QPdfDocument.Status.Null  # closed at once, not when deleted
    assert viewer.tabs.count() == 1 and viewer.tabs.tabText(0) == "Officer note"

    viewer.clear()
    assert viewer.tabs.count() == 0
    assert viewer.findChild(QLabel, "no_documents").isVisible()


def test_documents_never_touch_the_disk(qtbot, viewer, tmp_path: Path, monkeypatch) -> None:
    scratch = tmp_path / "tmp"
    work = tmp_path / "work"
    scratch.mkdir()
    work.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.chdir(work)
    assert tempfile.gettempdir() == str(scratch)
    before = sorted(os.listdir(tempfile.gettempdir()))

    show_pdf(qtbot, viewer, ("Officer note", TEXT, NOTE.encode()))
    search(qtbot, viewer, "witness")
    viewer.zoom_in()
    viewer.tabs.setCurrentIndex(1)
    search(qtbot, viewer, "apple")
    viewer.clear()

    assert sorted(os.listdir(tempfile.gettempdir())) == before == []
    assert list(work.iterdir()) == []


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    field = control(viewer, QLineEdit, "search_field")
    focus(qtbot, control(viewer, QWidget, "pdf_view"))
    assert not field.hasFocus()

    press(qtbot, viewer, Key.Key_F, Ctrl)
    qtbot.waitUntil(field.hasFocus)


def test_viewer_keys_stay_out_of_the_rest_of_the_window(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    note = QLineEdit(window)
    viewer = DocumentViewer(window)
    layout = QVBoxLayout(window)
    layout.addWidget(note)
    layout.addWidget(viewer)
    window.resize(800, 800)
    window.show()
    with qtbot.waitSignal(viewer.pageRendered, timeout=10_000):
        viewer.set_documents([("Witness statement", PDF, make_pdf(WITNESS_PAGES))])
    focus(qtbot, note)
    zoom = viewer.zoom_factor()

    qtbot.keyClick(note, Key.Key_F, Ctrl)
    qtbot.keyClick(note, Key.Key_Equal, Ctrl)
    assert note.hasFocus()
    assert viewer.zoom_factor() == zoom


def interactive_widgets(root: QWidget) -> Iterator[QWidget]:
    """Everything a keyboard user can reach, and every button."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the box's own editor; the box itself carries the name
        reachable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if reachable or isinstance(widget, QPushButton):
            yield widget


def test_every_control_has_a_name_for_screen_readers(qtbot, viewer) -> None:
    show_pdf(
        qtbot,
        viewer,
        ("Officer note", TEXT, NOTE.encode()),
        ("Scan", PDF, b"broken"),
    )
    for index in range(viewer.tabs.count()):  # tabs behind the first are built when first shown
        viewer.tabs.setCurrentIndex(index)
    controls = list(interactive_widgets(viewer))

    assert len(controls) > 15
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in controls if not w.accessibleName()]
    assert unnamed == []
    assert all(w.objectName() for w in controls)


class _WelshForTest(QTranslator):
    """A stand-in translation: just enough Welsh to see the texts change."""

    WORDS: ClassVar[dict[str, str]] = {
        "Next page": "Tudalen nesaf",
        "This case has no documents.": "Does dim dogfennau yn yr achos hwn.",
        DAMAGED: "Nid oedd modd agor y ddogfen hon. Efallai ei bod wedi'i difrodi.",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source)

    def isEmpty(self) -> bool:
        return False


def test_texts_follow_a_language_change(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer, ("Scan", PDF, b"broken"))
    welsh = _WelshForTest()
    QCoreApplication.installTranslator(welsh)
    try:
        qtbot.waitUntil(lambda: control(viewer, QPushButton, "next_page_button").text() == "Tudalen nesaf")
        viewer.tabs.setCurrentIndex(1)
        assert "Nid oedd modd agor" in control(viewer, QLabel, "document_problem").text()
        viewer.set_documents([])
        assert viewer.findChild(QLabel, "no_documents").text().startswith("Does dim")
    finally:
        QCoreApplication.removeTranslator(welsh)
    qtbot.waitUntil(lambda: viewer.findChild(QLabel, "no_documents").text().startswith("This"))


def test_buttons_are_big_enough_to_hit(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    buttons = viewer.tabs.currentWidget().findChildren(QAbstractButton)
    visible = [b for b in buttons if b.isVisible() and isinstance(b, QPushButton)]
    assert visible and all(b.height() >= 36 for b in visible)


def test_tabs_behind_the_first_open_when_chosen(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer, ("Officer note", TEXT, NOTE.encode()), ("Log", TEXT, b"second document"))
    assert viewer.tabs.count() == 3
    viewer.tabs.setCurrentIndex(2)
    assert viewer.tabs.tabText(2) == "Log"
    assert viewer.current_tab() is viewer.tabs.widget(2)
    assert "second document" in viewer.tabs.widget(2).findChild(QPlainTextEdit).toPlainText()


def test_next_case_reuses_the_pdf_tab_but_shows_only_the_new_document(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    first_tab = viewer.tabs.widget(0)
    search(qtbot, viewer, "witness")
    assert viewer.match_count() == 4
    control(viewer, QPushButton, "next_page_button").click()
    other = make_pdf([[(770, "Crime log: graffiti")], [(770, "Second page")]])
    with qtbot.waitSignal(viewer.pageRendered, timeout=10_000):
        viewer.set_documents([("Crime log", PDF, other)])
    assert viewer.tabs.widget(0) is first_tab  # the controls were reused
    assert (viewer.page_count(), viewer.current_page()) == (2, 1)
    assert control(viewer, QLineEdit, "search_field").text() == ""
    search(qtbot, viewer, "witness")
    assert viewer.match_count() == 0
    control(viewer, QLineEdit, "search_field").clear()
    search(qtbot, viewer, "graffiti")
    assert viewer.match_count() == 1


@pytest.mark.parametrize("window_size", [None, (1366, 768)], ids=["default size", "1366x768"])
def test_documents_open_at_fit_width_in_the_workspace(qtbot, db, profile_dir, window_size) -> None:
    """At the workspace's own splitter sizes the fitted page is about 57-59 % here: small
    figures, but the whole width of the panel, not a fixed zoom."""
    from desktop.services.rounds import NewCase, NewDocument, add_round
    from tests.conftest import small_template_body
    from tests.ui.fakes import FakeDialogs
    from tests.ui.harness import open_round, open_window

    pdf = make_pdf(WITNESS_PAGES)
    case = NewCase(
        reference="PDF-001",
        case_type="nchi",
        strands=("race",),
        summary="A case with a statement.",
        documents=[NewDocument("Witness statement", PDF, pdf)],
    )
    round_id = add_round(db, "PDF round", small_template_body(), [case], due_date="2026-12-31")
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    if window_size:
        window.resize(*window_size)
    workspace = open_round(qtbot, window, round_id)
    qtbot.waitUntil(lambda: workspace.viewer.page_count() == 3)
    # The page is as wide as the panel, unless that is too small to read: then readable and
    # wider (a window held to a small screen, as this one may be, shares less to the page).
    viewer = workspace.viewer
    qtbot.waitUntil(lambda: fits_width(viewer) or (readable(viewer, 100) and wider_than_panel(viewer)))
    window.close()


def wider_than_panel(viewer: DocumentViewer) -> bool:
    view = control(viewer, QWidget, "pdf_view")
    return 595 * view.logicalDpiX() / 72 * viewer.zoom_factor() > view.viewport().width()


def readable(viewer: DocumentViewer, percent: int) -> bool:
    """Ten-point print at least about 7 pixels high at normal text size, and as much
    larger as the member's text size: the readability the viewer promises, stated here
    on its own rather than read back from the viewer."""
    print_px = 10 * 96 / 72 * viewer.zoom_factor()
    return print_px >= 7 * percent / 100 - 0.1


def test_fit_width_never_shrinks_the_page_below_a_readable_size(qtbot) -> None:
    """In a narrow panel the page stays readable and scrolls sideways; at a larger text
    size the floor rises with it, at once."""
    viewer = new_viewer(qtbot)
    show_pdf(qtbot, viewer)
    viewer.resize(260, 700)
    qtbot.waitUntil(lambda: readable(viewer, 100) and not fits_width(viewer))
    view = control(viewer, QWidget, "pdf_view")
    assert view.horizontalScrollBar().maximum() > 0  # the rest of the line is reached by scrolling
    try:
        apply_text_size(200)
        qtbot.waitUntil(lambda: readable(viewer, 200))
    finally:
        apply_text_size(100)
    viewer.resize(1400, 900)
    qtbot.waitUntil(lambda: fits_width(viewer))  # room enough: the whole width again


NO_TEXT = "This page is an image with no text: ask the coordinator for a text version."


def page_text(viewer: DocumentViewer) -> QPlainTextEdit:
    return control(viewer, QPlainTextEdit, "page_text")


def test_page_text_is_read_aloud_beside_the_page_image_and_follows_the_pages(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    assert page_text(viewer).toPlainText() == ""  # nothing extracted until it is asked for
    focus(qtbot, control(viewer, QWidget, "pdf_view"))

    press(qtbot, viewer, Key.Key_T, Ctrl)
    text = page_text(viewer)
    assert text.isVisible() and text.hasFocus() and text.isReadOnly()
    assert not control(viewer, QWidget, "pdf_view").isVisible()
    assert text.accessibleName() == "Text of page 1"
    assert "Statement of the first witness" in text.toPlainText()
    assert "came back" not in text.toPlainText()
    assert control(viewer, QPushButton, "page_text_button").isChecked()

    qtbot.mouseClick(control(viewer, QPushButton, "next_page_button"), Qt.MouseButton.LeftButton)
    assert text.accessibleName() == "Text of page 2"
    assert "The witness came back the next day." in text.toPlainText()
    page_box = control(viewer, QSpinBox, "page_number_box")
    focus(qtbot, page_box)
    page_box.selectAll()
    qtbot.keyClicks(page_box, "3")
    qtbot.keyClick(page_box, Key.Key_Return)
    assert text.accessibleName() == "Text of page 3"
    assert "Officer's summary" in text.toPlainText()

    toggle = control(viewer, QPushButton, "page_text_button")
    assert toggle.focusPolicy() & Qt.FocusPolicy.TabFocus and toggle.accessibleName() == "Page text"
    focus(qtbot, toggle)
    qtbot.keyClick(toggle, Key.Key_Space)
    assert not toggle.isChecked() and not text.isVisible()
    assert control(viewer, QWidget, "pdf_view").isVisible()


def test_a_page_that_is_only_an_image_says_so(qtbot, viewer) -> None:
    out = io.BytesIO()
    scan = canvas.Canvas(out, pagesize=A4)
    scan.setFillColorRGB(0.3, 0.3, 0.3)
    scan.rect(60, 200, 470, 560, fill=1)  # a scanned form: marks, but no text
    scan.showPage()
    scan.save()
    with qtbot.waitSignal(viewer.pageRendered, timeout=10_000):
        viewer.set_documents([("Scanned form", PDF, out.getvalue())])

    qtbot.mouseClick(control(viewer, QPushButton, "page_text_button"), Qt.MouseButton.LeftButton)
    assert page_text(viewer).toPlainText() == NO_TEXT
    assert page_text(viewer).accessibleName() == "Text of page 1"


def test_search_works_in_the_page_text(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer)
    qtbot.mouseClick(control(viewer, QPushButton, "page_text_button"), Qt.MouseButton.LeftButton)
    search(qtbot, viewer, "witness")
    assert viewer.match_count() == 4
    text = page_text(viewer)
    assert text.accessibleName() == "Text of page 1"
    assert text.textCursor().selectedText() == "witness"

    press(qtbot, viewer, Key.Key_F3)  # page 2, first line
    press(qtbot, viewer, Key.Key_F3)  # page 2, foot: "A second witness was present."
    assert text.accessibleName() == "Text of page 2"
    cursor = text.textCursor()
    assert cursor.selectedText() == "witness"
    assert cursor.position() > text.toPlainText().index("A second")


def test_page_text_stays_on_for_the_next_case_and_is_extracted_only_when_shown(qtbot, viewer) -> None:
    show_pdf(qtbot, viewer, ("Second statement", PDF, make_pdf([[(770, "Only the second file")]])))
    qtbot.mouseClick(control(viewer, QPushButton, "page_text_button"), Qt.MouseButton.LeftButton)

    viewer.tabs.setCurrentIndex(1)  # the next document opens as text too
    assert "Only the second file" in page_text(viewer).toPlainText()

    viewer.set_documents([("Next case", PDF, make_pdf([[(770, "The next case's statement")]]))])
    assert page_text(viewer).isVisible()
    assert "The next case's statement" in page_text(viewer).toPlainText()

    qtbot.mouseClick(control(viewer, QPushButton, "page_text_button"), Qt.MouseButton.LeftButton)
    assert page_text(viewer).toPlainText() == ""
    with qtbot.waitSignal(viewer.pageRendered, timeout=10_000):
        viewer.set_documents([("Last case", PDF, make_pdf(WITNESS_PAGES))])
    assert page_text(viewer).toPlainText() == ""  # not extracted while the image is shown


def test_in_a_short_panel_the_controls_fold_behind_one_button(qtbot) -> None:
    """At 200% text on a 768-pixel screen the controls took five rows and left the page a
    few lines high: folded, the page gets the panel; the button and Ctrl+F bring them back,
    and unfolded in a narrow panel no button is cut off."""
    viewer = new_viewer(qtbot)
    show_pdf(qtbot, viewer)
    tools = control(viewer, QPushButton, "document_tools")
    search_field = control(viewer, QLineEdit, "search_field")
    assert not tools.isVisible() and search_field.isVisible()  # room enough: no folding
    try:
        apply_text_size(200)
        viewer.resize(380, 640)
        qtbot.waitUntil(tools.isVisible)
        assert not search_field.isVisible()
        view = control(viewer, QWidget, "pdf_view")
        qtbot.waitUntil(lambda: view.height() > viewer.height() / 2)  # the page has the panel
        qtbot.mouseClick(tools, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(search_field.isVisible)
        QApplication.processEvents()
        assert cut_off_controls(viewer) == []
        qtbot.mouseClick(tools, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not search_field.isVisible())
        viewer.focus_search()  # Ctrl+F
        qtbot.waitUntil(lambda: search_field.isVisible() and search_field.hasFocus())
    finally:
        apply_text_size(100)
    viewer.resize(800, 900)
    qtbot.waitUntil(lambda: not tools.isVisible() and search_field.isVisible())


def search_field_in(area: QScrollArea, field: QWidget) -> QRect:
    """Where the search field lies in the scroll area's visible part."""
    return QRect(field.mapTo(area.viewport(), QPoint(0, 0)), field.size())


@pytest.mark.parametrize(
    ("text_size", "width", "height"),
    [(100, 280, 330), (200, 330, 560)],
    ids=["display scaling 2", "200% text"],
)
def test_controls_unfolded_in_a_short_narrow_panel_are_whole(qtbot, text_size, width, height) -> None:
    """At display scaling 2 the document panel is about 280 by 350 pixels: the controls
    fold, and unfolded they needed more lines than the panel had, so the layout squeezed
    the row of bars and the last buttons lay past its foot. Unfolded, every control is
    whole (the controls scroll down when the panel is too short for them all)."""
    viewer = new_viewer(qtbot)
    show_pdf(qtbot, viewer)
    tools = control(viewer, QPushButton, "document_tools")
    try:
        apply_text_size(text_size)
        viewer.resize(width, height)
        qtbot.waitUntil(tools.isVisible)
        qtbot.mouseClick(tools, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(control(viewer, QLineEdit, "search_field").isVisible)
        QApplication.processEvents()
        assert cut_off_controls(viewer) == []
        view = control(viewer, QWidget, "pdf_view")
        assert view.height() >= view.minimumHeight()  # the page gives way, but keeps its lines
        area = control(viewer, QScrollArea, "document_controls_scroll")
        search_field = control(viewer, QLineEdit, "search_field")
        viewer.focus_search()  # Ctrl+F: the search field is scrolled into view to type in
        qtbot.waitUntil(lambda: area.viewport().rect().contains(search_field_in(area, search_field)))
    finally:
        apply_text_size(100)


def test_switching_language_keeps_the_words_selected_in_the_page_text(qtbot, viewer) -> None:
    """The page text was extracted again when the language changed: the words the member had
    selected to cite, and where they had read to, were gone."""
    from desktop.ui import i18n

    show_pdf(qtbot, viewer)
    qtbot.mouseClick(control(viewer, QPushButton, "page_text_button"), Qt.MouseButton.LeftButton)
    text = page_text(viewer)
    found = text.document().find("first witness")
    assert not found.isNull()
    text.setTextCursor(found)
    try:
        i18n.set_language("cy")
        assert text.textCursor().selectedText() == "first witness"
        assert text.accessibleName() != "Text of page 1"  # the page's name, in Welsh
    finally:
        i18n.set_language("en")
    assert text.textCursor().selectedText() == "first witness"
