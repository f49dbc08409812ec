"""The data files of data/: read them (keeping lines for errors), validate them against their JSON
Schemas, and turn them into frozen, typed records (Dataset). Every problem is collected with its
file, line, record and field. Imports only text.
"""
