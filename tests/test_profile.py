"""Site profiles: the académie as data, chosen by path or environment, checked when loaded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
from magistere_gui.client.profile import ProfileProblem, Timeouts
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
    ("text", "problem", "line"),
    [
        ('name = "x"\n[urls]\nportal = "https://a/"\n', ProfileProblem.MISSING_URLS, 2),
        (URLS + "[fields]\nsurname = 'x'\n", ProfileProblem.UNKNOWN_FIELD_ROLE, 11),
        (URLS + "[patterns]\nnot_found = '(unclosed'\n", ProfileProblem.BAD_PATTERN, 11),
        ("this is not toml", ProfileProblem.MISSING_EQUALS, 1),
        ('name = "x"\n[urls\n', ProfileProblem.MISSING_BRACKET, 2),
        ('name = "x\n', ProfileProblem.UNCLOSED_TEXT, 1),
        ("name = x\n", ProfileProblem.BAD_VALUE, 1),
        ('name = "x"\nname = "y"\n', ProfileProblem.DECLARED_TWICE, 2),
        ("name = 3\n" + URLS, ProfileProblem.WRONG_TYPE, 1),
        ('nmae = "x"\n' + URLS, ProfileProblem.UNKNOWN_KEY, 1),
        ('urls = "x"\n', ProfileProblem.WRONG_TYPE, 1),
        (URLS.replace('"iprof/"', "3"), ProfileProblem.WRONG_TYPE, 9),
        (
            'base_url = "https://a/"\n' + URLS.replace('"iprof/"', '"javascript:alert(1)"'),
            ProfileProblem.UNUSABLE_ADDRESS,
            10,
        ),
        ("allowed_hosts = 'cas.ac-creteil.fr'\n" + URLS, ProfileProblem.WRONG_TYPE, 1),
        (URLS + "allowed_hosts = ['cas.ac-creteil.fr']\n", ProfileProblem.UNKNOWN_KEY, 10),
        ("allow_loopback_http = 'yes'\n" + URLS, ProfileProblem.WRONG_TYPE, 1),
        ("max_page_bytes = 12\n" + URLS, ProfileProblem.OUT_OF_RANGE, 1),
    ],
)
def test_a_broken_profile_says_what_is_wrong_and_on_which_line(
    tmp_path: Path, text: str, problem: ProfileProblem, line: int
) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, text))
    assert caught.value.problem is problem, caught.value
    assert caught.value.line == line, caught.value
    assert caught.value.path == tmp_path / "profile.toml"


def test_a_syntax_error_gives_its_column_too(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, '# a comment\n[urls\nportal = "x"\n'))
    assert (caught.value.problem, caught.value.line, caught.value.column) == (
        ProfileProblem.MISSING_BRACKET,
        2,
        6,
    )


@pytest.mark.parametrize(
    ("timeouts", "problem", "key"),
    [
        ("conect_seconds = 8.0", ProfileProblem.UNKNOWN_KEY, "conect_seconds"),  # a typo
        ('connect_seconds = "8"', ProfileProblem.WRONG_TYPE, "connect_seconds"),
        ("connect_seconds = true", ProfileProblem.WRONG_TYPE, "connect_seconds"),
        ("operation_seconds = 0", ProfileProblem.OUT_OF_RANGE, "operation_seconds"),
        ("operation_seconds = -5", ProfileProblem.OUT_OF_RANGE, "operation_seconds"),
        ("connect_seconds = 3600", ProfileProblem.OUT_OF_RANGE, "connect_seconds"),
    ],
)
def test_a_typo_in_the_timeouts_is_a_profile_error_naming_its_line(
    tmp_path: Path, timeouts: str, problem: ProfileProblem, key: str
) -> None:
    """It used to crash the start with a TypeError (Timeouts(**table))."""
    text = URLS + "\n[timeouts]\nread_seconds = 25.0\n" + timeouts + "\n"
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, text))
    assert caught.value.problem is problem
    assert (caught.value.section, caught.value.key) == ("timeouts", key)
    assert caught.value.line == 13


def test_the_timeouts_a_profile_gives_are_used_and_the_others_default(tmp_path: Path) -> None:
    text = 'base_url = "https://a.example/"\n' + URLS + "[timeouts]\nconnect_seconds = 3\n"
    profile = load_profile(write(tmp_path, text))
    assert profile.timeouts == Timeouts(connect_seconds=3.0)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (b'name = "Acad\xe9mie"\n', ProfileProblem.NOT_UTF8),  # saved as Latin-1
    ],
)
def test_a_profile_not_saved_as_utf8_says_so(
    tmp_path: Path, text: bytes, problem: ProfileProblem
) -> None:
    path = tmp_path / "profile.toml"
    path.write_bytes(b"# ok\n" + text)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert (caught.value.problem, caught.value.line) == (problem, 2)


def test_a_missing_file_or_a_folder_is_a_profile_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(tmp_path / "absent.toml")
    assert caught.value.problem is ProfileProblem.FILE_NOT_FOUND
    with pytest.raises(ProfileError) as caught:
        load_profile(tmp_path)
    assert caught.value.problem is ProfileProblem.NOT_A_FILE


TOML_VALUES = st.one_of(
    st.text(max_size=12).map(lambda text: '"' + text.replace("\\", "").replace('"', "") + '"'),
    st.integers(-5, 10**9).map(str),
    st.floats(-10, 10**4, allow_nan=False).map(repr),
    st.sampled_from(["true", "false", "[]", '["a", 2]', "{}", '{ a = "b" }', "[[1]]"]),
)


@settings(max_examples=150, deadline=None)
@given(line=st.integers(0, 200), value=TOML_VALUES)
def test_any_value_anywhere_in_the_shipped_profile_loads_or_is_a_profile_error(
    tmp_path_factory: pytest.TempPathFactory, line: int, value: str
) -> None:
    """Whatever the help desk types as a value: a profile or a ProfileError, never a crash."""
    lines = bundled_profile_path().read_text(encoding="utf-8").splitlines()
    settable = [n for n, text in enumerate(lines) if "=" in text and not text.startswith("#")]
    target = settable[line % len(settable)]
    key = lines[target].split("=", 1)[0]
    lines[target] = f"{key}= {value}"
    path = tmp_path_factory.mktemp("profile") / "profile.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        load_profile(path)
    except ProfileError as error:
        # the line changed, or a contact whose source was just emptied
        assert error.line in (0, target + 1) or (
            error.problem is ProfileProblem.CONTACT_WITHOUT_SOURCE
        ), (error, target + 1)


# ------------------------------------------------------------------ lost NUMEN help, as data


def test_the_creteil_profile_names_a_dsden_for_each_departement() -> None:
    help_by_number = {d.number: d for d in load_profile(bundled_profile_path()).numen_help}
    assert list(help_by_number) == ["93", "94", "77"]
    assert help_by_number["93"].service == "secrétariat de la DIMOPE"  # the sheet's own
    for departement in help_by_number.values():
        assert departement.dsden.startswith("DSDEN")
        assert set(departement.sources) == set(departement.contacts)  # each with its page
        for source in departement.sources.values():
            assert source.startswith("https://")


def test_the_simulator_borrows_the_creteil_numen_help() -> None:
    assert (
        load_profile(bundled_profile_path("simulator")).numen_help
        == load_profile(bundled_profile_path()).numen_help
    )


def test_a_contact_without_the_page_it_comes_from_is_refused(tmp_path: Path) -> None:
    text = (
        'base_url = "https://a.example/"\n'
        + URLS
        + (
            '[numen_help.departements.94]\nname = "Val-de-Marne"\ndsden = "DSDEN du Val-de-Marne"\n'
            'email = "quelqu-un@example.org"\n'
        )
    )
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, text))
    assert caught.value.problem is ProfileProblem.CONTACT_WITHOUT_SOURCE
    assert (caught.value.key, caught.value.line) == ("email", 14)


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
    text = 'base_url = "https://a.example/"\nallowed_hosts = ["cas ac-creteil.fr"]\n'
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, text + URLS))
    assert (caught.value.problem, caught.value.key) == (
        ProfileProblem.UNUSABLE_ADDRESS,
        "allowed_hosts",
    )


def test_every_default_pattern_compiles() -> None:
    """Profiles check only their own patterns when loaded; the defaults are checked here."""
    import re

    from magistere_gui.client.profile import DEFAULT_PATTERNS

    for pattern in DEFAULT_PATTERNS.values():
        re.compile(pattern)


@pytest.mark.parametrize(
    "words",
    [
        "Mot de passe trop court",
        "Qualité du mot de passe insuffisante",
        "Mot de passe trop récent",
        "Mot de passe utilisé trop récemment",
        "Le mot de passe contient un caractère interdit",
        "Le mot de passe contient des caractères interdits",
    ],
)
def test_a_web_ssos_policy_refusals_are_refusals_of_the_new_password(words: str) -> None:
    """LemonLDAP::NG's French words for a new password its policy refuses."""
    from magistere_gui.client.forms import fold
    from magistere_gui.client.profile import DEFAULT_PATTERNS

    assert re.search(DEFAULT_PATTERNS["password_rejected"], fold(words))
