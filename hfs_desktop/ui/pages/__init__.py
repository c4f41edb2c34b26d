"""The seven step pages of the consultation window, one class per step."""
