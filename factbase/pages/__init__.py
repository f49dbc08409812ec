"""The Markdown pages that maintainers write: their front matter, headings, citations and markers, and
the rules that keep French and English twins alike. Imports text and data.
"""
