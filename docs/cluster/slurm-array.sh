#!/bin/bash
# One Casus batch as a Slurm job array: array task i of n simulates shard i/n of the runs, its
# index read from SLURM_ARRAY_TASK_ID (via --shard-count), and writes $OUT/shard-i.json.
# A task that is requeued or resubmitted after being killed resumes from its checkpoint.
# Submit from the directory the results should go under, then merge once every task has succeeded:
#
#   jobid=$(sbatch --parsable docs/cluster/slurm-array.sh)
#   sbatch --dependency=afterok:$jobid --wrap 'bash docs/cluster/slurm-array.sh merge'
#
# Settings come from the environment (sbatch passes it on): SCENARIO, RUNS, SEED, OUT, CASUS.
# Array indices must be 0 … n−1; change --array and nothing else to use more or fewer tasks.
# Each task uses the CPUs Slurm gives it (SLURM_CPUS_PER_TASK, one unless you ask for more:
# `sbatch --cpus-per-task=8 docs/cluster/slurm-array.sh`), so the script runs unchanged on a
# one-CPU node.
#
#SBATCH --job-name=casus
#SBATCH --array=0-15
#SBATCH --ntasks=1
#SBATCH --time=02:00:00
#SBATCH --output=casus-%A_%a.log
set -euo pipefail

SCENARIO=${SCENARIO:-tutorial}     # a scenario file, or a bundled scenario id
RUNS=${RUNS:-10000000}             # runs in the whole batch (all tasks together)
SEED=${SEED:-2025}
OUT=${OUT:-results}

# The casus command: $CASUS if set (e.g. "node /opt/casus/packages/cli/dist/bin.js"), else `casus`
# on the PATH, else the built command of a Casus checkout in the directory the job was submitted from.
if [ -z "${CASUS:-}" ]; then
  if command -v casus >/dev/null 2>&1; then
    CASUS=casus
  elif [ -f "${SLURM_SUBMIT_DIR:-.}/packages/cli/dist/bin.js" ]; then
    CASUS="node ${SLURM_SUBMIT_DIR:-.}/packages/cli/dist/bin.js"
  else
    echo "slurm-array.sh: no casus command: put casus on the PATH or set CASUS" >&2
    exit 127
  fi
fi

if [ "${1:-}" = merge ]; then
  # shellcheck disable=SC2086  # CASUS may be a command with arguments
  exec $CASUS merge "$OUT"/shard-*.json --out "$OUT/all.json"
fi

mkdir -p "$OUT"
shard_out="$OUT/shard-$SLURM_ARRAY_TASK_ID.json"
resume=()
if [ -f "$shard_out.partial" ]; then resume=(--resume); fi

# shellcheck disable=SC2086  # CASUS may be a command with arguments
$CASUS run "$SCENARIO" --runs "$RUNS" --seed "$SEED" \
  --shard-count "$SLURM_ARRAY_TASK_COUNT" \
  --workers "${SLURM_CPUS_PER_TASK:-1}" \
  --out "$OUT/shard-{shard}.json" --quiet ${resume[@]+"${resume[@]}"}
