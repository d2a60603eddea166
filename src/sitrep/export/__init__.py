"""Exports: one module per format, each streaming from the knowledge base."""
