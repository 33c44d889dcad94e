"""RFM on the benchmark's transactions with polars and pandas: the same group-by (last date,
count, sum per customer) and the same scores as SALES.RFM (score = 1 + floor(bins x customers
with a strictly worse value / customers)). Reads the CSV the JS benchmark wrote; times only the
computation on data already in memory, as the JS figure is the function call. Prints one JSON line."""
import json
import statistics
import sys
import time

import pandas as pd
import polars as pl

path, bins = sys.argv[1], 5


def timed(fn, runs):
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), out


def polars_rfm(df):
    as_of = df["date"].max()
    g = df.group_by("customer").agg(pl.col("date").max().alias("last"), pl.len().alias("frequency"), pl.col("amount").sum().alias("monetary"))
    n = g.height
    g = g.with_columns((as_of - pl.col("last")).alias("recency"))
    worse_up = lambda c: pl.col(c).rank("min") - 1
    worse_down = lambda c: n - pl.col(c).rank("max")
    return g.with_columns(
        (1 + (bins * worse_down("recency")) // n).alias("r"),
        (1 + (bins * worse_up("frequency")) // n).alias("f"),
        (1 + (bins * worse_up("monetary")) // n).alias("m"),
    )


def pandas_rfm(df):
    as_of = df["date"].max()
    g = df.groupby("customer", sort=False).agg(last=("date", "max"), frequency=("date", "size"), monetary=("amount", "sum"))
    n = len(g)
    g["recency"] = as_of - g["last"]
    g["r"] = 1 + (bins * (n - g["recency"].rank(method="max"))) // n
    g["f"] = 1 + (bins * (g["frequency"].rank(method="min") - 1)) // n
    g["m"] = 1 + (bins * (g["monetary"].rank(method="min") - 1)) // n
    return g


pl_df = pl.read_csv(path, schema={"customer": pl.Utf8, "date": pl.Int64, "amount": pl.Float64})
pd_df = pd.read_csv(path, dtype={"customer": str, "date": "int64", "amount": "float64"})
polars_ms, p = timed(lambda: polars_rfm(pl_df), 7)
pandas_ms, q = timed(lambda: pandas_rfm(pd_df), 5)
print(json.dumps({
    "polars_ms": polars_ms,
    "pandas_ms": pandas_ms,
    "polars_version": pl.__version__,
    "pandas_version": pd.__version__,
    "customers": p.height,
    "score_sums": [int(p["r"].sum()), int(p["f"].sum()), int(p["m"].sum())],
    "pandas_score_sums": [int(q["r"].sum()), int(q["f"].sum()), int(q["m"].sum())],
}))
