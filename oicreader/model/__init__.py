"""Documents, paragraphs and languages: the domain objects every layer shares."""
