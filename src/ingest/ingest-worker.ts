/**
 * A worker thread that reads national report files for the main thread (see ingest-pool.ts): each message
 * names a file, the answer is its FileIngest, with the answer columns' buffers transferred, not copied.
 */
import { parentPort } from "node:worker_threads"
import { REPORT_FILE } from "../normalise/report-row.ts"
import { ingestFile } from "./ingest-file.ts"
import { chunkBuffers, type PoolReply, type PoolRequest } from "./pool-messages.ts"

const port = parentPort
if (port === null) throw new Error("ingest-worker.ts runs as a worker thread (see ingest-pool.ts)")

// Bytes read are reported in steps, not per stream chunk, to keep messages few.
const BYTES_STEP = 1 << 20

port.on("message", async (request: PoolRequest) => {
  const reply = (message: PoolReply, transfer: ReadonlyArray<ArrayBuffer> = []) => port.postMessage(message, [...transfer])
  let unreported = 0
  const onBytes = (bytes: number) => {
    unreported += bytes
    if (unreported >= BYTES_STEP) {
      reply({ _tag: "Bytes", id: request.id, bytes: unreported })
      unreported = 0
    }
  }
  try {
    const ingest = await ingestFile(request.path, request.file, REPORT_FILE, onBytes)
    if (unreported > 0) reply({ _tag: "Bytes", id: request.id, bytes: unreported })
    reply({ _tag: "Done", id: request.id, ingest }, chunkBuffers(ingest.accepted))
  } catch (error) {
    reply({ _tag: "Failed", id: request.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
port.postMessage({ _tag: "Ready" } satisfies PoolReply)
