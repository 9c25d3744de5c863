"""Reading report files into documents: text and Word files, languages, bundles, import plans."""
