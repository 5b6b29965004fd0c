"""List windows over a lazy, SQL-paged table model."""
