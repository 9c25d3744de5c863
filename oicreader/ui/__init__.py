"""The widgets: main window, parallel view, docks and dialogs. Nothing outside ui/ imports it."""
