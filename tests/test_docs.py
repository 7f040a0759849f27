"""Every command has help with an example; every command the README shows exists, with its options."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from geo.cli import cli

README = Path(__file__).parents[1] / "README.md"


def _walk(group: click.Group, path: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield path + (name,), command
        if isinstance(command, click.Group):
            yield from _walk(command, path + (name,))


COMMANDS = dict(_walk(cli))


def _readme_invocations() -> list[list[str]]:
    """``frontline ...`` invocations in the README's shell code blocks (comments dropped)."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    found = []
    for block in blocks:
        for line in block.splitlines():
            line = line.split(" #", 1)[0].strip()
            for part in line.split("|"):
                words = shlex.split(part.replace("&&", ";").split(";")[0])
                if words and words[0] == "frontline":
                    found.append(words[1:])
                elif "frontline" in words:
                    found.append(words[words.index("frontline") + 1 :])
    return found


INVOCATIONS = _readme_invocations()


def test_the_readme_shows_commands():
    assert len(INVOCATIONS) >= 15


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_help_has_an_example(path):
    command = COMMANDS[path]
    assert command.help, f"frontline {' '.join(path)} has no help"
    assert "Example" in command.help
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"frontline {' '.join(path)}" in result.output  # the example runs this very command


def test_group_help_has_an_example():
    assert "Example" in cli.help


@pytest.mark.parametrize("words", INVOCATIONS, ids=lambda w: " ".join(w))
def test_readme_commands_exist(words):
    command: click.Command = cli
    path = []
    rest = list(words)
    while isinstance(command, click.Group) and rest:
        name = rest.pop(0)
        assert name in command.commands, f"README names 'frontline {' '.join(path + [name])}', which does not exist"
        command = command.commands[name]
        path.append(name)
    assert not isinstance(command, click.Group), f"README shows 'frontline {' '.join(path)}' without a subcommand"
    options = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
    for word in rest:
        if word.startswith("--"):
            assert word.split("=")[0] in options, f"'frontline {' '.join(path)}' has no option {word}"
