"""cnstats on cluster engines: `cnstats.engines.dask` and `cnstats.engines.spark`.

Each is imported on its own (`from cnstats.engines import dask as cnstats_dask`) and needs its extra:
`pip install 'cnstats[dask]'` or `pip install 'cnstats[spark]'`. Both write rows in
`cnstats.arrow_schema()`, so their outputs read the same as each other and as `cnstats.to_parquet`.
"""
