#!/usr/bin/env python3
"""Lists every difference of the "only names the page mentions" view of ../shared/corpus-oracle/compare.py, one per
line: page, name, kind (extra / missing / required), and the line of the page the spec took it from.
Usage: DOCGEN_ORACLE_SPECS=/tmp/oracle-specs bash scripts/oracle-score.sh && python3 scripts/oracle-differences.py /tmp/oracle-specs
       python3 scripts/oracle-differences.py SPECS_DIR ORACLE_DIR   (e.g. /tmp/wide/alibaba ../shared/corpus-wide-oracle:
       only the oracle pages that have a spec are scored, as with --only-matched)
"""
import os, sys

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get('DOCGEN_SHARED', os.path.join(repo, '..', 'shared'))
sys.path.insert(0, os.path.join(shared, 'corpus-oracle'))
import compare  # noqa: E402  (the scorer's own matching and scoring, so the list agrees with its totals)


def main(spec_dir, oracle_dir=None):
    oracle = compare.load_oracle(oracle_dir or os.path.join(shared, 'corpus-oracle'), True)
    specs = compare.load_specs(spec_dir)
    used, _, _ = compare.match(oracle, specs)
    totals, rows = compare.score(oracle, used, 'chosen', on_page_only=True)
    if oracle_dir:
        rows = [r for r in rows if r.get('spec')]
    by_rel = dict(specs)
    if not oracle_dir:  # with an oracle folder the totals would count its pages without a spec: see the score script
        print(compare.line('[chosen, only names the page mentions]', totals))
    for r in rows:
        spec = by_rel.get(r['spec']) or {}
        lines = {compare.base_name(p['name']).lower(): p.get('line') for p in spec.get('parameters') or []}
        page = r['page'][:-len('.json')] + '.md'
        for n in r['extra']:
            print(f"{page}:{lines.get(n.lower())}\t{n}\textra (the spec has it, the metadata not)")
        for n in r['missing']:
            print(f"{page}\t{n}\tmissing (the metadata has it and the page mentions it)")
        for w in r['reqWrong']:
            n = w.split(' (')[0]
            print(f"{page}:{lines.get(n.lower())}\t{n}\trequired: {w[len(n) + 2:-1]}")


if __name__ == '__main__':
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(*sys.argv[1:])
