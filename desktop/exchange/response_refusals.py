"""Why a returned response table is not taken, as one plain sentence in English and Welsh.

A table that comes back from the force has been through someone else's computer and
word processor, so the reader assumes nothing about it. Every way it can be unusable
as a whole (too big, not a Word document or CSV, damaged, made for another round) has
one reason here; problems with single rows are the services' (`response_problems`).
Nothing is changed when a file is refused.
"""

from __future__ import annotations

from enum import Enum


class FileRefusal(Enum):
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_BIG = "too_big"
    NOT_A_TABLE_FILE = "not_a_table_file"
    PDF = "pdf"
    DAMAGED = "damaged"
    UNPACKS_TOO_BIG = "unpacks_too_big"
    NO_TABLE = "no_table"
    COLUMNS_CHANGED = "columns_changed"
    NEWER_FORMAT = "newer_format"
    NOT_OURS = "not_ours"
    OTHER_ROUND = "other_round"
    CSV_COLUMNS = "csv_columns"
    CSV_ENCODING = "csv_encoding"
    CSV_BROKEN = "csv_broken"
    TOO_MANY_ROWS = "too_many_rows"


_TEXT: dict[FileRefusal, tuple[str, str]] = {
    FileRefusal.UNREADABLE: (
        "The file could not be read. Check that it is still there and try again.",
        "Nid oedd modd darllen y ffeil. Gwiriwch ei bod yno o hyd a rhowch gynnig arall arni.",
    ),
    FileRefusal.EMPTY: ("The file is empty.", "Mae’r ffeil yn wag."),
    FileRefusal.TOO_BIG: (
        "The file is larger than {limit} MB, far more than a response table needs, so it was not opened.",
        "Mae’r ffeil yn fwy na {limit} MB, llawer mwy nag sydd ei angen ar dabl ymatebion, "
        "felly ni chafodd ei hagor.",
    ),
    FileRefusal.NOT_A_TABLE_FILE: (
        "This is neither a Word document (.docx) nor a CSV file.",
        "Nid yw hon yn ddogfen Word (.docx) nac yn ffeil CSV.",
    ),
    FileRefusal.PDF: (
        "This is a PDF. Ask for the response table back as the Word document or CSV file it was sent as.",
        "PDF yw hon. Gofynnwch am gael y tabl ymatebion yn ôl fel y ddogfen Word neu’r ffeil CSV a anfonwyd.",
    ),
    FileRefusal.DAMAGED: (
        "The Word document is damaged or incomplete. Ask for it to be saved and sent again.",
        "Mae’r ddogfen Word wedi’i difrodi neu’n anghyflawn. Gofynnwch iddi gael ei chadw a’i hanfon eto.",
    ),
    FileRefusal.UNPACKS_TOO_BIG: (
        "The Word document would unpack to more than {limit} MB, so it was not opened.",
        "Byddai’r ddogfen Word yn dadbacio i fwy na {limit} MB, felly ni chafodd ei hagor.",
    ),
    FileRefusal.NO_TABLE: (
        "The document has no response table in it.",
        "Nid oes tabl ymatebion yn y ddogfen.",
    ),
    FileRefusal.COLUMNS_CHANGED: (
        "The response table no longer has its five columns (No., Observation, Cases, "
        "Force response, Date of response).",
        "Nid oes gan y tabl ymatebion ei bum colofn bellach (Rhif, Arsylwad, Achosion, "
        "Ymateb yr heddlu, Dyddiad yr ymateb).",
    ),
    FileRefusal.NEWER_FORMAT: (
        "The table was made by a newer version of Panel Review. Update this app to read it.",
        "Cafodd y tabl ei wneud gan fersiwn mwy newydd o Panel Review. Diweddarwch yr ap hwn i’w ddarllen.",
    ),
    FileRefusal.NOT_OURS: (
        "The file does not say which observations it answers, so its responses cannot be matched to them.",
        "Nid yw’r ffeil yn dweud pa arsylwadau y mae’n eu hateb, "
        "felly nid oes modd paru ei hymatebion â nhw.",
    ),
    FileRefusal.OTHER_ROUND: (
        "This table is for the round “{file_round}”, not for “{round}”.",
        "Mae’r tabl hwn ar gyfer y cylch “{file_round}”, nid ar gyfer “{round}”.",
    ),
    FileRefusal.CSV_COLUMNS: (
        "The CSV file must have exactly the columns {expected}; it has {found}.",
        "Rhaid i’r ffeil CSV gynnwys yr union golofnau {expected}; mae ganddi {found}.",
    ),
    FileRefusal.CSV_ENCODING: (
        "The CSV file is not saved as UTF-8, so Welsh letters would be misread. "
        "Save it as “CSV UTF-8” and try again.",
        "Nid yw’r ffeil CSV wedi’i chadw fel UTF-8, felly byddai llythrennau Cymraeg yn cael eu camddarllen. "
        "Cadwch hi fel “CSV UTF-8” a rhowch gynnig arall arni.",
    ),
    FileRefusal.CSV_BROKEN: (
        "The CSV file could not be read after line {line}: a quotation mark is probably missing.",
        "Nid oedd modd darllen y ffeil CSV ar ôl llinell {line}: mae’n debyg bod dyfynnod ar goll.",
    ),
    FileRefusal.TOO_MANY_ROWS: (
        "The table has more than {limit} rows, far more than a round’s observations.",
        "Mae gan y tabl fwy na {limit} o resi, llawer mwy nag arsylwadau cylch.",
    ),
}


class ResponseFileRefused(Exception):
    """A returned response table that cannot be used at all; nothing was changed."""

    def __init__(self, refusal: FileRefusal, **params: str | int) -> None:
        super().__init__(refusal.value + (f": {params}" if params else ""))
        self.refusal = refusal
        self.params = params

    def explain(self, language: str) -> str:
        en, cy = _TEXT[self.refusal]
        return (cy if language == "cy" else en).format(**self.params)
