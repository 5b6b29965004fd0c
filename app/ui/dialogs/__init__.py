"""Dialogs: link with existing, business relations, marketing setup, codes, series, templates, batch."""
