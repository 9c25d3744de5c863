"""Topic navigation and the cross-language check: themes, places, tags, numbers and dates.

Import from the modules themselves (model, tags, themes, gazetteer, index, crosscheck,
figures): the package imports nothing, so the window can start without the gazetteer,
the lexicon and the number readers, which it needs only after the first paint.
"""
