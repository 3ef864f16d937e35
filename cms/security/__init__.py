"""Hardening of the admin: TOTP two-factor login and the login-lockout page (docs/deploy.md)."""
