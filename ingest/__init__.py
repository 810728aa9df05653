"""Vacancy ingest: read feeds, employer files and JSON-LD into one normalised SQLite store."""
