"""Developers' build tools: run from a checkout, never imported by the app or the CLI."""
