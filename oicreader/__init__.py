"""OIC Reader: an offline reader for Arabic reports beside their English and French translations."""

__version__ = "0.1.0"
