"""Aligning language versions by content: paragraphs to the source's, and sentences in a row."""
