from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "cms.operations"
    label = "khaosan_operations"
    verbose_name = "Khaosan operations"

    def ready(self):
        from . import page_cache

        page_cache.connect_signals()
