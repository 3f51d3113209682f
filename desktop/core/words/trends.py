"""The words of trends across rounds: the report's "Since the last review", its table and
chart, and the recurring findings the app and the report flag.

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

TRENDS: dict[str, Words] = {
    "report.since_last": Words("Since the last review", "Ers yr adolygiad diwethaf"),
    "report.since_intro": Words(
        "Compared with the last review ({earlier}), by the share of cases that met each standard.",
        "O'i gymharu â'r adolygiad diwethaf ({earlier}), yn ôl cyfran yr achosion a gyrhaeddodd bob safon.",
    ),
    "report.since_improved": Words(
        "{criterion} — improved: {now}% of cases met the standard, against {before}% last time.",
        "{criterion} — wedi gwella: cyrhaeddodd {now}% o'r achosion y safon, o'i gymharu â {before}% y "
        "tro diwethaf.",
    ),
    "report.since_worse": Words(
        "{criterion} — worse: {now}% of cases met the standard, against {before}% last time.",
        "{criterion} — wedi gwaethygu: cyrhaeddodd {now}% o'r achosion y safon, o'i gymharu â {before}% y "
        "tro diwethaf.",
    ),
    "report.since_no_better": Words(
        "{criterion} — no better: {now}% of cases met the standard, as last time.",
        "{criterion} — dim gwell: cyrhaeddodd {now}% o'r achosion y safon, fel y tro diwethaf.",
    ),
    "report.since_rest_met": Words(
        "The other standards compared were met in every case in both reviews.",
        "Cyrhaeddwyd y safonau eraill a gymharwyd ym mhob achos yn y ddau adolygiad.",
    ),
    "report.since_recurring": Words("Findings that recur", "Canfyddiadau sy'n codi dro ar ôl tro"),
    "report.trend_table": Words(
        "Share of cases meeting each standard, review by review",
        "Cyfran yr achosion a gyrhaeddodd bob safon, fesul adolygiad",
    ),
    "report.trend_standard": Words("Standard", "Safon"),
    "report.trend_cell": Words("{met} of {assessed} ({percent}%)", "{met} o {assessed} ({percent}%)"),
    "report.trend_chart": Words(
        "Chart: the share of cases meeting each standard that fell short in any review, review by review; "
        "the table gives the same numbers.",
        "Siart: cyfran yr achosion a gyrhaeddodd bob safon a fu'n brin mewn unrhyw adolygiad, fesul "
        "adolygiad; mae'r tabl yn rhoi'r un rhifau.",
    ),
    "trend.recurring": Words(
        "{criterion} — fell short in {short} of the last {rounds}.",
        "{criterion} — yn brin o'r safon mewn {short} o'r {rounds} diwethaf.",
    ),
}
