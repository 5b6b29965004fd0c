"""Domain rules without Qt: field metadata, validation, number series, record operations."""
