"""Entry script of the standalone build (PyInstaller needs a file, not an entry point)."""

from magistere_gui.app import main

raise SystemExit(main())
