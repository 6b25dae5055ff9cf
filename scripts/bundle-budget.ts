/**
 * The most the pushed server code (okapi.js + main.js) may weigh: every custom-function
 * execution loads it all, so the build fails above it and the bench prints the headroom. Load
 * time (bench: bundle_load_ms) is the bar users feel; this limit keeps it from creeping up.
 */
export const SERVER_JS_LIMIT = 110_000;
