import type { AnswerChunk } from "../normalise/answer-columns.ts"
import type { AnswerRow } from "../normalise/answer-row.ts"
import type { FileIngest } from "./ingest-file.ts"

/** Main thread → ingest worker: read one national report file. */
export interface PoolRequest {
  readonly id: number
  readonly path: string
  readonly file: string
}

/** Ingest worker → main thread. */
export type PoolReply =
  | { readonly _tag: "Ready" }
  | { readonly _tag: "Bytes"; readonly id: number; readonly bytes: number }
  | { readonly _tag: "Done"; readonly id: number; readonly ingest: FileIngest<AnswerRow, AnswerChunk> }
  | { readonly _tag: "Failed"; readonly id: number; readonly message: string }

/** The buffers behind a chunk's columns, to transfer them to the other thread instead of copying. */
export const chunkBuffers = (chunk: AnswerChunk): Array<ArrayBuffer> => {
  const buffers = new Set<ArrayBuffer>()
  for (const value of Object.values(chunk)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer)
  }
  return [...buffers]
}
