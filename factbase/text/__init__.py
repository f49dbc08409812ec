"""Languages, UI labels, dates and URLs: the words and addresses that every other layer uses. Imports
nothing else from factbase.
"""
