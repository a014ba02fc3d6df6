#!/usr/bin/env python3
"""status_agreement.py SCORER BINARY GOLD CORPUS: how many of the events that
timeline_score.py pairs with a gold event also have the gold's status
(occurred, planned, cancelled, postponed). The scorer counts events and dates,
not statuses; this pairs them the same way (its own functions, the same greedy
order) and lists each disagreement. `make eval-events` runs it on every corpus."""
import json, subprocess, sys, importlib.util
if len(sys.argv) != 5:
    sys.exit(__doc__)
scorer, binary, gold_path, corpus = sys.argv[1:]
spec = importlib.util.spec_from_file_location('ts', scorer)
ts = importlib.util.module_from_spec(spec); spec.loader.exec_module(ts)
gold = json.load(open(gold_path))['events']
out = subprocess.run([binary, 'build', '-f', 'json', corpus], capture_output=True).stdout
sys_ev = json.loads(out)['events']
# The scorer's pairing: each gold event, in order, takes the first compatible
# system event left, preferring one whose dates are the gold's.
def ok(g, s):
    if ts.family(s.get('kind')) != ts.family(g['kind']): return False
    sk = ts.system_keys(s)
    need = min(2, len(g['participants']), max(1, len(s.get('participants') or [])))
    if sum(1 for n in g['participants'] if ts.keys(n) & sk) < need: return False
    w = s.get('when') or {}
    gr = ts.rng(g.get('when'))
    if gr and w.get('start') and (w['end'] < gr[0] or w['start'] > gr[1]): return False
    if gr and not w.get('start'): return bool(ts.cited(s) & set(g.get('reported_by') or []))
    return True
used, pairs = set(), {}
for gi, g in enumerate(gold):
    cands = [i for i, s in enumerate(sys_ev) if i not in used and ok(g, s)]
    if not cands: continue
    gr = ts.rng(g.get('when'))
    cands.sort(key=lambda i: (((sys_ev[i].get('when') or {}).get('start'), (sys_ev[i].get('when') or {}).get('end')) != gr, i))
    used.add(cands[0]); pairs[gi] = cands[0]
right = 0
for gi, si in pairs.items():
    g, s = gold[gi], sys_ev[si]
    if g['status'] == s['status']: right += 1
    else: print(f"STATUS {g['id']} {g['kind']} {g['participants'][:3]} gold={g['status']} sys={s['status']} {s['id']}")
print(f"status {right}/{len(pairs)}")
