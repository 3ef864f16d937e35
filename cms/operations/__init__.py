"""Running in production: health check, background tasks, JSON logs, page cache, backups."""
