#!/bin/sh
# A Slurm job array: task i of N runs shard i/N of the Monte Carlo (SLURM_ARRAY_TASK_ID → --shard) from a
# checkout with `npm ci` done, writing out/part-i.json. Submit from the repository root:
#   sbatch --array=0-3 deploy/slurm.sh      # N = 4 tasks; then: npm run sim -- merge out/part-*.json
#SBATCH --job-name=plenum-montecarlo
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=01:00:00
#SBATCH --output=out/slurm-%A_%a.log
set -eu
SHARDS=${SLURM_ARRAY_TASK_COUNT:?run as an array job: sbatch --array=0-3 deploy/slurm.sh}
mkdir -p out
npm run --silent sim -- failures scenarios/default.json --months 24 --replicas 1000 --seed 1 \
  --workers "${SLURM_CPUS_PER_TASK:-1}" --shard "$SLURM_ARRAY_TASK_ID/$SHARDS" > "out/part-$SLURM_ARRAY_TASK_ID.json"
