"""After the event: attendance exports (CSV, XLSX), the PDF report, the paper door list,
the full check-in log, and removing personal data once the reports are out."""
