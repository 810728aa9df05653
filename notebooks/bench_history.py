# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Benchmarkgeschiedenis
#
# Elke run van `python bench/run.py` voegt een regel toe aan `bench/results/history.jsonl`
# (`PASSEND_BENCH_HISTORY` kiest een ander bestand). Per meetwaarde: de ratio tegen de
# basislijn als die er is, anders de waarde zelf, per commit. Volledige en `--quick`-runs meten
# op andere groottes en staan daarom apart; getoond worden de volledige runs als die er zijn.

# %%
import json
import os

import matplotlib.pyplot as plt
import pandas as pd
from _setup import ROOT, save, sized

path = os.environ.get("PASSEND_BENCH_HISTORY") or ROOT / "bench" / "results" / "history.jsonl"
runs, skipped = [], 0
if os.path.exists(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                runs.append(json.loads(line))
            except json.JSONDecodeError:
                skipped += 1
print(f"{len(runs)} runs in {path}" + (f", {skipped} onleesbare regels overgeslagen"
                                       if skipped else ""))

# %%
rows = []
for number, run in enumerate(runs[-sized(20, 10_000):]):
    label = f"{number}: {run.get('commit') or '?'}{'+' if run.get('dirty') else ''}"
    for bench, outcome in (run.get("benches") or {}).items():
        for figure in outcome.get("figures") or []:
            shown = figure.get("ratio") if figure.get("ratio") is not None else figure.get("value")
            if isinstance(shown, int | float) and not isinstance(shown, bool):
                rows.append({"run": label, "quick": bool(run.get("quick")), "bench": bench,
                             "figure": figure["figure"], "shown": float(shown),
                             "as": "ratio" if figure.get("ratio") is not None else "waarde"})
history = pd.DataFrame(rows, columns=["run", "quick", "bench", "figure", "shown", "as"])
if not history.empty and not history["quick"].all():
    history = history[~history["quick"]]
history.tail()

# %%
series = list(history.groupby(["bench", "figure", "as"], sort=True)) if not history.empty else []
series = series[: sized(6, 60)]
columns = 3
figure, axes = plt.subplots(max(1, -(-len(series) // columns)), columns,
                            figsize=(12, 2.6 * max(1, -(-len(series) // columns))),
                            squeeze=False)
for axis in axes.flat:
    axis.set_visible(False)
for axis, ((bench, name, kind), data) in zip(axes.flat, series):
    axis.set_visible(True)
    axis.plot(data["run"], data["shown"], marker="o")
    axis.set_title(f"{bench}: {name}", fontsize=8)
    axis.set_ylabel(kind, fontsize=8)
    axis.tick_params(axis="x", labelrotation=45, labelsize=6)
if not series:
    axes.flat[0].set_visible(True)
    axes.flat[0].axis("off")
    axes.flat[0].text(0, 0.5, "Nog geen benchmarkgeschiedenis: draai python bench/run.py",
                      fontsize=11)
figure.tight_layout()
save(figure, "bench_history")
