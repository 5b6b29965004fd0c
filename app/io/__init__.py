"""Import and export of contacts (vCard, CSV) with a preview of what an import would change; no Qt."""
