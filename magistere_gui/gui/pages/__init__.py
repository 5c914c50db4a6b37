"""One module per wizard page. Pages hold widgets and wiring; the client does the work."""
