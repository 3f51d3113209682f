"""`panel-review translations export|import`: a round's texts to and from a translator.

A refused file (not ours, another round's, hostile) is one line on stderr with exit 2
and nothing stored (`desktop.cli.run` words every `Explained` refusal). An import that
stores some translations but leaves others (changed since export, no longer in the
round) exits 1, each such text named by where it stands, never by a case reference.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.commands import _round_id, label


def translations_export(db: Any, args: argparse.Namespace) -> int:
    from desktop.services.translation_exchange import export_translations

    count = export_translations(
        db, _round_id(db, args.round), args.output, args.format, args.include_offered, args.include_members
    )
    texts = label("translations.exported", args.language)
    print(f"{label('written', args.language)}: {args.output} ({count} {texts})")
    return 0


def translations_import(db: Any, args: argparse.Namespace) -> int:
    from desktop.services.translation_exchange import apply_import, plan_import

    round_id = _round_id(db, args.round)
    plan = plan_import(db, round_id, args.file)
    apply_import(db, round_id, plan, apply_changed=args.apply_changed)
    language = args.language
    stored = len(plan.applies) + (len(plan.changed) if args.apply_changed else 0)
    print(f"{label('translations.applied', language)}: {stored}")
    changed_key = "translations.changed_applied" if args.apply_changed else "translations.changed"
    for key, planned in ((changed_key, plan.changed), ("translations.unknown", plan.unknown)):
        if planned:
            print(f"{label(key, language)}: {len(planned)}")
            for unit in planned:
                print(f"    {unit.where(language)}")
    if plan.unfilled:
        print(f"{label('translations.unfilled', language)}: {plan.unfilled}")
    left = plan.unknown + (() if args.apply_changed else plan.changed)
    return 1 if left else 0
