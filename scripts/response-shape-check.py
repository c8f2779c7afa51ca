#!/usr/bin/env python3
"""Checks the response shapes of a spec store against the pages' own JSON examples.

Usage: response-shape-check.py SPECS_DIR... [--list N]

For every current spec under each SPECS_DIR (history/ skipped; e.g. the stores of corpus, corpus-wide and the seeds):
  - containers: response and request fields of type array (of objects) or object; a container without children
    counts as "explained" when a diagnostic on its line names it (`'Name'`: docgen's container-without-fields and
    container-structure-not-given say why), else "bare without diagnostic" (the target is 0);
  - example keys: the page's JSON example (spec.examples.responseJSON; Tencent's {"Response": ...} unwrapped) walked
    against the response fields level by level. Alibaba's list wrapper ({"Item": [...]} under a list field) is looked
    through. A key with no field of that name at its level is "unknown"; keys under a field without children are not
    walked (the field's own type says what it holds).
Prints the totals and, with --list, the first N bare containers and unknown keys.
"""
import json, os, sys


def current_specs(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != 'history')
        for f in sorted(files):
            if f.endswith('.json'):
                p = os.path.join(d, f)
                try:
                    with open(p, encoding='utf-8') as fh:
                        j = json.load(fh)
                except Exception:
                    continue
                if isinstance(j, dict) and 'responseFields' in j:
                    yield p, j


def containers(fields, out):
    for f in fields or []:
        t = f.get('type')
        items = f.get('items') or {}
        if t == 'object' or (t == 'array' and items.get('type') in ('object', None)):
            out.append(f)
        containers(f.get('children'), out)
    return out


def unknown_keys(value, fields, path, out):
    """Keys of `value` (an example object) with no field of that name among `fields`."""
    if isinstance(value, list):
        for element in value:
            unknown_keys(element, fields, path + '[]', out)
        return
    if not isinstance(value, dict):
        return
    by_name = {f['name']: f for f in fields}
    for key, inner in value.items():
        field = by_name.get(key)
        if field is None:
            # A flattened `Status.Code` row stands for key Status with child Code.
            dotted = [dict(f, name=f['name'][len(key) + 1:]) for f in fields if f['name'].startswith(key + '.')]
            if dotted:
                unknown_keys(inner, dotted, f'{path}.{key}' if path else key, out)
                continue
            out.append(f'{path}.{key}' if path else key)
            continue
        children = field.get('children')
        if not children:
            continue
        # Alibaba's list wrapper: {"Items": {"Item": [ ... ]}}
        if isinstance(inner, dict) and len(inner) == 1 and isinstance(next(iter(inner.values())), list) \
                and next(iter(inner)) not in {c['name'] for c in children}:
            inner = next(iter(inner.values()))
        unknown_keys(inner, children, f'{path}.{key}' if path else key, out)


def main():
    args = sys.argv[1:]
    limit = 0
    if '--list' in args:
        at = args.index('--list')
        limit = int(args[at + 1])
        del args[at:at + 2]
    if not args:
        print(__doc__)
        sys.exit(2)
    total = explained = 0
    bare = []
    pages_with_example = pages_clean = 0
    unknown = []
    for path, spec in (item for root in args for item in current_specs(root)):
        diags = spec.get('diagnostics') or []
        for f in containers(spec.get('parameters'), []) + containers(spec.get('responseFields'), []):
            total += 1
            if f.get('children'):
                continue
            if any(d.get('line') == f.get('line') and f"'{f['name']}'" in d.get('message', '') for d in diags):
                explained += 1
            else:
                bare.append(f"{spec['source']['file']}:{f.get('line')}: {f['name']}")
        example = (spec.get('examples') or {}).get('responseJSON')
        if not example:
            continue
        try:
            body = json.loads(example)
        except Exception:
            continue
        if isinstance(body, dict) and list(body) == ['Response'] and not any(f['name'] == 'Response' for f in spec['responseFields']):
            body = body['Response']
        pages_with_example += 1
        found = []
        unknown_keys(body, spec['responseFields'], '', found)
        if not found:
            pages_clean += 1
        unknown += [f"{spec['source']['file']}: {k}" for k in found]
    with_children = total - explained - len(bare)
    print(f'containers: {total}; with children {with_children}; without children, named by a diagnostic {explained}; '
          f'bare without diagnostic {len(bare)}')
    print(f'pages with a JSON example: {pages_with_example}; every key known: {pages_clean}; unknown keys: {len(unknown)}')
    for line in bare[:limit]:
        print('  bare without diagnostic:', line)
    for line in unknown[:limit]:
        print('  unknown key:', line)


if __name__ == '__main__':
    main()
