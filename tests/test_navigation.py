"""The wizard's branching, as a pure function: no Qt needed."""

from __future__ import annotations

import pytest

from magistere_gui.gui.navigation import Goal, PageId, WizardState, next_page


@pytest.mark.parametrize(
    ("goal", "first_step"),
    [
        (Goal.FIND_IDENTIFIANT, PageId.IDENTIFIANT),
        (Goal.CHECK_PASSWORD, PageId.PASSWORD),
        (Goal.RESET_PASSWORD, PageId.RESET_CAPTCHA),
        (Goal.NUMEN_HELP, PageId.NUMEN_HELP),
    ],
)
def test_the_welcome_choice_picks_the_first_step(goal: Goal, first_step: PageId) -> None:
    assert next_page(PageId.WELCOME, WizardState(goal=goal)) is first_step


def test_finding_the_identifiant_leads_to_the_password_then_the_end() -> None:
    state = WizardState()
    assert next_page(PageId.IDENTIFIANT, state) is PageId.PASSWORD
    assert next_page(PageId.PASSWORD, state) is PageId.DONE
    assert next_page(PageId.DONE, state) is None


def test_a_forgotten_password_goes_through_both_reset_steps_and_the_change() -> None:
    state = WizardState(wants_reset=True)
    assert next_page(PageId.PASSWORD, state) is PageId.RESET_CAPTCHA
    assert next_page(PageId.RESET_CAPTCHA, state) is PageId.RESET_STEP_TWO
    assert next_page(PageId.RESET_STEP_TWO, state) is PageId.CHANGE_PASSWORD
    assert next_page(PageId.CHANGE_PASSWORD, state) is PageId.DONE


def test_no_numen_leads_to_the_help_which_is_the_last_page() -> None:
    state = WizardState(wants_numen_help=True)
    assert next_page(PageId.IDENTIFIANT, state) is PageId.NUMEN_HELP
    assert next_page(PageId.NUMEN_HELP, state) is None


def test_the_state_never_shows_secrets_in_its_repr() -> None:
    state = WizardState(numen="24E0712345ABC", current_password="Secret-123")
    assert "24E0712345ABC" not in repr(state)
    assert "Secret-123" not in repr(state)
