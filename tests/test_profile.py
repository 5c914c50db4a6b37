"""Site profiles: the académie as data, chosen by path or environment, checked when loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from accounts import JEAN_NUMEN
from magistere_gui.client import (
    AcademieClient,
    ProfileError,
    UntrustedSiteError,
    bundled_profile_path,
    default_profile_path,
    load_profile,
)
from magistere_gui.client.fields import FieldRole
from magistere_gui.simulator import SimulatorServer

URLS = """
[urls]
portal = "externet/"
identifiant_lookup = "melouvert/identifiant.htm"
password_reset = "identifiant/index.php?a=initialiserPass"
password_change = "identifiant/index.php?a=changerPass"
magistere = "magistere/"
webmel = "webmel/"
iprof = "iprof/"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_bundled_creteil_profile_holds_the_sheets_addresses() -> None:
    profile = load_profile(bundled_profile_path())
    assert profile.url("portal") == "https://externet.ac-creteil.fr/"
    assert (
        profile.url("identifiant_lookup") == "http://tech.ac-creteil.fr/melouvert/identifiant.htm"
    )
    assert profile.url("password_reset").endswith("identifiant/index.php?a=initialiserPass")
    assert profile.url("webmel") == "https://webmel.ac-creteil.fr/"


def test_the_environment_variable_chooses_another_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, 'name = "Autre"\nbase_url = "http://127.0.0.1:9/"\n' + URLS)
    monkeypatch.setenv("MAGISTERE_SITES", str(path))
    assert default_profile_path() == path
    assert load_profile(default_profile_path()).url("portal") == "http://127.0.0.1:9/externet/"


def test_pinned_field_names_and_patterns_are_used(
    tmp_path: Path, simulator: SimulatorServer
) -> None:
    """A pinned name wins over the label; a profile's own sentence replaces the default one."""
    simulator.faults.garbled_pages = True  # no label can be read any more
    served = simulator.simulator.served_name("nom")
    served_numen = simulator.simulator.served_name("numen")
    text = (
        f'name = "Épinglé"\nbase_url = "{simulator.url}"\nallow_loopback_http = true\n'
        + URLS
        + f'[fields]\nlast_name = "{served}"\nnumen = "{served_numen}"\n'
        + "[patterns]\nidentifiant_found = 'votre identifiant est : (?P<identifiant>[a-z0-9]+)'\n"
    )
    profile = load_profile(write(tmp_path, text))
    assert profile.pinned_fields[FieldRole.NUMEN] == served_numen
    client = AcademieClient(profile)
    assert client.lookup_identifiant("Dupont", JEAN_NUMEN).identifiant == "jdupont"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('name = "x"\n[urls]\nportal = "https://a/"\n', "lacks urls"),
        (URLS + "[fields]\nsurname = 'x'\n", "unknown field role"),
        (URLS + "[patterns]\nnot_found = '(unclosed'\n", "not a valid regular expression"),
        ("this is not toml", "cannot read site profile"),
    ],
)
def test_a_broken_profile_says_what_is_wrong(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, text))
    assert words in str(caught.value)


# ------------------------------------------------------------------ the trust boundary


def test_the_creteil_boundary_holds_the_sheets_hosts_over_https_only() -> None:
    boundary = load_profile(bundled_profile_path()).boundary
    assert ("externet.ac-creteil.fr", 443) in boundary.origins
    assert ("tech.ac-creteil.fr", 443) in boundary.origins  # the sheet's http link, upgraded
    assert not boundary.allow_loopback_http
    assert (
        boundary.checked("http://tech.ac-creteil.fr/melouvert/identifiant.htm")
        == "https://tech.ac-creteil.fr/melouvert/identifiant.htm"
    )
    for elsewhere in (
        "https://ac-creteil.fr.evil.example/",
        "https://externet.ac-creteil.fr:8443/",
        "http://127.0.0.1:8765/externet/",
        "https://externet.ac-creteil.fr@evil.example/",
    ):
        with pytest.raises(UntrustedSiteError):
            boundary.checked(elsewhere)


def test_a_profile_may_name_more_academie_hosts(tmp_path: Path) -> None:
    text = 'name = "x"\nallowed_hosts = ["cas.ac-creteil.fr"]\nbase_url = "https://externet.ac-creteil.fr/"\n'
    boundary = load_profile(write(tmp_path, text + URLS)).boundary
    assert boundary.checked("https://cas.ac-creteil.fr/login?service=x").startswith("https://cas.")
    with pytest.raises(UntrustedSiteError):
        boundary.checked("https://cas.ac-versailles.fr/login")


def test_plain_http_to_this_computer_needs_the_profiles_consent(tmp_path: Path) -> None:
    text = 'name = "x"\nbase_url = "http://127.0.0.1:9/"\n'
    upgraded = load_profile(write(tmp_path, text + URLS)).boundary
    assert upgraded.checked("http://127.0.0.1:9/externet/").startswith("https://127.0.0.1:9/")
    allowed = load_profile(write(tmp_path, text + "allow_loopback_http = true\n" + URLS)).boundary
    assert allowed.checked("http://127.0.0.1:9/externet/").startswith("http://127.0.0.1:9/")
    with pytest.raises(UntrustedSiteError):
        allowed.checked("http://127.0.0.2:9/externet/")


def test_a_profile_with_an_unusable_host_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="allowed_hosts"):
        load_profile(write(tmp_path, 'allowed_hosts = "cas.ac-creteil.fr"\n' + URLS))


def test_every_default_pattern_compiles() -> None:
    """Profiles check only their own patterns when loaded; the defaults are checked here."""
    import re

    from magistere_gui.client.profile import DEFAULT_PATTERNS

    for pattern in DEFAULT_PATTERNS.values():
        re.compile(pattern)
