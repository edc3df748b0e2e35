"""Entry file for `spark-submit` (which runs a file, not a module):

    spark-submit --master yarn ... "$(python -c 'import eventwire.scale.submit as m; print(m.__file__)')" INPUT... OUTPUT

Same arguments as `eventwire spark`; the master comes from spark-submit unless --master is given.
"""
from __future__ import annotations

import sys

import typer

from eventwire.scale.cli import spark

if __name__ == "__main__":
    if not any(arg == "--master" or arg.startswith("--master=") for arg in sys.argv[1:]):
        sys.argv += ["--master", ""]  # empty: keep the master spark-submit configured
    typer.run(spark)
