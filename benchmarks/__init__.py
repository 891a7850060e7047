"""Benchmarks: extraction quality against baselines, written to benchmarks/results/."""
