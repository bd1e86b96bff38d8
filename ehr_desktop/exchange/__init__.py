"""File formats: PDF documents, spreadsheets, backups."""
