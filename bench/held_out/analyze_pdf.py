import json, sys, collections, glob
keys = sys.argv[2:]; P = [json.loads(l) for l in open(sys.argv[1])]
def same(a, b): return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1, abs(b))
bypage = collections.defaultdict(list)
for i, p in enumerate(P): bypage[p.get('page')].append(i)
norm = lambda u: ''.join(str(u or '').split()).lower()
for k in keys:
    key = json.load(open(k)); used = set(); c = collections.Counter(); hits = []
    for g in key['facts']:
        cand = [i for i in bypage[g['page']] if i not in used and same(P[i].get('value'), g['value'])]
        tab = [i for i in cand if P[i]['source'] == 'table']
        ok = [i for i in (tab + cand) if g['source'] != 'table' or P[i].get('year') == g['year']]
        if ok: i = ok[0]; st = 'found'
        elif cand: i = (tab + cand)[0]; st = 'value-only'
        else: i = None; st = 'missed'
        if i is not None: used.add(i); hits.append((g, P[i], st))
        c[st] += 1
        c['found-as-table' if st == 'found' and P[i]['source'] == 'table' else 'x'] += 0
        if st == 'found' and P[i]['source'] == 'table': c['found-as-table'] += 1
    pages = {g['page'] for g in key['facts']}
    tab_printed = [P[i] for pg in pages for i in bypage[pg] if P[i]['source'] == 'table']
    print(k.split('/')[-1], 'n', len(key['facts']), dict(c), 'table facts printed on its pages', len(tab_printed),
          'of them right', sum(1 for g, p, st in hits if st == 'found' and p['source'] == 'table'))
    found = [(g, p) for g, p, st in hits if st == 'found']
    cm = [(g, p) for g, p in found if g['metric'] and not g['metric'].startswith('extra.')]
    print('   metric: canonical in key', len(cm), 'same', sum(p.get('metric') == g['metric'] for g, p in cm),
          'wrong', sum(p.get('metric') not in (None, g['metric']) for g, p in cm))
    un = [(g, p) for g, p in found if g.get('unit')]
    print('   unit as printed', sum(norm(p.get('unit')) == norm(g['unit']) for g, p in un), '/', len(un))
    if key['facts'][0]['source'] == 'narrative':
        print('   year right', sum(p.get('year') == g['year'] for g, p in found), '/', len(found))
    for g, p, st in hits:
        if st != 'found' or p.get('year') != g['year'] or norm(p.get('unit')) != norm(g.get('unit')):
            print('     ', st, g['page'], g['raw'], 'key', g['year'], g.get('unit'), '| esg', p['source'], p.get('year'), p.get('unit'), '|', (p.get('label') or '')[:70])
    for g in key['facts']:
        if not any(h[0] is g for h in hits): print('      MISSED', g['page'], g['raw'], g['year'], g['label'][:80])
