// A worker's defaults, apart from the queue code so that the command line can show them without loading the analysis.

/** How long a job stays one worker's, how often it is tried, and the first retry delay (doubling each try). */
export const DEFAULT_WORKER = { leaseMs: 120_000, maxAttempts: 3, backoffMs: 30_000 };
