"""Data files shipped with magistere-gui (site profiles, translations, icons)."""
