"""Text handling for display: wrapping, shaping and bidi reordering."""
