#!/usr/bin/env bash
# Writes tests/DebtHelp.Web.Tests/Chinese/opencc-reference.tsv: lines of the site's own text (every article's title,
# summary and headings) with what OpenCC itself makes of them under s2twp.json and s2hk.json, so the test can hold
# our converter to OpenCC's output. Also prints how many lines of the whole of content/ the two disagree on when
# run with --all (nothing is written then).
#
# OpenCC here is Debian's command-line tool (apt-get install opencc, engine 1.1.6) run on the compiled dictionaries
# and configs of the npm package opencc@1.4.2, the same release the site's text tables come from. (The npm
# package's own native binding needs a newer libstdc++ than this machine has.)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v opencc >/dev/null || { echo "needs the opencc command: apt-get install opencc" >&2; exit 1; }
(cd "$work" && npm pack --silent opencc@1.4.2 >/dev/null && tar xzf opencc-1.4.2.tgz)
mkdir "$work/ref"
cp "$work"/package/prebuilds/assets/*.ocd2 "$work/ref/"
cp "$work"/package/data/config/s2twp.json "$work"/package/data/config/s2hk.json "$work/ref/"
python3 - "$repo/content/articles" "$work/lines.txt" "${1:-}" <<'PY'
import re, sys
from pathlib import Path
folder, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
lines = []
for path in sorted(Path(folder).glob("*.md")):
    text = path.read_text(encoding="utf-8")
    front, body = text.split("\n---", 1)[0], text.split("\n---", 1)[1]
    if mode == "--all":
        lines += [l.strip() for l in text.splitlines() if re.search(r"[\u4e00-\u9fff]", l)]
        continue
    for key in ("title", "summary"):
        m = re.search(rf"^{key}:\s*(.+)$", front, re.M)
        if m:
            lines.append(m.group(1).strip())
    lines += [l.lstrip("#").strip() for l in body.splitlines() if l.startswith("#")]
seen = []
for l in lines:
    l = l.replace("\t", " ")
    if l and l not in seen:
        seen.append(l)
Path(out).write_text("\n".join(seen) + "\n", encoding="utf-8")
PY
opencc -c "$work/ref/s2twp.json" -i "$work/lines.txt" -o "$work/tw.txt"
opencc -c "$work/ref/s2hk.json" -i "$work/lines.txt" -o "$work/hk.txt"
if [[ "${1:-}" == "--all" ]]; then
  cp "$work/lines.txt" "$work/tw.txt" "$work/hk.txt" "${OPENCC_ALL_OUT:-/tmp}/"
  echo "wrote lines.txt, tw.txt, hk.txt to ${OPENCC_ALL_OUT:-/tmp}"
  exit 0
fi
{
  echo "# simplified<TAB>OpenCC s2twp<TAB>OpenCC s2hk (tools/opencc/make-reference.sh; OpenCC 1.4.2 dictionaries)"
  paste "$work/lines.txt" "$work/tw.txt" "$work/hk.txt"
} > "$repo/tests/DebtHelp.Web.Tests/Chinese/opencc-reference.tsv"
wc -l "$repo/tests/DebtHelp.Web.Tests/Chinese/opencc-reference.tsv"
