"""HTML and Markdown made from the data for one language: tables, insurer pages, the timeline, the
lookup's file, feeds, downloads, social cards, and the build's state that the hooks share. Imports
text, data and pages.
"""
