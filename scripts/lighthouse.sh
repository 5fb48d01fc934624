#!/usr/bin/env bash
# Lighthouse (mobile, its default) against the Release build of the site serving the real content/, in Debian's
# headless Chromium. Writes the four category scores, the timings and every audit that fell short to docs/lighthouse.md.
# Exits 1 when a score is under its floor: performance 95; accessibility, best practices and SEO 100 on home, an
# article and the search page; a results page (/search?q=...) is measured too, and is noindex on purpose.
#   scripts/lighthouse.sh            (needs: apt-get install -y chromium fonts-wqy-microhei; node and npm)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

export CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROME_PATH" ]; then
  echo "No Chromium at $CHROME_PATH. Install it: apt-get install -y chromium fonts-wqy-microhei" >&2
  exit 2
fi

# Lighthouse itself, from the npm registry, into tools/lighthouse/node_modules (git-ignored); the version is pinned in
# tools/lighthouse/package.json. --no-save keeps package.json as it is.
lighthouse="$root/tools/lighthouse/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ]; then
  (cd tools/lighthouse && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error)
fi

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The Release build as it ships: published, started from its own folder (its content root: appsettings.json, wwwroot/).
dotnet publish src/DebtHelp.Web --configuration Release --nologo -v quiet --output "$work/site"

port="$(node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
base="http://127.0.0.1:$port"
(cd "$work/site" && Content__RootPath="$root/content" Content__Watch=false Index__Directory="$work/index" \
  exec dotnet DebtHelp.Web.dll --urls "$base" >"$work/site.log" 2>&1) &
server=$!

for _ in $(seq 1 300); do
  if curl -fs "$base/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then break; fi
  sleep 0.2
done
if ! curl -fs "$base/healthz" >/dev/null 2>&1; then
  echo "the site did not start at $base:" >&2
  cat "$work/site.log" >&2
  exit 1
fi
echo "site at $base"

# name|path (the search query percent-encoded: 催收上门)
pages=(
  "home|/"
  "article|/articles/night-visits"
  "search|/search"
  "results|/search?q=%E5%82%AC%E6%94%B6%E4%B8%8A%E9%97%A8"
  "articles|/articles"
  "topics|/topics"
  "about|/about"
  "accessibility|/accessibility"
  "rights-card|/articles/rights-card"
  "emergency|/articles/collector-at-door-now"
  "timeline-zh-hk|/zh-hk/articles/sued-summons-what-to-do"
  "letters|/letters"
  "report|/report"
  "offline|/offline"
)
flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
for entry in "${pages[@]}"; do
  name="${entry%%|*}"
  path="${entry#*|}"
  echo "lighthouse $path"
  "$lighthouse" "$base$path" --quiet --output=json --output-path="$work/$name.json" --chrome-flags="$flags"
done

chromium_version="$("$CHROME_PATH" --version 2>/dev/null | head -n 1)"
node - "$work" "$root/docs/lighthouse.md" "$chromium_version" <<'JS'
const fs = require('fs');
const [work, out, chromium] = process.argv.slice(2);
const pages = [
  ['home', '/'],
  ['article', '/articles/night-visits'],
  ['search', '/search'],
  ['results', '/search?q=催收上门'],
  ['articles', '/articles'],
  ['topics', '/topics'],
  ['about', '/about'],
  ['accessibility', '/accessibility'],
  ['rights-card', '/articles/rights-card'],
  ['emergency', '/articles/collector-at-door-now'],
  ['timeline-zh-hk', '/zh-hk/articles/sued-summons-what-to-do'],
  ['letters', '/letters'],
  ['report', '/report'],
  ['offline', '/offline'],
];
const floors = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const names = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };
const metrics = [
  ['first-contentful-paint', 'FCP'], ['largest-contentful-paint', 'LCP'], ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'], ['speed-index', 'Speed Index'],
];
let below = 0;
let version = '';
const rows = [];
const timings = [];
const shortfalls = [];
// Why an audit falls short on this site, where that is known and deliberate.
const reasons = {
  'is-crawlable': 'A results page sends `<meta name="robots" content="noindex">` on purpose: its heading repeats whatever '
    + 'text the link carries, so an indexed results page would let anyone publish their words under this site\'s name '
    + '(search spam), and search engines advise keeping internal results out of their index. The search page itself '
    + '(`/search`) is indexable and meets the floor.',
  'render-blocking-resources': 'The one stylesheet, site.css (about 7 KB, 2 KB gzipped), is loaded in <head>; the saving is one '
    + 'simulated slow-4G round trip. Inlining it would need a CSP hash or \'unsafe-inline\' for style-src.',
  'total-blocking-time': 'The site has no script: the time is HTML parsing, style and layout under the simulated 4x '
    + 'slower CPU, and varies by tens of milliseconds from run to run.',
};
for (const [name, path] of pages) {
  const lhr = JSON.parse(fs.readFileSync(`${work}/${name}.json`, 'utf8'));
  version = lhr.lighthouseVersion;
  const failing = {};
  for (const id of Object.keys(floors)) {
    failing[id] = [];
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      const scored = ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
      // Lighthouse 12 reports each insight twice (the classic audit and its "-insight" twin): list the classic one.
      if (!scored || audit.score === null || audit.score >= 1 || ref.id.endsWith('-insight')) continue;
      // Performance diagnostics that carry no weight and save nothing (max-potential-fid) are not shortfalls.
      if (id === 'performance' && ref.weight === 0 && audit.scoreDisplayMode !== 'metricSavings') continue;
      failing[id].push(ref.id);
      const detail = audit.displayValue ? ` (${audit.displayValue})` : '';
      const why = reasons[ref.id] ?? audit.description.split(' [Learn')[0];
      shortfalls.push(`- \`${path}\`, ${names[id]}: **${audit.title}** \`${ref.id}\`${detail}, score ${audit.score}. ${why}`);
    }
  }
  const noindexOnPurpose = ['results', 'report', 'offline'].includes(name) && failing.seo.length === 1 && failing.seo[0] === 'is-crawlable';
  const scores = Object.keys(floors).map(id => {
    const score = Math.round(lhr.categories[id].score * 100);
    if (score >= floors[id]) return `${score}`;
    if (id === 'seo' && noindexOnPurpose) return `${score} (noindex on purpose)`;
    below++;
    return `**${score}** (floor ${floors[id]})`;
  });
  rows.push(`| \`${path}\` | ${scores.join(' | ')} |`);
  timings.push(`| \`${path}\` | ${metrics.map(([id]) => lhr.audits[id].displayValue).join(' | ')} |`);
}
const md = `# Lighthouse

Measured by \`scripts/lighthouse.sh\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${version}, ${chromium}, headless,
Lighthouse's default mobile profile (Moto G Power sized screen, simulated slow 4G and 4x CPU slowdown), against the
published Release build serving the real \`content/\` on 127.0.0.1. Floors: performance 95; accessibility, best practices
and SEO 100 on home, an article, the search page, the indexes (/articles, /topics), /about, /accessibility and the
rights card; a results page, the mistake-report form and the offline fallback are measured too and are noindex on purpose (see below).

| page | ${Object.values(names).join(' | ')} |
|---|---|---|---|---|
${rows.join('\n')}

Timings (simulated mobile):

| page | ${metrics.map(([, label]) => label).join(' | ')} |
|---|---|---|---|---|---|
${timings.join('\n')}

Performance moves by a few points between runs on a busy 2-core machine: simulated TBT on these script-free pages
has ranged from 0 to 200 ms (one run gave \`/search\` 97).

## Audits that fell short

${shortfalls.length ? shortfalls.join('\n') : 'None: every scored audit passed on every page.'}

Run it again with \`scripts/lighthouse.sh\` (it installs Lighthouse into \`tools/lighthouse/node_modules\` from the npm
registry, pinned in \`tools/lighthouse/package.json\`: 12.x, because Lighthouse 13 needs Node 22.19 and these machines
have Node 20). Lighthouse starts Chromium itself with \`CHROME_PATH=/usr/bin/chromium\` and the flags that keep it off
the network (\`--disable-background-networking --disable-component-update --disable-sync\` and the rest).
`;
fs.writeFileSync(out, md);
console.log(md);
process.exitCode = below > 0 ? 1 : 0;
JS
