"""A NUMEN or a password never reaches a log record or an error text, even at DEBUG."""

from __future__ import annotations

import logging
import traceback

import pytest

from accounts import JULIE_NUMEN, JULIE_PASSWORD
from magistere_gui.client import AcademieClient, MagistereError
from magistere_gui.simulator import SimulatorServer

NEW_PASSWORD = "Canari-Secret-77"


def _all_text(records: list[logging.LogRecord]) -> str:
    parts = []
    for record in records:
        parts.append(record.getMessage())
        if record.exc_info:
            parts.append("".join(traceback.format_exception(*record.exc_info)))
    return "\n".join(parts)


def test_every_operation_at_debug_level_logs_no_secret(
    client: AcademieClient, simulator: SimulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[MagistereError] = []

    def attempt(operation, *arguments):  # type: ignore[no-untyped-def]
        try:
            return operation(*arguments)
        except MagistereError as error:
            errors.append(error)
            return None

    attempt(client.lookup_identifiant, "Dupont", JULIE_NUMEN)
    attempt(client.lookup_identifiant, "Personne", JULIE_NUMEN)
    attempt(client.check_credentials, "jdupont1", JULIE_PASSWORD)
    attempt(client.check_credentials, "jdupont1", JULIE_NUMEN)
    challenge = client.start_password_reset()
    attempt(client.submit_captcha, challenge, "WRONG")
    step_two = client.submit_captcha(
        client.new_captcha(challenge), simulator.simulator.captcha_answer()
    )
    client.submit_reset(step_two, "jdupont1", JULIE_NUMEN)
    attempt(client.change_password, "jdupont1", JULIE_NUMEN, "court")
    client.change_password("jdupont1", JULIE_NUMEN, NEW_PASSWORD)
    simulator.faults.error_status = 500
    attempt(client.check_credentials, "jdupont1", NEW_PASSWORD)

    assert len(errors) == 5
    logged = _all_text(caplog.records) + "\n".join(
        "".join(traceback.format_exception(error)) for error in errors
    )
    assert any("POST" in record.getMessage() for record in caplog.records)  # the work was logged
    for secret in (JULIE_NUMEN, JULIE_NUMEN.lower(), JULIE_PASSWORD, NEW_PASSWORD):
        assert secret not in logged


def test_the_log_file_blanks_anything_shaped_like_a_numen(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second guard, in case a future change logs a NUMEN by mistake."""
    from pathlib import Path

    from magistere_gui import logs

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    root = logging.getLogger()
    before = list(root.handlers)
    log_file = logs.configure(logging.INFO)
    try:
        logging.getLogger("magistere_gui.test").info("oops %s", "24e0712345abc")
        for handler in root.handlers:
            handler.flush()
        assert log_file is not None
        assert Path(tmp_path) in log_file.parents  # type: ignore[arg-type]
        text = log_file.read_text(encoding="utf-8")
        assert "oops [NUMEN]" in text
        assert "0712345" not in text
    finally:
        for handler in root.handlers:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
