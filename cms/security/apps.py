from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "cms.security"
    label = "khaosan_security"
    verbose_name = "Khaosan security"
