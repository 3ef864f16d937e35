"""Currency (seed 004 clause 3.2): every item stays current and comes down when its period ends.

- ``policy``: each page type's publication period and review interval, editable by site
  administrators; the expiry date an approval fills in.
- ``reviews``: when each live item was last confirmed current and when it is due again.
- ``notices``: the reminders, queued once each and emailed in one batch per person.
- ``tick``: the periodic job (``manage.py governance_tick``) that takes expired items down and
  queues and sends the reminders.
- ``panels`` and ``admin_views``: what staff see of it in the admin.
"""
