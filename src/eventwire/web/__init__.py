"""The dashboard: static files in static/ (plain JavaScript plus vendored Leaflet and Natural Earth outlines,
rebuilt by build/build.sh), served at / by eventwire.api.app."""
