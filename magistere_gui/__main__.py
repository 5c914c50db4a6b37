"""``python -m magistere_gui``."""

from magistere_gui.app import main

raise SystemExit(main())
