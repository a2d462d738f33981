#!/usr/bin/env python3
# One-off helper for dictionary authors: a `why:` value that starts with a quoted example and
# goes on after it ("X did Y": because ...) is not valid YAML; wrap it in single quotes.
import re, sys
for path in sys.argv[1:]:
    src = open(path).read()
    def fix(m):
        indent, val = m.group(1), m.group(2)
        try:
            import json
            if val.startswith('"') and val.endswith('"') and json.loads(val) is not None and val.count('"') == 2:
                return m.group(0)
        except Exception:
            pass
        if val.startswith("'") and val.endswith("'"):
            return m.group(0)
        if not (val.startswith('"') or val.startswith("'")):
            return m.group(0)
        return f"{indent}why: '" + val.replace("'", "''") + "'"
    out = re.sub(r'^(\s*-?\s*)why: (.*)$', fix, src, flags=re.M)
    if out != src:
        open(path, 'w').write(out)
        print('fixed', path)
