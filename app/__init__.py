"""ContactSync: contacts kept in step with customers, vendors and bank accounts."""

__version__ = "0.1.0"
