#!/usr/bin/env python3
"""Scores the HTTP binding of docgen specs against the wide-corpus oracle's REST pages (style "roa").

Usage: binding-score.py SPECS_DIR ORACLE_DIR [--list N]

Specs match oracle files by source.file = '<folder>/<Page>.md'. For every oracle page with a method and path:
  - method: equal after upper-casing and removing spaces ('PATCH|POST');
  - path: equal after removing spaces, writing '[X]' as '{X}' and comparing case-insensitively (the oracle writes
    metadata placeholders in brackets and api-docs ones in braces; OSS pages write '/objectname' where api-docs
    say '/{ObjectName}', which counts as a difference);
  - location: for every top-level spec parameter whose name (case-insensitive) is an oracle base name with a
    position, spec 'location' vs the oracle position (lower case). A parameter without location counts as wrong.
Prints the three rates and, with --list, the first N differences of each kind.
"""
import json, os, re, sys


def load(root, want):
    out = {}
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith('.json'):
                continue
            p = os.path.join(d, f)
            try:
                with open(p, encoding='utf-8') as fh:
                    j = json.load(fh)
            except Exception:
                continue
            key = want(j, os.path.relpath(p, root)) if isinstance(j, dict) else None
            if key:
                out[key] = j
    return out


def norm_path(p):
    p = re.sub(r'\s+', '', p or '')
    p = re.sub(r'\[([^\]]*)\]', r'{\1}', p)
    return p.lower()


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    n_list = 0
    if '--list' in argv:
        n_list = int(argv[argv.index('--list') + 1])
        args = [a for a in args if a != str(n_list)]
    specs_dir, oracle_dir = args[0], args[1]
    specs = load(specs_dir, lambda j, rel: (j.get('source') or {}).get('file') if 'parameters' in j and 'schemaVersion' in j else None)
    oracle = load(oracle_dir, lambda j, rel: rel[:-5] + '.md' if j.get('style') == 'roa' and j.get('method') else None)
    pages = mp = pp = 0
    locs = loc_ok = 0
    diffs = {'method': [], 'path': [], 'location': [], 'missing': []}
    for page, o in sorted(oracle.items()):
        s = specs.get(page)
        if s is None:
            diffs['missing'].append(page)
            continue
        pages += 1
        http = s.get('http') or {}
        m = (http.get('method') or '').upper().replace(' ', '')
        if m == o['method'].upper().replace(' ', ''):
            mp += 1
        else:
            diffs['method'].append(f"{page}: {http.get('method')!r} vs {o['method']!r}")
        if norm_path(http.get('path')) == norm_path(o['path']):
            pp += 1
        else:
            diffs['path'].append(f"{page}: {http.get('path')!r} vs {o['path']!r}")
        positions = {b['name'].lower(): b['position'].lower() for b in o.get('baseParameters') or [] if b.get('position')}
        for p in s.get('parameters') or []:
            want = positions.get(str(p.get('name', '')).lower())
            if want is None:
                continue
            locs += 1
            if p.get('location') == want:
                loc_ok += 1
            else:
                diffs['location'].append(f"{page}: {p['name']} {p.get('location')!r} vs {want!r}")

    def pct(a, b):
        return f"{100.0 * a / b:.2f} % ({a}/{b})" if b else "n/a"
    print(f"REST pages matched: {pages} (oracle pages without a spec: {len(diffs['missing'])})")
    print(f"method equal:   {pct(mp, pages)}")
    print(f"path equal:     {pct(pp, pages)}")
    both = sum(1 for page, o in oracle.items() if page in specs
               and ((specs[page].get('http') or {}).get('method') or '').upper().replace(' ', '') == o['method'].upper().replace(' ', '')
               and norm_path((specs[page].get('http') or {}).get('path')) == norm_path(o['path']))
    print(f"method+path:    {pct(both, pages)}")
    print(f"location equal: {pct(loc_ok, locs)} of matched parameters")
    if n_list:
        for kind, items in diffs.items():
            for line in items[:n_list]:
                print(f"  {kind}: {line}")


if __name__ == '__main__':
    main(sys.argv[1:])
