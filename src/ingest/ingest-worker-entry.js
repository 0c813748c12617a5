// Entry of an ingest worker thread (see ingest-pool.ts). Workers do not inherit the main thread's
// TypeScript loader, so this plain module registers tsx (a runtime dependency, as for bin/poa.js) before
// loading the worker itself. The packages the worker uses are loaded first, natively: through tsx's hooks
// every one of Effect's modules costs a round trip to the hooks thread (≈ 0.15 s of a ≈ 0.5 s start).
// Only a warm-up: a package missing here is loaded through tsx like any other.
await Promise.all([
  import("effect/Schema"),
  import("effect/Result"),
  import("effect/SchemaIssue"),
  import("effect/schema/SchemaJITCompiler"),
  import("papaparse"),
  import("iconv-lite"),
  import("i18n-iso-countries")
])
const { register } = await import("tsx/esm/api")
register()
await import("./ingest-worker.ts")
