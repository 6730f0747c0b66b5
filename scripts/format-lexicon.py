#!/usr/bin/env python3
"""Rewrites resource JSON files in the layout people edit by hand: two-space indent, lists of plain
strings wrapped on few lines, small objects (a rank, a trigger form) on one line. Usage:
scripts/format-lexicon.py FILE..."""
import json, sys, collections


def scalar(v):
    return not isinstance(v, (dict, list))


def dump(v, indent=0):
    pad = '  ' * indent
    if isinstance(v, dict):
        if all(scalar(x) or (isinstance(x, list) and all(scalar(y) for y in x) and len(x) <= 4) for x in v.values()) \
                and len(json.dumps(v, ensure_ascii=False)) <= 110:
            return json.dumps(v, ensure_ascii=False)
        items = [f'{pad}  {json.dumps(k, ensure_ascii=False)}: {dump(x, indent + 1)}' for k, x in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(v, list):
        if all(isinstance(x, str) for x in v):
            lines, line = [], ''
            for x in v:
                piece = json.dumps(x, ensure_ascii=False)
                if line and len(line) + len(piece) + 2 > 100:
                    lines.append(line + ',')
                    line = piece
                else:
                    line = piece if not line else line + ', ' + piece
            if line:
                lines.append(line)
            if len(lines) <= 1:
                return '[' + (lines[0] if lines else '') + ']'
            return '[\n' + '\n'.join(pad + '  ' + l for l in lines) + '\n' + pad + ']'
        return '[\n' + ',\n'.join(pad + '  ' + dump(x, indent + 1) for x in v) + '\n' + pad + ']'
    return json.dumps(v, ensure_ascii=False)


for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        data = json.load(f, object_pairs_hook=collections.OrderedDict)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(dump(data) + '\n')
