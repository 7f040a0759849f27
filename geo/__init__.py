"""frontline: who claims what, where and since when, in war reporting from Ukraine.

The package follows the data flow::

    article -> mentions -> places -> claims -> store -> timeline -> site
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
