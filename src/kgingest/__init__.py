"""kgingest: news articles to an RDF knowledge graph of actors, statements and deployments."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kgingest")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

PROJECT_URL = "https://github.com/kgingest/kgingest"
