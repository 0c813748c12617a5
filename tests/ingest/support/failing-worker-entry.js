// An ingest worker entry that fails as it starts (tests/ingest/ingest-pool.test.ts).
throw new Error("worker entry failed on purpose")
