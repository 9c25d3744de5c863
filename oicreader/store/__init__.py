"""The SQLite library: all SQL in OIC Reader lives in this package and nowhere else."""
