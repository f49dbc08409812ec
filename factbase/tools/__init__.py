"""Command-line tools for maintainers and CI (python -m factbase.tools.check, .fmt, .scaffold) and the
Markdown formatter they use. May import every layer.
"""
