"""User actions (SPEC §5–§9, §2): one module per action, each a function of a unit of work (a Session).

The UI runs them through app.ui.runner, scripts through app.api; every one goes through the same domain
rules and the sync engine, so synchronization cannot be bypassed.
"""
