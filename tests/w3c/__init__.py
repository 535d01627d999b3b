"""The W3C SPARQL 1.1 Protocol test suite, re-expressed as data for tests/test_web_protocol.py."""
