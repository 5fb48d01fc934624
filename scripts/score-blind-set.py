# Scores a blind set against a running site's /api/search. Prints only aggregates (never the questions or misses).
import json, sys, urllib.parse, urllib.request, collections
base, path, crisis_path, not_crisis_path = sys.argv[1:5]
def ask(q):
    return json.load(urllib.request.urlopen(base + '/api/search?q=' + urllib.parse.quote(q) + '&limit=10'))
rows = [l.rstrip('\n').split('\t') for l in open(path, encoding='utf-8') if l.strip() and not l.startswith('#')]
kinds = collections.defaultdict(lambda: [0, 0, 0.0, 0])
conf = collections.Counter()
crisis_rows = [0, 0]
none_conf = collections.Counter()
for r in rows:
    q, answers, kind = r[0], r[1], r[3] if len(r) > 3 else ''
    d = ask(q)
    got = [h['slug'] for h in d.get('results', d.get('hits', []))]
    if kind == 'crisis':
        crisis_rows[0] += 1; crisis_rows[1] += 1 if d.get('crisis') else 0
    if answers.strip() == '-':
        none_conf[d.get('confidence')] += 1
        continue
    exp = [a.strip() for a in answers.split(',') if a.strip()]
    pos = next((i for i, s in enumerate(got) if s in exp), -1)
    k = kinds[kind]; k[0] += 1
    if pos == 0: k[1] += 1
    if 0 <= pos < 3: k[3] += 1
    if pos >= 0: k[2] += 1 / (pos + 1)
    conf[(d.get('confidence'), pos == 0)] += 1
tot = [sum(v[i] for v in kinds.values()) for i in range(4)]
print('| kind | n | top-1 | top-3 | MRR |\n|---|---|---|---|---|')
for kind, v in sorted(kinds.items()):
    print(f'| {kind} | {v[0]} | {100*v[1]/v[0]:.1f} % | {100*v[3]/v[0]:.1f} % | {v[2]/v[0]:.3f} |')
if tot[0]:
    print(f'| **all answerable** | {tot[0]} | {100*tot[1]/tot[0]:.1f} % | {100*tot[3]/tot[0]:.1f} % | {tot[2]/tot[0]:.3f} |')
print(f'\ncrisis rows flagged: {crisis_rows[1]}/{crisis_rows[0]}')
print('"none" rows by confidence:', dict(none_conf))
print('answerable rows by (confidence, right first):', {f'{c}/{"right" if r else "wrong"}': n for (c, r), n in sorted(conf.items(), key=str)})
cr = [l.strip() for l in open(crisis_path, encoding='utf-8') if l.strip()]
nc = [l.strip() for l in open(not_crisis_path, encoding='utf-8') if l.strip()]
print(f'crisis list flagged: {sum(1 for l in cr if ask(l).get("crisis"))}/{len(cr)}')
print(f'not-crisis list false alarms: {sum(1 for l in nc if ask(l).get("crisis"))}/{len(nc)}')
