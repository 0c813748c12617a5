/** A file a stage wants written into the run folder, at a path relative to it (e.g. "sdg/16-4-2.csv"). */
export interface OutputFile {
  readonly file: string
  readonly content: string | Uint8Array
}
