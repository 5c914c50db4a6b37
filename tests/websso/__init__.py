"""A real Web-SSO (Debian's LemonLDAP::NG) for the tests: see llng.py."""
