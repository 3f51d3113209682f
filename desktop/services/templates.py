"""The checklist templates that ship with the app, read from resources/templates/.

A round stores the exact JSON text of the template it was created with, so loading
returns that text alongside the parsed `Template`: what members answer is the version
the coordinator chose, even after a newer one ships.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.template import Template, TemplateError, load_template_json
from desktop.paths import templates_dir

SUFFIX = ".json"


def bundled_template_ids() -> list[str]:
    """The ids of the shipped templates (one file `<id>.json` each), sorted."""
    folder = templates_dir()
    if not folder.is_dir():
        return []
    return sorted(p.name.removesuffix(SUFFIX) for p in folder.iterdir() if p.name.endswith(SUFFIX))


def load_bundled_template(template_id: str) -> Template:
    """Parse and validate one shipped template."""
    return load_bundled_template_text(template_id)[0]


def load_bundled_template_text(template_id: str) -> tuple[Template, str]:
    """The shipped template and its exact JSON text, ready to store with a round."""
    path = _template_path(template_id)
    source = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TemplateError(source, "file", "is not one of the templates that come with the app") from None
    except OSError as exc:
        raise TemplateError(source, "file", f"could not be read ({exc.strerror})") from None
    template = load_template_json(raw, source)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError(source, "file", "must be saved as UTF-8 text") from None
    if template.id != template_id:
        raise TemplateError(source, "id", f"is {template.id!r}, but the file name says {template_id!r}")
    return template, text


def _template_path(template_id: str) -> Path:
    """The file for `template_id`; the id is checked so it can never name another folder."""
    ok = 0 < len(template_id) <= 64 and all(c.isascii() and (c.isalnum() or c in "_-") for c in template_id)
    if not ok:
        raise TemplateError(repr(template_id), "id", "must be a short id of letters, digits, '_' or '-'")
    return templates_dir() / f"{template_id}{SUFFIX}"
