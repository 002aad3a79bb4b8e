import json, sys, collections
key = json.load(open(sys.argv[1])); P = [json.loads(l) for l in open(sys.argv[2])]
I = [json.loads(l) for l in open(sys.argv[3])] if len(sys.argv) > 3 else []
def same(a, b): return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1, abs(b))
byline = collections.defaultdict(list)
for i, p in enumerate(P): byline[p.get('line')].append(i)
used = set(); res = collections.Counter(); rows = []
for g in key['facts']:
    cand = [i for i in byline[g['line']] if i not in used and same(P[i].get('value'), g['value'])]
    ok = [i for i in cand if g['source'] != 'table' or P[i].get('year') == g['year']]
    if ok:
        i = ok[0]; used.add(i); p = P[i]
        st = 'found'
    elif cand:
        i = cand[0]; used.add(i); p = P[i]; st = 'value-wrong-year'
    else:
        p = None; st = 'missed'
    res[(g['source'], st)] += 1
    rows.append((g, p, st))
print('status counts', dict(res))
for src in ('table', 'narrative'):
    hits = [(g, p) for g, p, st in rows if g['source'] == src and p is not None]
    cm = [(g, p) for g, p in hits if g['metric'] and not g['metric'].startswith('extra.')]
    print(src, 'value-hits', len(hits), 'with canonical metric in key', len(cm), 'metric same', sum(p.get('metric') == g['metric'] for g, p in cm),
          'metric wrong (non-null, different)', sum(p.get('metric') not in (None, g['metric']) for g, p in cm),
          'null', sum(p.get('metric') is None for g, p in cm))
    extra = [(g, p) for g, p in hits if (g['metric'] or '').startswith('extra.') or not g['metric']]
    print('   key extra/none, printed a canonical id:', [(g['label'][:40], p.get('metric')) for g, p in extra if p.get('metric')])
    un = [(g, p) for g, p in hits if g.get('unit')]
    norm = lambda u: ''.join(str(u or '').split()).lower()
    print('   unit as printed', sum(norm(p.get('unit')) == norm(g['unit']) for g, p in un), '/', len(un))
    if src == 'narrative':
        print('   narrative year right', sum(p.get('year') == g['year'] for g, p in hits), '/', len(hits))
        for g, p in hits:
            if p.get('year') != g['year'] or norm(p.get('unit')) != norm(g.get('unit')) or (g['metric'] and not g['metric'].startswith('extra.') and p.get('metric') != g['metric']):
                print('     ', g['line'], g['raw'], 'key', g['year'], g['unit'], g['metric'], '| esg', p.get('year'), p.get('unit'), p.get('metric'), '|', (p.get('label') or '')[:60])
        for g, p, st in rows:
            if g['source'] == 'narrative' and st == 'missed': print('   MISSED', g['line'], g['raw'], g['label'])
keyed_lines = {g['line'] for g in key['facts'] if g['source'] == 'table'}
ab = set(key.get('abstain_lines', []))
on_keyed = [i for l in keyed_lines for i in byline[l]]
print('printed on keyed table lines', len(on_keyed), 'right (value+year)', sum(1 for g, p, st in rows if st == 'found' and g['source'] == 'table'),
      'value right year wrong', res[('table', 'value-wrong-year')])
wrong_vals = [P[i] for i in on_keyed if i not in used]
print('  printed on keyed lines with a value not in the key at that line', len(wrong_vals), [(p['line'], p['raw']) for p in wrong_vals][:20])
on_ab = [P[i] for l in ab for i in byline[l]]
print('printed on abstain lines', len(on_ab), collections.Counter(p['line'] for p in on_ab))
print('  of them with a label', sum(1 for p in on_ab if p.get('label')), 'with a year', sum(1 for p in on_ab if p.get('year')), 'with a metric', sum(1 for p in on_ab if p.get('metric')))
if I:
    ki = {(e['line'], e['code']) for e in key.get('index_entries', [])}
    pl = {(e.get('line'), e.get('code')) for e in I}
    lines_k = {e['line'] for e in key.get('index_entries', [])}
    print('index: key', len(ki), 'printed', len(I), 'same line', len({l for l, c in pl} & lines_k), 'same line+code', len(ki & pl))
    print('  missed', sorted((l, c) for l, c in ki if l not in {x for x, _ in pl}))
    print('  printed not in key', sorted((l, c, ) for l, c in pl if l not in lines_k))
