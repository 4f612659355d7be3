#!/bin/bash
# One Casus batch as a Slurm job array: array task i of n simulates shard i/n of the runs, its
# index read from SLURM_ARRAY_TASK_ID (via --shard-count), and writes results/shard-i.json.
# A task that is requeued or resubmitted after being killed resumes from its checkpoint.
#
#   jobid=$(sbatch --parsable docs/cluster/slurm-array.sh)
#   sbatch --dependency=afterok:$jobid --wrap 'casus merge results/shard-*.json --out results/all.json'
#
# Settings come from the environment (sbatch passes it on): SCENARIO, RUNS, SEED, OUT, CASUS.
# Array indices must be 0 … n−1; change --array and nothing else to use more or fewer tasks.
#
#SBATCH --job-name=casus
#SBATCH --array=0-15
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=4
#SBATCH --time=02:00:00
#SBATCH --output=casus-%A_%a.log
set -euo pipefail

SCENARIO=${SCENARIO:-tutorial}     # a scenario file, or a bundled scenario id
RUNS=${RUNS:-10000000}             # runs in the whole batch (all tasks together)
SEED=${SEED:-2025}
OUT=${OUT:-results}
CASUS=${CASUS:-casus}              # e.g. "node /opt/casus/packages/cli/dist/bin.js"

mkdir -p "$OUT"
shard_out="$OUT/shard-$SLURM_ARRAY_TASK_ID.json"
resume=()
if [ -f "$shard_out.partial" ]; then resume=(--resume); fi

# shellcheck disable=SC2086  # CASUS may be a command with arguments
$CASUS run "$SCENARIO" --runs "$RUNS" --seed "$SEED" \
  --shard-count "$SLURM_ARRAY_TASK_COUNT" \
  --workers "${SLURM_CPUS_PER_TASK:-1}" \
  --out "$OUT/shard-{shard}.json" --quiet "${resume[@]}"
