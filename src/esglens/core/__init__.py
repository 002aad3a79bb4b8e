"""The core layer: text, numbers, units, vocabulary and settings. Everything else builds on it.

Nothing in `core` imports from another esglens package except `esglens.model` and `esglens.errors`
(the typed contracts between the layers).
"""
