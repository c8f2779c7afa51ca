#!/usr/bin/env python3
"""Reads every required-flag difference against its page and sorts it by cause.

Usage: python3 scripts/oracle-differences.py SPECS ORACLE > diffs.txt
       python3 scripts/required-differences.py diffs.txt SPECS PAGES_ROOT [--list]

For each `required: oracle X, spec Y` line of oracle-differences.py, the page line it names is read: the Required
cell of that row (the column whose header says required / 必选 / 是否必须 …), and the spec's parameter. Causes:
  cell        the row's Required cell says what the spec says (the page disagrees with the metadata);
  repeat      a repeat list (`Tag.N.Key` required, the list not): docgen's rule, a sub-row required in every
              entry does not make the list required;
  one-of      a "set at least one of A and B" sentence (RequiredFromDescription) overrides the cells;
  no-column   the table has no Required column (not required), or the cell states a condition;
  other       none of the above: read it (docgen may misread the page).
"""
import json, os, re, sys

YES = {'是', 'yes', 'true', '必选', '必填', 'required', 'y'}
NO = {'否', 'no', 'false', '可选', 'optional', 'n'}


def specs_by_page(root):
    out = {}
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x != 'history']
        for f in files:
            if f.endswith('.json'):
                try:
                    with open(os.path.join(d, f), encoding='utf-8') as fh:
                        j = json.load(fh)
                except Exception:
                    continue
                if isinstance(j, dict) and 'source' in j:
                    out[j['source']['file']] = j
    return out


def required_cell(lines, number):
    row = lines[number - 1]
    k = number - 1
    while k > 0 and not re.match(r'^\s*\|?\s*:?-+:?\s*\|', lines[k]):
        k -= 1
    header = [c.strip().lower() for c in lines[k - 1].strip().strip('|').split('|')]
    cells = [c.strip() for c in row.strip().strip('|').split('|')]
    index = next((i for i, h in enumerate(header) if any(w in h for w in ('required', '必选', '必须', '必填', '必需'))), None)
    if index is None or index >= len(cells):
        return None
    return cells[index].strip('*` ')


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        sys.exit(2)
    diffs, specs, pages = sys.argv[1], specs_by_page(sys.argv[2]), sys.argv[3]
    counts, listed = {}, []
    for line in open(diffs, encoding='utf-8'):
        if 'required:' not in line:
            continue
        loc, name, what = line.rstrip('\n').split('\t')
        m = re.match(r'(.*):(\d+)$', loc)
        page = m.group(1) if m else loc
        spec_required = what.endswith('True')
        spec = specs.get(page) or {}
        parameter = next((p for p in spec.get('parameters', []) if p['name'].lower() == name.lower()), {})
        one_of = any(d.get('code') == 'required-one-of' and f"'{name}'" in d.get('message', '')
                     for d in spec.get('diagnostics', []))
        cell = None
        if m:
            with open(os.path.join(pages, page), encoding='utf-8') as fh:
                cell = required_cell(fh.read().split('\n'), int(m.group(2)))
        says = None if cell is None else True if cell.lower() in YES else False if cell.lower() in NO else None
        if one_of:
            cause = 'one-of'
        elif says is not None and says == spec_required:
            cause = 'cell'
        elif parameter.get('children') and not spec_required and any(c.get('required') for c in parameter['children']):
            cause = 'repeat'
        elif says is None and not spec_required:
            cause = 'no-column'
        else:
            cause = 'other'
        counts[cause] = counts.get(cause, 0) + 1
        listed.append(f'{cause}\t{loc}\t{name}\tcell {cell!r}\t{what}')
    print('required-flag differences by cause:', ', '.join(f'{k} {v}' for k, v in sorted(counts.items())))
    if '--list' in sys.argv:
        print('\n'.join(sorted(listed)))


if __name__ == '__main__':
    main()
