"""The ``kg`` command line: a thin layer over :mod:`kg.api`."""
