import pytest

from concord.cli import app
from concord.cli.errors import run_guarded


@pytest.fixture
def cli(store, capsys):  # noqa: ANN001
    """Run `concord ARGS...` in-process on this test's database: (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run_guarded(app, [str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run
