/**
 * What an output file holds: text, bytes, or pieces made while the file is written (answers.csv of
 * millions of rows is never one string; answers.arrow is built only when its turn comes).
 */
export type OutputContent = string | Uint8Array | { readonly pieces: () => Iterable<string | Uint8Array> }

/** A file a stage wants written into the run folder, at a path relative to it (e.g. "sdg/16-4-2.csv"). */
export interface OutputFile {
  readonly file: string
  readonly content: OutputContent
}
