# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Waarom vacatures afvallen
#
# Voor elk voorbeeldprofiel scoren we alle synthetische vacatures met
# `matcher.rank.match(..., include_all=True)` (zoals `passend match --all`) en tellen per
# criterium hoe vaak het een vacature niet passend maakt. Eén vacature kan op meer criteria
# afvallen; dan telt ze bij elk. Peildatum: halverwege fase P1, de strengste fase.

# %%
import tempfile
from collections import Counter
from datetime import timedelta
from importlib import resources
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from _setup import save, sized

from ingest import store
from matcher import synth
from matcher.policy import CRITERION_LABELS, load_policy
from matcher.rank import match
from profiles.validate import load_file

VACANCIES = sized(600, 20_000)
policy = load_policy(None)
db = store.open_db(Path(tempfile.mkdtemp(prefix="passend-nb-")) / "exclusions.db")
with db.conn:
    store.upsert_vacancies(db, synth.synth_vacancies(VACANCIES, seed=12), store.now_iso())
folder = resources.files("profiles").joinpath("examples")
profiles = [load_file(str(p)).profile for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".yaml")]

# %%
counts, examples = [], {}
for profile in profiles:
    on = profile.first_sick_day + timedelta(weeks=policy.stages[1].from_week // 2)
    result = match(db, profile, on, policy, include_all=True)
    excluded = [r for r in result.results if r.verdict == "niet_passend"]
    per_criterion = Counter()
    for r in excluded:
        for c in r.criteria:
            if c.verdict == "niet_passend":
                per_criterion[CRITERION_LABELS[c.criterion]] += 1
                examples.setdefault(CRITERION_LABELS[c.criterion], c.reason)
    counts.append({"profiel": profile.id, "niet passend": len(excluded), **per_criterion})
table = pd.DataFrame(counts).set_index("profiel").fillna(0).astype(int)
print(table.to_string())

# %% [markdown]
# Een voorbeeldreden per criterium, zoals de coach die in de uitleg ziet:

# %%
for criterion, reason in sorted(examples.items()):
    print(f"- {criterion}: {reason}")

# %%
reasons = table.drop(columns="niet passend")
figure, axis = plt.subplots(figsize=(9, 4))
reasons.plot.barh(ax=axis, stacked=True)
axis.set_xlabel(f"vacatures die op dit criterium afvallen (van {VACANCIES})")
axis.set_title("Uitsluitingen per criterium en profiel (fase P1)")
axis.legend(bbox_to_anchor=(1.01, 1), loc="upper left")
save(figure, "exclusions")
