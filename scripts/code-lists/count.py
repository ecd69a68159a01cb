import csv, collections, sys
L = {'1': '类', '2': '款', '3': '项'}
for f in ['function-2024.csv', 'economic-department-2024.csv', 'economic-government-2024.csv']:
    rows = list(csv.DictReader(open(f, encoding='utf-8')))
    c = collections.Counter((r['level'], r['status']) for r in rows)
    levels = sorted({r['level'] for r in rows})
    print(f'### {f} ({len(rows)} rows)')
    print('| level | verified | known | unverified | total |')
    print('|---|---:|---:|---:|---:|')
    for l in levels:
        v, k, u = (c[(l, s)] for s in ('verified', 'known', 'unverified'))
        print(f'| {l} {L[l]} | {v} | {k} | {u} | {v+k+u} |')
    v, k, u = (sum(c[(l, s)] for l in levels) for s in ('verified', 'known', 'unverified'))
    print(f'| all | {v} | {k} | {u} | {v+k+u} |')
    print()
rows = list(csv.DictReader(open('economic-crosswalk-2024.csv', encoding='utf-8')))
c = collections.Counter(r['status'] for r in rows)
print(f'### economic-crosswalk-2024.csv ({len(rows)} rows)')
print(f'| verified | known | unverified | total |\n|---:|---:|---:|---:|\n| {c["verified"]} | {c["known"]} | {c["unverified"]} | {len(rows)} |')
