"""Demo data (SPEC §2.4): realistic companies, persons, customers, vendors and bank accounts; no Qt."""
