"""Data files shipped with Zaosong: fonts, translations, rule sets, checklists."""
