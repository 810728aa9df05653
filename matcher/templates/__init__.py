"""Jinja2 templates for the Dutch HTML exports (weekly list, dossier)."""
