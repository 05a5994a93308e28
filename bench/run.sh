#!/usr/bin/env bash
# MissionBot benchmarks, side by side with Hubot.
#   bench/run.sh           full run (about 20 minutes): micro benchmarks, load driver, Hubot; rewrites bench/RESULTS.md
#   bench/run.sh --smoke   a few seconds per part, no Hubot, RESULTS.md untouched: keeps the benchmarks from rotting (CI)
# Figures mean something only on a quiet machine: nothing else building or testing meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=false
[[ "${1:-}" == "--smoke" ]] && smoke=true

# The bot as shipped (Dockerfile): self-contained, trimmed, for this machine's platform (Bot.csproj says how).
rm -rf Bot/bin/Release/shipped
dotnet publish Bot/Bot.csproj -c Release --use-current-runtime -o Bot/bin/Release/shipped -v quiet -nologo
if [[ ! -f Bot/bin/Release/shipped/System.Private.CoreLib.dll ]]; then
  echo "Bot/bin/Release/shipped is not self-contained: the figures would not be the shipped build's" >&2
  exit 1
fi
dotnet build bench/MissionBot.LoadDriver/MissionBot.LoadDriver.csproj -c Release -v quiet -nologo
dotnet build bench/MissionBot.Bench/MissionBot.Bench.csproj -c Release -v quiet -nologo
driver=bench/MissionBot.LoadDriver/bin/Release/net10.0/MissionBot.LoadDriver.dll
micro=bench/MissionBot.Bench/bin/Release/net10.0/MissionBot.Bench.dll

if $smoke; then
  # The shipped (trimmed) build through the console sandbox: a reply, the personal data export and the year's report
  # go through the JSON and storage code that trimming could break; the load driver below covers Mattermost.
  sandbox=$(mktemp -d)
  transcript=$(printf '/mission new Atelier compta | skills: comptabilité\n:as bob\n:reply 1 je suis partant\n/mission my-data\n:as alice\n/mission report %s\n' "$(date +%Y)" |
    MISSIONBOT_Storage__Path="$sandbox/sandbox.db" MISSIONBOT_Missions__Coordinators__0=alice Bot/bin/Release/shipped/MissionBot 2>&1)
  rm -rf "$sandbox"
  for expected in "réaction ✅" '"username": "bob"' "fichier missions-$(date +%Y).csv"; do
    if ! grep -qF "$expected" <<<"$transcript"; then
      echo "$transcript"
      echo "shipped build, sandbox: no \"$expected\" in the transcript above" >&2
      exit 1
    fi
  done
  dotnet "$micro" --smoke
  out=$(mktemp)
  dotnet "$driver" --smoke --out "$out"
  rm -f "$out"
  echo "bench smoke: OK"
  exit 0
fi

# Hubot is installed here, never committed (bench/hubot/node_modules is ignored).
(cd bench/hubot && npm install --no-audit --no-fund --loglevel=error)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf bench/BenchmarkDotNet.Artifacts/results
# The bot's and Hubot's whole output, kept (git-ignored) so that a run that stops has its post-mortem.
export MISSIONBOT_BENCH_LOG_DIR="${MISSIONBOT_BENCH_LOG_DIR:-bench/BenchmarkDotNet.Artifacts/logs}"
rm -rf bench/BenchmarkDotNet.Artifacts/logs
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
dotnet "$micro" --exporters github | tee "$work/micro.log"
dotnet "$driver" --hubot-dir bench/hubot --out "$work/load.md"

{
  echo "# MissionBot benchmarks"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)."
  echo
  echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr), .NET $(dotnet --version), Node $(node --version)."
  echo "Load average before the run: ${load_before}; after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  if [[ -f bench/RESULTS.notes.md ]]; then cat bench/RESULTS.notes.md; echo; fi
  echo "## Load (bench/MissionBot.LoadDriver)"
  echo
  cat "$work/load.md"
  echo
  echo "## Micro benchmarks (bench/MissionBot.Bench, BenchmarkDotNet)"
  echo
  for f in bench/BenchmarkDotNet.Artifacts/results/*-report-github.md; do
    [[ -f "$f" ]] && { cat "$f"; echo; }
  done
} > bench/RESULTS.md
echo "bench/RESULTS.md rewritten"
