import { START_REPEATS } from "./bench-item-count";
import { CONNECTIONS, LOAD_SECONDS, ROUNDS, WARMUP_SECONDS } from "./bench-throughput";
import { FILES_PER_REQUEST } from "./fill-store";
import { WARMUP_PASSES } from "./measure-start";
import { NGINX_WORKERS } from "./start-nginx";

/** How the bench measures, as the report states it. */
export const settings = {
  startRepeats: START_REPEATS,
  heapWarmupPasses: WARMUP_PASSES,
  rounds: ROUNDS,
  warmupSeconds: WARMUP_SECONDS,
  loadSeconds: LOAD_SECONDS,
  connections: CONNECTIONS,
  nginxWorkers: NGINX_WORKERS,
  filesPerRequest: FILES_PER_REQUEST,
};
