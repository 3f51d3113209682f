"""A settings file that cannot be read never stops the app: each bad value falls back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.ui import settings

ROOT = Path(__file__).resolve().parents[2]
BAD_INI = (
    "[window]\ngeometry=hello world\nsplitter=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10garbage)\n"
    "[interface]\nlanguage=@Invalid()\n[files]\nlast_folder=@ByteArray(\\xff\\xfe)\n"
)


def write_settings(config_home: Path, text: str) -> None:
    folder = config_home / "PanelReview"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "PanelReview.ini").write_text(text, encoding="latin-1")


@pytest.mark.qt_log_ignore("QVariant::load: unknown user type")
def test_unreadable_values_fall_back_to_their_defaults(qapp, tmp_path: Path, monkeypatch, caplog) -> None:
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    try:
        write_settings(tmp_path, BAD_INI)
        assert settings.read(settings.GEOMETRY) == b""
        assert settings.read(settings.LANGUAGE) == "en"
        assert settings.read(settings.LAST_FOLDER) == ""
        assert "window/geometry" in caplog.text
    finally:
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"]
        )


@pytest.mark.slow
def test_the_app_starts_with_a_damaged_settings_file(tmp_path: Path) -> None:
    write_settings(tmp_path / "config", BAD_INI)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen",
               PANEL_REVIEW_QUIT_WHEN_READY="1", PYTHONPATH=str(ROOT))  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "desktop.ui.app", "--profile", str(tmp_path / "profile")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ready" in result.stdout
