"""``python -m magistere_gui.simulator`` serves the académie's pages to a browser (or to curl)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import requests


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_simulator_runs_alone_and_serves_the_three_sites() -> None:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "magistere_gui.simulator",
            "--port",
            str(port),
            "--clock-offset",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ),
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                index = requests.get(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except requests.ConnectionError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline, "the simulator did not start"
                time.sleep(0.1)
        assert index.status_code == 200
        lookup = requests.get(f"http://127.0.0.1:{port}/melouvert/identifiant.htm", timeout=5)
        assert lookup.headers["Content-Type"] == "text/html; charset=iso-8859-1"
        assert "Votre Nom : (Patronymique ou Marital)" in lookup.content.decode("latin-1")
        reset = requests.get(
            f"http://127.0.0.1:{port}/identifiant/index.php?a=initialiserPass", timeout=5
        )
        assert "Etape 1/2" in reset.content.decode("latin-1")
        portal = requests.get(f"http://127.0.0.1:{port}/externet/", timeout=5)
        assert "Mot de passe" in portal.content.decode("latin-1")
        hook = requests.get(f"http://127.0.0.1:{port}/_test/captcha", timeout=5)
        assert hook.status_code == 404  # test hooks are off unless asked for
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_the_simulators_help_and_errors_are_in_french() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "magistere_gui.simulator", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    assert help_text.startswith("Utilisation : python -m magistere_gui.simulator")
    assert "afficher cette aide et quitter" in help_text
    for english in ("usage:", "show this help", "LATENCY", "CAPTCHA_LIFETIME", "CLOCK_OFFSET"):
        assert english not in help_text
    wrong = subprocess.run(
        [sys.executable, "-m", "magistere_gui.simulator", "--port", "huit"],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert wrong.returncode == 2
    assert "erreur : option --port : 'huit' n'est pas un nombre entier" in wrong.stderr


def test_a_port_in_use_is_said_in_french() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "magistere_gui.simulator",
                "--port",
                str(taken.getsockname()[1]),
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    assert result.returncode == 2
    assert "ne peut pas écouter sur le port" in result.stderr
    assert "Traceback" not in result.stderr
