#!/usr/bin/env bash
# Lighthouse (mobile, its default) on the home, a lesson and a quiz page of the built site, three
# runs each: prints each category's score and the layout shift, then the median performance.
# Lighthouse is not a dependency of the project (it is large and only measures): npx fetches it
# when this runs. It needs Node 22 or later (the project's own Node 24 is used) and Chromium.
#   npm run build && npm run bench:lighthouse
set -euo pipefail
port=${LIGHTHOUSE_PORT:-4499}
# Through npm run, node_modules/.bin comes first in PATH: node (and so npx and Lighthouse) is Node 24.
node=node
chrome=${CHROMIUM_PATH:-/usr/bin/chromium}
"$node" tests/support/static-server.mjs dist "$port" / >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
out=$(mktemp -d)
for page in "" "staying-safe/strong-passwords/" "staying-safe/strong-passwords/quiz/"; do
	scores=()
	for run in 1 2 3; do
		file="$out/$run.json"
		CHROME_PATH="$chrome" npx --yes lighthouse@13 "http://127.0.0.1:$port/$page" --quiet \
			--chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$file" >/dev/null 2>&1
		line=$("$node" -e '
			const r = require(process.argv[1]);
			const scores = Object.entries(r.categories).map(([k, v]) => `${k} ${Math.round(v.score * 100)}`).join(", ");
			console.log(`${Math.round(r.categories.performance.score * 100)}\t${scores}; layout shift ${r.audits["cumulative-layout-shift"].numericValue.toFixed(3)}`);
		' "$file")
		scores+=("${line%%$'\t'*}")
		echo "/${page}  run $run: ${line#*$'\t'}"
	done
	median=$(printf '%s\n' "${scores[@]}" | sort -n | sed -n 2p)
	echo "/${page}  median performance: $median"
done
