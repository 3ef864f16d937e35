"""What the benchmarks share: a throwaway database holding the demo, and one call timed with the
number of queries it ran."""

import time
from contextlib import contextmanager


@contextmanager
def demo_database():
    """A new test database (SQLite, or PostgreSQL when DATABASE_URL says so) with the demo
    agency built in it, dropped afterwards."""
    from django.db import connection

    from content_types.demo import seed_demo

    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        seed_demo("benchmark-password")
        yield connection
    finally:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


def timed(run):
    """(seconds, queries, result) of ``run()``. Queries are counted one by one: Django's own
    query log stops at 9,000."""
    from django.db import connection

    count = 0

    def counting(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counting):
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
    return elapsed, count, result
