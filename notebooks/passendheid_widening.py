# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Hoe passendheid verbreedt
#
# Per voorbeeldprofiel (`profiles/examples/`): hoeveel synthetische vacatures passend of
# "let op" zijn in elke fase van het verbredingsbeleid (`matcher/data/policy.yaml`). De fase
# volgt uit de peildatum, zoals bij `passend match --profile ID --on DATUM`: hier kiezen we per
# profiel een datum midden in P1, P2 en P3 (weken na de eerste ziektedag). Alleen opleiding,
# loon en reistijd verbreden; FML-grenzen nooit. "Let op" overheerst: een vacature die een
# FML-item waarop het profiel beperkt is niet noemt, is niet uit te sluiten maar ook niet zeker
# passend.

# %%
from dataclasses import asdict
from datetime import timedelta
from importlib import resources

import matplotlib.pyplot as plt
import pandas as pd
from _setup import save, sized

from matcher import synth
from matcher.policy import load_policy
from matcher.rank import score_frame, to_frame
from profiles.validate import load_file

VACANCIES = sized(1_000, 50_000)
policy = load_policy(None)
folder = resources.files("profiles").joinpath("examples")
profiles = [load_file(str(p)).profile for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".yaml")]
frame = to_frame(asdict(v) for v in synth.synth_vacancies(VACANCIES, seed=11))
print(f"{len(frame)} vacatures, {len(profiles)} profielen, beleid {policy.version}")

# %% [markdown]
# Een peildatum per fase: halverwege elke fase (P3 loopt tot week 104).

# %%
starts = [stage.from_week for stage in policy.stages] + [104]
weeks = {stage.name: (starts[i] + starts[i + 1]) // 2 for i, stage in enumerate(policy.stages)}
rows = []
for profile in profiles:
    for stage, week in weeks.items():
        on = profile.first_sick_day + timedelta(weeks=week)
        result = score_frame(frame, profile, on, policy)
        assert result.stage == stage, (result.stage, stage)
        verdicts = pd.Series([r.verdict for r in result.results], dtype=object)
        rows.append({"profiel": profile.id, "fase": stage, "peildatum": on,
                     "passend": int((verdicts == "passend").sum()),
                     "let_op": int((verdicts == "let_op").sum())})
table = pd.DataFrame(rows)
table

# %%
pivot = table.pivot(index="profiel", columns="fase", values="passend")
pivot_let_op = table.pivot(index="profiel", columns="fase", values="let_op")
figure, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
pivot.plot.bar(ax=axes[0], title="passend")
pivot_let_op.plot.bar(ax=axes[1], title="let op")
axes[0].set_ylabel(f"vacatures (van {len(frame)})")
figure.suptitle("Geschikte vacatures per fase")
save(figure, "passendheid_widening")
