"""The wizard: Qt widgets and wiring only; the work is done by the client library."""
