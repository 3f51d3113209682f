"""What can be wrong with a round's case list, in words a coordinator understands.

A problem is a message key with its values, not a finished sentence, so the same problem
can be shown in English or Welsh by the GUI and by the command line alike, without Qt.
The Welsh awaits review by a first-language speaker (see docs/welsh.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES = ("en", "cy")

# key -> (English, Welsh). A `{name}` is filled from the problem's params.
MESSAGES: Mapping[str, tuple[str, str]] = {
    # The file as a whole (line 0).
    "file_missing": (
        "The case list “{file}” cannot be found.",
        "Ni ellir dod o hyd i'r rhestr achosion “{file}”.",
    ),
    "file_unreadable": (
        "The case list “{file}” cannot be read: {reason}.",
        "Ni ellir darllen y rhestr achosion “{file}”: {reason}.",
    ),
    "file_too_big": (
        "The case list is larger than {limit_mb} MB, bigger than any real list. Is it the right file?",
        "Mae'r rhestr achosion yn fwy na {limit_mb} MB, yn fwy nag unrhyw restr go iawn. "
        "Ai hon yw'r ffeil gywir?",
    ),
    "file_empty": (
        "The case list is empty.",
        "Mae'r rhestr achosion yn wag.",
    ),
    "file_not_utf16": (
        "The case list says it is Unicode text (UTF-16) but cannot be read as such. "
        "In Excel, save it as “CSV UTF-8 (Comma delimited)”.",
        "Mae'r rhestr achosion yn dweud mai testun Unicode (UTF-16) yw hi ond ni ellir ei darllen felly. "
        "Yn Excel, cadwch hi fel “CSV UTF-8 (Comma delimited)”.",
    ),
    "folder_missing": (
        "The documents folder “{folder}” cannot be found.",
        "Ni ellir dod o hyd i'r ffolder dogfennau “{folder}”.",
    ),
    "no_cases": (
        "The case list has no cases in it.",
        "Nid oes achosion yn y rhestr achosion.",
    ),
    # Lines of the file.
    "not_utf8": (
        "this line is not UTF-8 text. In Excel, save the list as “CSV UTF-8 (Comma delimited)”.",
        "nid yw'r llinell hon yn destun UTF-8. Yn Excel, cadwch y rhestr fel “CSV UTF-8 (Comma delimited)”.",
    ),
    "not_utf8_more": (
        "this line and {count} more after it are not UTF-8 text either.",
        "nid yw'r llinell hon a {count} arall ar ei hôl yn destun UTF-8 chwaith.",
    ),
    "csv_unreadable": (
        "this line cannot be read as CSV, so reading stopped here. "
        "Check that every opening quote mark has a closing one.",
        "ni ellir darllen y llinell hon fel CSV, felly daeth y darllen i ben yma. "
        "Gwiriwch fod gan bob dyfynnod agoriadol un sy'n cau.",
    ),
    "too_many_cases": (
        "the list has more than {limit} cases. Split the round into smaller ones.",
        "mae mwy na {limit} achos yn y rhestr. Rhannwch y cylch yn rhai llai.",
    ),
    # The header line.
    "missing_column": (
        "this column is missing. A case list needs the columns {required}.",
        "mae'r golofn hon ar goll. Mae angen y colofnau {required} ar restr achosion.",
    ),
    "unknown_column": (
        "Panel Review does not know this column. Delete it, or give it one of the names {known}.",
        "Nid yw Panel Review yn adnabod y golofn hon. Dilëwch hi, neu rhowch un o'r enwau {known} iddi.",
    ),
    "unknown_column_suggest": (
        "Panel Review does not know this column. Did you mean “{suggestion}”?",
        "Nid yw Panel Review yn adnabod y golofn hon. Ai “{suggestion}” oedd dan sylw?",
    ),
    "duplicate_column": (
        "this column appears twice. Keep one of them.",
        "mae'r golofn hon yn ymddangos ddwywaith. Cadwch un ohonynt.",
    ),
    # The cells of one case.
    "unnamed_cell": (
        "cell {position} holds “{value}” but has no column name above it. "
        "Is there a comma or semicolon that should be inside quote marks?",
        "mae cell {position} yn dal “{value}” ond nid oes enw colofn uwch ei phen. "
        "A oes coma neu hanner colon a ddylai fod rhwng dyfynodau?",
    ),
    "empty_cell": (
        "this cell is empty, but every case needs one.",
        "mae'r gell hon yn wag, ond mae angen un ar bob achos.",
    ),
    "too_long": (
        "this cell is longer than {limit} characters.",
        "mae'r gell hon yn hwy na {limit} nod.",
    ),
    "control_character": (
        "this cell holds a control character (such as a tab or an invisible character), "
        "which is not allowed here.",
        "mae'r gell hon yn cynnwys nod rheoli (fel tab neu nod anweledig), nad yw'n cael ei ganiatáu yma.",
    ),
    "direction_character": (
        "this cell holds a hidden character that reverses or reorders the text, "
        "so the reference would not read as it was typed.",
        "mae'r gell hon yn cynnwys nod cudd sy'n troi'r testun o chwith neu'n newid ei drefn, "
        "felly ni fyddai'r cyfeirnod yn darllen fel y cafodd ei deipio.",
    ),
    "invisible_character": (
        "this cell holds an invisible character (such as a zero-width space), "
        "which could make two references look the same.",
        "mae'r gell hon yn cynnwys nod anweledig (fel bwlch lled sero), "
        "a allai wneud i ddau gyfeirnod edrych yr un fath.",
    ),
    "no_visible_text": (
        "this cell has no letter or number that can be seen.",
        "nid oes yn y gell hon unrhyw lythyren na rhif y gellir ei weld.",
    ),
    "multiline": (
        "this cell runs over more than one line. Is a closing quote mark missing?",
        "mae'r gell hon yn rhedeg dros fwy nag un llinell. A oes dyfynnod cau ar goll?",
    ),
    "duplicate_reference": (
        "the reference “{reference}” is already used on line {other_line}.",
        "mae'r cyfeirnod “{reference}” eisoes yn cael ei ddefnyddio ar linell {other_line}.",
    ),
    "case_type_bad": (
        "“{value}” is not a case type. Use a short name of letters, digits, “_” or “-”, "
        "such as hate_crime or nchi.",
        "nid yw “{value}” yn fath o achos. Defnyddiwch enw byr o lythrennau, digidau, “_” neu “-”, "
        "fel hate_crime neu nchi.",
    ),
    "case_type_typo": (
        "“{value}” is not a case type Panel Review knows. Did you mean {suggestion}?",
        "nid yw “{value}” yn fath o achos y mae Panel Review yn ei adnabod. Ai {suggestion} oedd dan sylw?",
    ),
    "strand_unknown": (
        "“{value}” is not a hate crime strand. Use one or more of {known}, separated by “;”.",
        "nid yw “{value}” yn llinyn trosedd casineb. "
        "Defnyddiwch un neu fwy o {known}, wedi'u gwahanu gan “;”.",
    ),
    "strand_needed": (
        "a case of type {case_type} needs at least one strand.",
        "mae angen o leiaf un llinyn ar achos o'r math {case_type}.",
    ),
    "uid_bad": (
        "“{value}” is not a uid. A uid looks like 3f2b6c1e-9d4a-4e8b-a1c2-5d6e7f809a1b; "
        "leave the cell empty and Panel Review makes one.",
        "nid yw “{value}” yn uid. Mae uid yn edrych fel 3f2b6c1e-9d4a-4e8b-a1c2-5d6e7f809a1b; "
        "gadewch y gell yn wag a bydd Panel Review yn gwneud un.",
    ),
    "duplicate_uid": (
        "this uid is already used on line {other_line}.",
        "mae'r uid hwn eisoes yn cael ei ddefnyddio ar linell {other_line}.",
    ),
    "member_too_long": (
        "“{value}” is too long for a member's name or fingerprint ({limit} characters at most).",
        "mae “{value}” yn rhy hir ar gyfer enw neu ôl bys aelod ({limit} nod ar y mwyaf).",
    ),
    "documents_none": (
        "list at least one document, as file names separated by “;”.",
        "rhestrwch o leiaf un ddogfen, fel enwau ffeiliau wedi'u gwahanu gan “;”.",
    ),
    "document_bad_name": (
        "“{name}” is not a file name inside the documents folder: it must not start with “/”, "
        "name a drive or use “..”.",
        "nid yw “{name}” yn enw ffeil o fewn y ffolder dogfennau: rhaid iddo beidio â dechrau gyda “/”, "
        "enwi gyriant na defnyddio “..”.",
    ),
    "document_twice": (
        "“{name}” is listed twice for this case.",
        "mae “{name}” wedi'i restru ddwywaith ar gyfer yr achos hwn.",
    ),
    "document_missing": (
        "the file “{name}” is not in the folder.",
        "nid yw'r ffeil “{name}” yn y ffolder.",
    ),
    "document_outside": (
        "“{name}” is a link to a file outside the documents folder. Copy the file itself into the folder.",
        "mae “{name}” yn ddolen i ffeil y tu allan i'r ffolder dogfennau. "
        "Copïwch y ffeil ei hun i'r ffolder.",
    ),
    "document_not_file": (
        "“{name}” is not a file (it is a folder or something else).",
        "nid ffeil yw “{name}” (ffolder neu rywbeth arall ydyw).",
    ),
    "document_extension": (
        "“{name}” is neither a PDF (.pdf) nor a text file (.txt).",
        "nid PDF (.pdf) na ffeil destun (.txt) yw “{name}”.",
    ),
    "document_too_big": (
        "“{name}” is larger than {limit_mb} MB.",
        "mae “{name}” yn fwy na {limit_mb} MB.",
    ),
    "document_empty": (
        "“{name}” is empty.",
        "mae “{name}” yn wag.",
    ),
    "document_not_pdf": (
        "“{name}” is not a PDF (it does not start with %PDF-). "
        "Is it damaged, or another kind of file renamed?",
        "nid PDF yw “{name}” (nid yw'n dechrau gyda %PDF-). A yw wedi'i difrodi, neu'n fath arall o ffeil "
        "wedi'i hailenwi?",
    ),
    "document_not_utf8": (
        "“{name}” is not UTF-8 text (line {text_line} of the file). Save it again as UTF-8.",
        "nid yw “{name}” yn destun UTF-8 (llinell {text_line} o'r ffeil). Cadwch hi eto fel UTF-8.",
    ),
    "document_unreadable": (
        "“{name}” cannot be read: {reason}.",
        "ni ellir darllen “{name}”: {reason}.",
    ),
}

_WHERE = {
    "en": ("Line {line}, column {column}: {detail}", "Line {line}: {detail}"),
    "cy": ("Llinell {line}, colofn {column}: {detail}", "Llinell {line}: {detail}"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the case list, and where.

    `line` is the line of the file where the row starts (the header is usually line 1);
    0 means the file as a whole. `column` is the column's name as Panel Review knows it,
    or None when the problem is with the whole line.
    """

    line: int
    column: str | None
    key: str
    params: tuple[tuple[str, str], ...] = ()

    def detail(self, language: str = "en") -> str:
        """The problem without where it is, in "en" or "cy" (anything else gives English)."""
        en, cy = MESSAGES[self.key]
        return (cy if language == "cy" else en).format(**dict(self.params))

    def text(self, language: str = "en") -> str:
        """The whole message, starting with the line and column, in "en" or "cy"."""
        detail = self.detail(language)
        if self.line == 0:
            return detail
        with_column, without = _WHERE["cy" if language == "cy" else "en"]
        if self.column is None:
            return without.format(line=self.line, detail=detail)
        return with_column.format(line=self.line, column=self.column, detail=detail)

    @property
    def message(self) -> str:
        return self.text("en")


def problem(line: int, column: str | None, key: str, **params: object) -> Problem:
    """A `Problem`, with its values written as text once so it stays hashable and frozen."""
    if key not in MESSAGES:
        raise KeyError(key)
    return Problem(line, column, key, tuple((k, str(v)) for k, v in params.items()))


class CaseListError(ValueError):
    """The case list cannot be used; `problems` says every reason found, in file order."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: p.line))
        super().__init__("\n".join(p.text("en") for p in self.problems))

    def text(self, language: str = "en") -> str:
        return "\n".join(p.text(language) for p in self.problems)
