"""Which page comes next: a pure function of the wizard's state, tested without Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, IntEnum


class PageId(IntEnum):
    WELCOME = 0
    IDENTIFIANT = 1
    PASSWORD = 2
    RESET_CAPTCHA = 3
    RESET_STEP_TWO = 4
    CHANGE_PASSWORD = 5
    NUMEN_HELP = 6
    DONE = 7


class Goal(Enum):
    FIND_IDENTIFIANT = "find_identifiant"
    CHECK_PASSWORD = "check_password"
    RESET_PASSWORD = "reset_password"
    NUMEN_HELP = "numen_help"


@dataclass
class WizardState:
    """What the teacher told us and what we found. Secrets are kept out of ``repr``."""

    goal: Goal = Goal.FIND_IDENTIFIANT
    first_name: str = ""
    last_name: str = ""
    numen: str = field(default="", repr=False)
    identifiant: str = ""
    identifiant_confirmed_online: bool = False
    #: The probable identifiant when the académie could not be asked: a hint, never filled in
    #: as the teacher's (a homonym's digit is always possible, and another person's account
    #: would count the failed tries).
    identifiant_guess: str = ""
    login_succeeded: bool = False
    #: The portal refused a password (or locked the account) in this session.
    login_refused: bool = False
    wants_reset: bool = False
    wants_numen_help: bool = False
    reset_done: bool = False
    password_changed: bool = False
    #: After a login with the default password, the teacher chose to change it now.
    wants_change: bool = False
    #: The teacher chose not to change the password now (the last page says it was not).
    change_skipped: bool = False
    # The password as it is now, when the wizard knows it (after a reset: the NUMEN).
    current_password: str = field(default="", repr=False)

    @property
    def uses_default_password(self) -> bool:
        """The sheet's default password (the NUMEN in capitals) is still the password."""
        from magistere_gui.rules import InvalidNumenError, parse_numen

        try:
            return self.current_password == parse_numen(self.current_password).default_password()
        except InvalidNumenError:
            return False


def next_page(current: PageId, state: WizardState) -> PageId | None:
    """The page after ``current``; None when ``current`` is the last one."""
    if current is PageId.WELCOME:
        return {
            Goal.FIND_IDENTIFIANT: PageId.IDENTIFIANT,
            Goal.CHECK_PASSWORD: PageId.PASSWORD,
            Goal.RESET_PASSWORD: PageId.RESET_CAPTCHA,
            Goal.NUMEN_HELP: PageId.NUMEN_HELP,
        }[state.goal]
    if current is PageId.IDENTIFIANT:
        return PageId.NUMEN_HELP if state.wants_numen_help else PageId.PASSWORD
    if current is PageId.PASSWORD:
        if state.wants_reset:
            return PageId.RESET_CAPTCHA
        return PageId.CHANGE_PASSWORD if state.wants_change else PageId.DONE
    if current is PageId.RESET_CAPTCHA:
        return PageId.RESET_STEP_TWO
    if current is PageId.RESET_STEP_TWO:
        return PageId.CHANGE_PASSWORD
    if current is PageId.CHANGE_PASSWORD:
        return PageId.DONE
    return None
