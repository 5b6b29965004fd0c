"""Duplicate detection for company contacts (SPEC §10)."""
