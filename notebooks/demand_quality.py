# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Kwaliteit van de eisenherkenning per FML-item
#
# Precisie en recall van `ingest/demands.py` op de handgelabelde vacatureteksten in
# `tests/data/demands_eval.yaml`, berekend door `bench/demands_eval.py`. Doelen (issue 3):
# minstens 0,9 op tillen, staan, nacht- en ploegendienst, rijden en klantcontact; 0,8 op de rest.

# %%
import sys

import matplotlib.pyplot as plt
import pandas as pd
import yaml
from _setup import ROOT, save, sized

sys.path.insert(0, str(ROOT / "bench"))
import demands_eval  # noqa: E402

from ingest.fml import describe  # noqa: E402

cases = yaml.safe_load(demands_eval.DEFAULT_SET.read_text(encoding="utf-8"))
cases = cases[: sized(50, len(cases))]
result = demands_eval.evaluate(cases)
print(f"{result['cases']} teksten: micro-precisie {result['micro_precision']:.2f}, "
      f"micro-recall {result['micro_recall']:.2f}")

# %%
table = pd.DataFrame.from_dict(result["items"], orient="index")
table["naam"] = [describe(key) for key in table.index]
grouped = {key for keys in demands_eval.GROUPS.values() for key in keys}
table["doel"] = [demands_eval.GROUP_TARGET if key in grouped
                 else demands_eval.OTHER_TARGET for key in table.index]
print(table[["naam", "tp", "fp", "fn", "precision", "recall", "doel"]].to_string())

# %%
figure, axis = plt.subplots(figsize=(11, 4))
table[["precision", "recall"]].plot.bar(ax=axis, width=0.8)
axis.plot(range(len(table)), table["doel"], "k_", markersize=14, label="doel")
axis.set_ylim(0, 1.05)
axis.set_ylabel("aandeel")
axis.set_title(f"Eisenherkenning per FML-item ({result['cases']} gelabelde teksten)")
axis.legend(loc="lower left")
save(figure, "demand_quality")
