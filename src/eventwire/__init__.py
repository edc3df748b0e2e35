"""eventwire: turn news reports into a geolocated, source-attributed database of political events."""

__version__ = "0.1.0"
