"""The benchmark: `python -m bench` runs every scenario of DESIGN.md "Targets" on fresh databases."""
