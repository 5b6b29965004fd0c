"""Sales and purchase document windows, printing to PDF and e-mail (SPEC §11); imported lazily."""

# Kept free of imports: the main window checks kinds here without loading the print machinery.
DOCUMENT_KINDS = ("sales_header", "purchase_header")
