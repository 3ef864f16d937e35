"""Settings: base (shared), dev (the demo), test (the suite) and production.

Every value that differs between machines comes from the environment; see docs/configuration.md.
"""
