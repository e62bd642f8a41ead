"""Helpers shared by element commands, at the module paths packages import them from."""
