"""The sync journal (SPEC §6.8): what synchronization changed, and undoing a propagated change."""
