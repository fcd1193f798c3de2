"""The README's command reference is the CLI's own --help (as datasette tests its docs)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("readme_commands", ROOT / "tools" / "readme_commands.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_command_reference_is_the_help_text():
    tool = _tool()
    _, body, _ = tool.split((ROOT / "README.md").read_text(encoding="utf-8"))
    assert body == tool.render(), "README.md's command reference differs from --help: run tools/readme_commands.py"


def test_every_option_of_every_command_is_in_the_reference():
    from kg.cli import main

    tool = _tool()
    body = tool.render()
    for name, cmd in main.commands.items():
        assert f"#### kg {name}" in body
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("-"):
                    assert opt in body, f"kg {name} {opt}"
    for option in ("--jobs", "--field", "--no-cache", "--workers", "--top"):
        assert option in body
