"""Fictional staff of resources/simulator/staff.toml that the stories use."""

JEAN_NUMEN = "24E0712345ABC"  # Jean Dupont, jdupont, default password
JULIE_NUMEN = "24G0954321DEF"  # Julie Dupont, jdupont1, changed password
JULIE_PASSWORD = "Tournesol-2024"
HELENE_NUMEN = "24G9944444RST"  # Hélène Lefèvre, hlefevre, accents
