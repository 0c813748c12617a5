// Entry of an ingest worker thread: workers do not inherit the main thread's TypeScript loader, so this
// plain module registers tsx (a runtime dependency, as for bin/poa.js) before loading the worker itself.
import { register } from "tsx/esm/api"

register()
await import("./ingest-worker.ts")
