"""REST API (FastAPI) over a stored database: `eventwire serve`, `eventwire serve-bench`; see docs/serve.md."""
