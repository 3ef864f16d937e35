"""Our background tasks (django-tasks): work that need not hold up the person who clicked.

In production they are stored in the database and run by ``manage.py db_worker``; in the demo
and the tests they run at once (settings ``TASKS``). Wagtail 8 queues its own the same way
(reference index, file deletion, frontend-cache purges, image focal points).
"""

from django.core import mail
from django_tasks import task


@task()
def send_email(subject, message, from_email, recipient_list):
    """Send one notification email (a failure is retried by nobody: it is logged by the worker)."""
    return mail.send_mail(subject, message, from_email, list(recipient_list))


def send_mail(subject, message, from_email, recipient_list):
    """``django.core.mail.send_mail``, queued: the SMTP server's speed or outage never slows or
    breaks a workflow action. Call it from inside the transaction that decides to notify: the
    email is queued with it, and dropped with it if it rolls back."""
    send_email.enqueue(str(subject), str(message), from_email, [str(r) for r in recipient_list])
