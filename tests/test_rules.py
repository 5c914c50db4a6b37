"""The help sheet's rules, without network: NUMEN, names, identifiant, passwords."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from magistere_gui import rules
from magistere_gui.rules import InvalidNumenError, parse_numen


def test_a_numen_typed_in_lower_case_with_spaces_becomes_canonical() -> None:
    numen = parse_numen(" 24e 07 12345 abc ")
    assert numen.value == "24E0712345ABC"
    assert numen.is_creteil
    assert numen.academie_name == "Créteil"
    assert numen.system_letter == "E"
    assert numen.system_description == "public secondary education"
    assert numen.registration_year == 2007
    assert numen.default_password() == "24E0712345ABC"


def test_a_numen_from_versailles_is_valid_but_not_creteil() -> None:
    numen = parse_numen("25E1366666XYZ")
    assert not numen.is_creteil
    assert numen.academie_name == "Versailles"


def test_an_academie_code_missing_from_our_table_is_a_note_not_a_block() -> None:
    numen = parse_numen("29E0712345ABC")  # e.g. staff on secondment
    assert numen.academie_name is None
    assert not numen.is_creteil


def test_an_old_registration_year_reads_as_the_last_century() -> None:
    assert parse_numen("24G9944444RST").registration_year == 1999


@pytest.mark.parametrize(
    ("typed", "expected_words"),
    [
        ("", "Type your NUMEN"),
        ("24E071234ABC", "13 characters; you typed 12"),
        ("24E07123456ABC", "you typed 14"),
        ("24EO712345ABC", "letter O instead of the digit 0"),
        ("24E0712345AB0", "digit 0 instead of the letter O"),
        ("24E07123#5ABC", "Character 9 must be a digit"),
    ],
)
def test_a_mistyped_numen_is_explained(typed: str, expected_words: str) -> None:
    with pytest.raises(InvalidNumenError) as caught:
        parse_numen(typed)
    assert expected_words in caught.value.message.english()


@pytest.mark.parametrize("typed", ["24EO712345ABC", "24E0712345AB0", "24E0I12345ABC"])
def test_a_look_alike_hint_is_spoken_without_a_position_or_a_character(typed: str) -> None:
    """The hint on screen says where the O or the 0 is; said aloud, it would give a listener one
    character of the NUMEN. Its spoken form (also the exception's text) names neither."""
    with pytest.raises(InvalidNumenError) as caught:
        parse_numen(typed)
    assert "instead of" in caught.value.message.english()
    spoken = caught.value.spoken.english()
    assert spoken == str(caught.value)
    assert not caught.value.spoken.arguments
    assert not any(character.isdigit() and character != "0" for character in spoken)
    assert "Character" not in spoken


def test_the_numen_never_appears_in_its_own_repr() -> None:
    assert "0712345" not in repr(parse_numen("24E0712345ABC"))


@given(st.text(max_size=40))
def test_parse_numen_only_ever_raises_its_documented_error(text: str) -> None:
    try:
        numen = parse_numen(text)
    except InvalidNumenError as error:
        assert error.message.template
    else:
        assert len(numen.value) == rules.NUMEN_LENGTH
        assert parse_numen(numen.value) == numen


numen_strategy = st.builds(
    lambda academie, letter, digits, letters: f"{academie}{letter}{digits}{letters}",
    st.sampled_from(sorted(rules.ACADEMIES)),
    st.sampled_from("GEPAS"),
    st.from_regex(r"\A[0-9]{7}\Z"),
    st.from_regex(r"\A[A-Z]{3}\Z"),
)


@given(numen_strategy)
def test_every_well_formed_numen_is_accepted_in_any_case(numen: str) -> None:
    assert parse_numen(numen.lower()).value == numen


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("D'Artagnan", "D-Artagnan"),
        ("D’Artagnan", "D-Artagnan"),
        ("Le Goff", "Le-Goff"),
        ("  de la   Fontaine ", "de-la-Fontaine"),
        ("Lefèvre", "Lefèvre"),
    ],
)
def test_the_lookup_name_follows_the_sheet(typed: str, sent: str) -> None:
    assert rules.normalise_lookup_name(typed).value == sent


def test_the_name_normalisation_says_what_it_changed() -> None:
    result = rules.normalise_lookup_name("D'Artagnan")
    assert [change.english() for change in result.changes] == [
        "Apostrophe replaced by a dash, as the académie asks."
    ]
    assert rules.normalise_lookup_name("Dupont").changes == ()


@given(st.text(max_size=60))
def test_a_normalised_name_has_no_space_nor_apostrophe(text: str) -> None:
    value = rules.normalise_lookup_name(text).value
    assert " " not in value
    assert "'" not in value
    assert rules.normalise_lookup_name(value).value == value


@pytest.mark.parametrize(
    ("first", "last", "best", "others"),
    [
        ("Jean", "Dupont", "jdupont", []),
        ("Hélène", "Lefèvre", "hlefevre", []),
        ("Jean-Pierre", "Durand", "jdurand", []),
        ("Anne", "D'Artagnan", "adartagnan", ["ad-artagnan"]),
        ("Marie", "Le Goff", "mlegoff", ["mle-goff", "mgoff"]),
        ("Jean", "de la Fontaine", "jdelafontaine", ["jfontaine"]),
        ("Zoé", "Lœuvre", "zloeuvre", []),
    ],
)
def test_the_identifiant_guess_lists_candidates_best_first(
    first: str, last: str, best: str, others: list[str]
) -> None:
    prediction = rules.predict_identifiant(first, last)
    assert prediction.candidates[0] == best
    assert set(others) <= set(prediction.candidates)
    assert "Probable only" in prediction.reason.english()


@given(st.text(max_size=30), st.text(max_size=30))
def test_identifiant_candidates_are_lower_case_ascii(first: str, last: str) -> None:
    for candidate in rules.predict_identifiant(first, last).candidates:
        assert candidate == candidate.lower()
        assert candidate.isascii()
        assert " " not in candidate


def test_the_password_checklist_explains_each_rule() -> None:
    checks = rules.check_password(
        "jdupont24", confirmation="jdupont2", identifiant="jdupont", numen="24E0712345ABC"
    )
    failed = {check.rule for check in checks if not check.satisfied}
    assert failed == {
        rules.PolicyRule.CHARACTER_CLASSES,
        rules.PolicyRule.NOT_IDENTIFIANT,
        rules.PolicyRule.CONFIRMATION_MATCHES,
    }


def test_a_good_password_passes_every_rule() -> None:
    checks = rules.check_password(
        "Tournesol-2025",
        confirmation="Tournesol-2025",
        identifiant="jdupont",
        numen="24E0712345ABC",
        old_password="24E0712345ABC",
    )
    assert rules.password_acceptable(checks)


def test_the_numen_itself_is_refused_as_a_new_password() -> None:
    checks = rules.check_password("x24e0712345abcY!", numen="24E0712345ABC")
    assert not rules.password_acceptable(checks)


def test_accents_and_spaces_are_refused() -> None:
    checks = rules.check_password("Été 2025 soleil!")
    assert {c.rule for c in checks if not c.satisfied} == {rules.PolicyRule.ALLOWED_CHARACTERS}


@given(st.text(max_size=40), st.text(max_size=40))
def test_the_checklist_never_raises(password: str, confirmation: str) -> None:
    checks = rules.check_password(password, confirmation=confirmation, identifiant="x", numen="y")
    assert len(checks) == 7
