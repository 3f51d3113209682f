"""The words of the commissioner's briefing (seed 004: a commissioner's bilingual letter
citing the panel), its settings and its refusals.

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

BRIEFING: dict[str, Words] = {
    "briefing.title": Words("Briefing for the Commissioner", "Papur briffio i'r Comisiynydd"),
    "briefing.subject": Words(
        "The findings of the independent scrutiny panel: {titles}",
        "Canfyddiadau'r panel craffu annibynnol: {titles}",
    ),
    "briefing.available": Words(
        "This briefing is available in Welsh and in English.",
        "Mae'r papur briffio hwn ar gael yn Gymraeg ac yn Saesneg.",
    ),
    "briefing.statement_default": Words(
        "We welcome correspondence in Welsh and in English. Writing to us in either language will not "
        "lead to any delay.",
        "Rydym yn croesawu gohebiaeth yn Gymraeg ac yn Saesneg. Ni fydd ysgrifennu atom yn y naill iaith "
        "na'r llall yn arwain at unrhyw oedi.",
    ),
    "briefing.reviewed_heading": Words("What the panel reviewed", "Yr hyn a adolygodd y panel"),
    "briefing.reviewed": Words(
        "On {date} the panel reviewed {case_files} ({title}).",
        "Ar {date} adolygodd y panel {case_files} ({title}).",
    ),
    "briefing.review_of": Words("The review held on {date}", "Yr adolygiad a gynhaliwyd ar {date}"),
    "briefing.concerns": Words("Areas of concern", "Meysydd sy'n peri pryder"),
    "briefing.concern": Words(
        "{text} (in {count} of the {total} cases).", "{text} (mewn {count} o'r {total} achos)."
    ),
    "briefing.no_concerns": Words(
        "The panel found no shortfall in more than one case.",
        "Ni chanfu'r panel yr un diffyg mewn mwy nag un achos.",
    ),
    "briefing.no_good_practice": Words("No good practice was recorded.", "Ni chofnodwyd unrhyw arfer da."),
    "briefing.recommendations_intro": Words(
        "The panel's recommendations to the force, and where each stands:",
        "Argymhellion y panel i'r heddlu, a lle mae pob un arni:",
    ),
    "briefing.no_recommendations": Words(
        "The panel has made no recommendations.", "Nid yw'r panel wedi gwneud unrhyw argymhellion."
    ),
    # The letterhead's settings, as the command line and the settings dialog name them.
    "briefing.setting.office_en": Words(
        "Office's name and address (English)", "Enw a chyfeiriad y swyddfa (Saesneg)"
    ),
    "briefing.setting.office_cy": Words(
        "Office's name and address (Welsh)", "Enw a chyfeiriad y swyddfa (Cymraeg)"
    ),
    "briefing.setting.signatory": Words("Who signs", "Pwy sy'n llofnodi"),
    "briefing.setting.role_en": Words("Their title (English)", "Eu teitl (Saesneg)"),
    "briefing.setting.role_cy": Words("Their title (Welsh)", "Eu teitl (Cymraeg)"),
    "briefing.setting.statement_en": Words(
        "Welsh Language statement (English)", "Datganiad Iaith Gymraeg (Saesneg)"
    ),
    "briefing.setting.statement_cy": Words(
        "Welsh Language statement (Welsh)", "Datganiad Iaith Gymraeg (Cymraeg)"
    ),
    # What each setting is called in a refusal.
    "briefing.field.office": Words("the office's name and address", "enw a chyfeiriad y swyddfa"),
    "briefing.field.signatory": Words("the name of who signs", "enw'r sawl sy'n llofnodi"),
    "briefing.field.role": Words("the title of who signs", "teitl y sawl sy'n llofnodi"),
    "briefing.field.statement": Words("the Welsh Language statement", "y datganiad Iaith Gymraeg"),
    "briefing.field.recipient": Words("the recipient", "y derbynnydd"),
    "briefing.too_long": Words(
        "Too long: {field} (at most {most} characters, {lines} lines). Nothing was saved.",
        "Rhy hir: {field} ({most} nod, {lines} llinell ar y mwyaf). Ni chadwyd dim.",
    ),
    "briefing.unprintable": Words(
        "Characters that cannot be printed ({field}): type it again. Nothing was saved.",
        "Nodau na ellir eu hargraffu ({field}): teipiwch eto. Ni chadwyd dim.",
    ),
    "briefing.no_rounds": Words(
        "Choose at least one round for the briefing. Nothing was written.",
        "Dewiswch o leiaf un cylch ar gyfer y papur briffio. Nid ysgrifennwyd dim.",
    ),
    "briefing.unconfirmed": Words(
        "Not written: {left} of the {total} texts of “{title}” have not been read and confirmed for "
        "publication yet. Open that round's publication review first.",
        "Heb ei ysgrifennu: testunau “{title}” heb eu darllen a'u cadarnhau i'w cyhoeddi eto: {left} o "
        "{total}. Agorwch adolygiad cyhoeddi'r cylch hwnnw yn gyntaf.",
    ),
}
