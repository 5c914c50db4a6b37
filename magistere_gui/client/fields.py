"""The roles a form field can play, as a person reads them. Light: imported at start-up."""

from __future__ import annotations

from enum import Enum


class FieldRole(Enum):
    LAST_NAME = "last_name"
    NUMEN = "numen"
    CAPTCHA = "captcha"
    IDENTIFIANT = "identifiant"
    PASSWORD = "password"
    OLD_PASSWORD = "old_password"
    NEW_PASSWORD = "new_password"
    CONFIRM_PASSWORD = "confirm_password"
