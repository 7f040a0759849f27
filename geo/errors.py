"""Every error frontline raises on purpose, under one root.

Library code raises these; the CLI turns them into one-line ``Error: ...`` messages.
Messages name the file (or input) and the problem, and say what to do where we know.
"""


class FrontlineError(Exception):
    """Root of every error frontline raises on purpose."""

    exit_code = 1


class InputError(FrontlineError, ValueError):
    """A file or value given by the user cannot be used (missing, corrupt, wrong format)."""

    exit_code = 2


class GazetteerError(FrontlineError):
    """The gazetteer cannot be imported, opened or downloaded."""

    exit_code = 2


class GazetteerNotFound(GazetteerError, FileNotFoundError):
    """No gazetteer has been imported yet, and none can be found."""


class DumpError(GazetteerError, InputError):
    """A GeoNames dump is missing, corrupt, or not a GeoNames country dump."""


class DownloadError(GazetteerError):
    """The GeoNames dump could not be downloaded (offline, timeout, HTTP error)."""


class ArticleError(InputError):
    """An article file cannot be read: empty, binary, too large, or without a publication date."""


class StoreError(FrontlineError):
    """The claims database cannot be opened or is of an unknown schema."""

    exit_code = 2


class NotFound(FrontlineError, LookupError):
    """A mention, claim or place named by the user does not exist."""


class BuildError(FrontlineError):
    """The site cannot be built (bad control overlay, output folder busy)."""

    exit_code = 2


class SiteWouldShrink(BuildError):
    """A build would replace a site with one that has no claims, or lost more than half of its
    places (a wrong database, not news); ``--force`` builds it anyway."""
