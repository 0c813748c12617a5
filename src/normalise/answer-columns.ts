import { OUTLINE } from "../outline/elements.ts"
import { placeOf } from "../outline/outline.ts"
import { STATES } from "../reference/states.ts"
import type { AnswerRow } from "./answer-row.ts"
import { AnswerCode, MEASURES, ParseQuality, Sex, WeaponClass } from "./vocabularies.ts"

/**
 * One file's accepted answers held as columns: a State, element or vocabulary value is a small number (its
 * position in the list below), text is a number into the chunk's own list of distinct texts, a missing
 * number is NaN and a missing year 0. About 40 bytes a row where an AnswerRow object takes over 200, and
 * made only of typed arrays and one array of strings, so it is cheap to cache (v8.serialize) and to move
 * between threads. Every other field of AnswerRow follows from these (the State's names and region, the
 * element's section and instrument): `answerAt` gives the row back.
 */
export interface AnswerChunk {
  readonly file: string
  readonly length: number
  readonly texts: ReadonlyArray<string>
  /** position in STATES */
  readonly state: Uint8Array
  readonly cycle: Uint16Array
  /** text: the ISO date, or "" */
  readonly submittedOn: Int32Array
  /** position in OUTLINE */
  readonly element: Uint16Array
  readonly question: Int32Array
  readonly answerRaw: Int32Array
  readonly answerCode: Uint8Array
  /** NaN for no number */
  readonly answerNumber: Float64Array
  readonly parseQuality: Uint8Array
  /** position in MEASURE_CODES ("" first) */
  readonly measure: Uint8Array
  readonly sex: Uint8Array
  readonly weaponClass: Uint8Array
  /** 0 for no year */
  readonly year: Uint16Array
  readonly note: Int32Array
  readonly line: Uint32Array
}

export const ANSWER_CODES: ReadonlyArray<AnswerCode> = AnswerCode.literals
export const PARSE_QUALITIES: ReadonlyArray<ParseQuality> = ParseQuality.literals
export const MEASURE_CODES: ReadonlyArray<AnswerRow["measure"]> = ["", ...MEASURES]
export const SEX_CODES: ReadonlyArray<AnswerRow["sex"]> = ["", ...Sex.literals]
export const WEAPON_CLASS_CODES: ReadonlyArray<WeaponClass> = WeaponClass.literals

const positions = <A>(values: ReadonlyArray<A>): Map<A, number> => new Map(values.map((value, i) => [value, i]))
export const STATE_POSITION: ReadonlyMap<string, number> = positions(STATES.map((s) => s.iso3))
export const ELEMENT_POSITION: ReadonlyMap<string, number> = positions(OUTLINE.map((e) => e.id))
const ELEMENT_PLACES = OUTLINE.map((e) => placeOf(e.id))
export const ANSWER_CODE_POSITION: ReadonlyMap<AnswerCode, number> = positions(ANSWER_CODES)
export const PARSE_QUALITY_POSITION: ReadonlyMap<ParseQuality, number> = positions(PARSE_QUALITIES)
export const MEASURE_POSITION: ReadonlyMap<AnswerRow["measure"], number> = positions(MEASURE_CODES)
export const SEX_POSITION: ReadonlyMap<AnswerRow["sex"], number> = positions(SEX_CODES)
export const WEAPON_CLASS_POSITION: ReadonlyMap<WeaponClass, number> = positions(WEAPON_CLASS_CODES)

/**
 * A copy of a string that shares no memory with the text it was cut from: a parser's cell is a slice of its
 * whole chunk, and keeping the slice keeps the chunk.
 */
const detached = (text: string): string => (text.length < 13 ? text : Buffer.from(text, "utf8").toString("utf8"))

/** The values of one accepted row, as the normaliser fills them before `commit` (codes as in AnswerChunk). */
export interface PendingAnswer {
  state: number
  cycle: number
  submittedOn: string
  element: number
  question: string
  answerRaw: string
  answerCode: number
  answerNumber: number
  parseQuality: number
  measure: number
  sex: number
  weaponClass: number
  year: number
  note: string
  line: number
}

/** Builds one file's AnswerChunk, row after row; capacity doubles as needed and the chunk is trimmed at the end. */
export class AnswerChunkBuilder {
  /** the row being filled; `commit` appends it */
  readonly row: PendingAnswer = {
    state: 0,
    cycle: 0,
    submittedOn: "",
    element: 0,
    question: "",
    answerRaw: "",
    answerCode: 0,
    answerNumber: Number.NaN,
    parseQuality: 0,
    measure: 0,
    sex: 0,
    weaponClass: 0,
    year: 0,
    note: "",
    line: 0
  }
  length = 0
  private capacity: number
  // "" is always text 0; each text column remembers its previous value (a submission date, a stock
  // answer or an empty note repeats row after row), which spares most dictionary look-ups.
  private readonly texts: Array<string> = [""]
  private readonly textCodes = new Map<string, number>([["", 0]])
  private lastSubmittedOn = ""
  private lastSubmittedOnCode = 0
  private lastQuestion = ""
  private lastQuestionCode = 0
  private lastAnswerRaw = ""
  private lastAnswerRawCode = 0
  private lastNote = ""
  private lastNoteCode = 0
  private state: Uint8Array
  private cycle: Uint16Array
  private submittedOn: Int32Array
  private element: Uint16Array
  private question: Int32Array
  private answerRaw: Int32Array
  private answerCode: Uint8Array
  private answerNumber: Float64Array
  private parseQuality: Uint8Array
  private measure: Uint8Array
  private sex: Uint8Array
  private weaponClass: Uint8Array
  private year: Uint16Array
  private note: Int32Array
  private line: Uint32Array

  constructor(
    readonly file: string,
    capacity = 1024
  ) {
    this.capacity = capacity
    this.state = new Uint8Array(capacity)
    this.cycle = new Uint16Array(capacity)
    this.submittedOn = new Int32Array(capacity)
    this.element = new Uint16Array(capacity)
    this.question = new Int32Array(capacity)
    this.answerRaw = new Int32Array(capacity)
    this.answerCode = new Uint8Array(capacity)
    this.answerNumber = new Float64Array(capacity)
    this.parseQuality = new Uint8Array(capacity)
    this.measure = new Uint8Array(capacity)
    this.sex = new Uint8Array(capacity)
    this.weaponClass = new Uint8Array(capacity)
    this.year = new Uint16Array(capacity)
    this.note = new Int32Array(capacity)
    this.line = new Uint32Array(capacity)
  }

  /** The chunk's number for a text, adding it (as a detached copy) the first time it is seen. */
  text(text: string): number {
    let code = this.textCodes.get(text)
    if (code === undefined) {
      code = this.texts.length
      const copy = detached(text)
      this.texts.push(copy)
      this.textCodes.set(copy, code)
    }
    return code
  }

  /** Appends `row` as it stands. */
  commit(): void {
    if (this.length === this.capacity) this.grow(this.capacity * 2)
    const r = this.row
    const i = this.length++
    this.state[i] = r.state
    this.cycle[i] = r.cycle
    if (r.submittedOn !== this.lastSubmittedOn) {
      this.lastSubmittedOn = r.submittedOn
      this.lastSubmittedOnCode = this.text(r.submittedOn)
    }
    this.submittedOn[i] = this.lastSubmittedOnCode
    this.element[i] = r.element
    if (r.question !== this.lastQuestion) {
      this.lastQuestion = r.question
      this.lastQuestionCode = this.text(r.question)
    }
    this.question[i] = this.lastQuestionCode
    if (r.answerRaw !== this.lastAnswerRaw) {
      this.lastAnswerRaw = r.answerRaw
      this.lastAnswerRawCode = this.text(r.answerRaw)
    }
    this.answerRaw[i] = this.lastAnswerRawCode
    this.answerCode[i] = r.answerCode
    this.answerNumber[i] = r.answerNumber
    this.parseQuality[i] = r.parseQuality
    this.measure[i] = r.measure
    this.sex[i] = r.sex
    this.weaponClass[i] = r.weaponClass
    this.year[i] = r.year
    if (r.note !== this.lastNote) {
      this.lastNote = r.note
      this.lastNoteCode = this.text(r.note)
    }
    this.note[i] = this.lastNoteCode
    this.line[i] = r.line
  }

  /** Appends a whole AnswerRow (tests, and rows that do not come from a file being read). */
  push(answer: AnswerRow): void {
    const r = this.row
    r.state = positionOf(STATE_POSITION, answer.iso3, "State")
    r.cycle = answer.cycle
    r.submittedOn = answer.submitted_on
    r.element = positionOf(ELEMENT_POSITION, answer.element_id, "Outline element")
    r.question = answer.question
    r.answerRaw = answer.answer_raw
    r.answerCode = positionOf(ANSWER_CODE_POSITION, answer.answer_code, "answer code")
    r.answerNumber = answer.answer_number ?? Number.NaN
    r.parseQuality = positionOf(PARSE_QUALITY_POSITION, answer.parse_quality, "parse quality")
    r.measure = positionOf(MEASURE_POSITION, answer.measure, "measure")
    r.sex = positionOf(SEX_POSITION, answer.sex, "sex")
    r.weaponClass = positionOf(WEAPON_CLASS_POSITION, answer.weapon_class, "weapon class")
    r.year = answer.year ?? 0
    r.note = answer.note
    r.line = answer.source_line
    this.commit()
  }

  finish(): AnswerChunk {
    this.grow(this.length)
    return {
      file: this.file,
      length: this.length,
      texts: this.texts,
      state: this.state,
      cycle: this.cycle,
      submittedOn: this.submittedOn,
      element: this.element,
      question: this.question,
      answerRaw: this.answerRaw,
      answerCode: this.answerCode,
      answerNumber: this.answerNumber,
      parseQuality: this.parseQuality,
      measure: this.measure,
      sex: this.sex,
      weaponClass: this.weaponClass,
      year: this.year,
      note: this.note,
      line: this.line
    }
  }

  private grow(capacity: number): void {
    const n = this.length
    const resize = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(
      array: T,
      make: (size: number) => T
    ): T => {
      const next = make(capacity)
      next.set(array.subarray(0, n))
      return next
    }
    this.state = resize(this.state, (s) => new Uint8Array(s))
    this.cycle = resize(this.cycle, (s) => new Uint16Array(s))
    this.submittedOn = resize(this.submittedOn, (s) => new Int32Array(s))
    this.element = resize(this.element, (s) => new Uint16Array(s))
    this.question = resize(this.question, (s) => new Int32Array(s))
    this.answerRaw = resize(this.answerRaw, (s) => new Int32Array(s))
    this.answerCode = resize(this.answerCode, (s) => new Uint8Array(s))
    this.answerNumber = resize(this.answerNumber, (s) => new Float64Array(s))
    this.parseQuality = resize(this.parseQuality, (s) => new Uint8Array(s))
    this.measure = resize(this.measure, (s) => new Uint8Array(s))
    this.sex = resize(this.sex, (s) => new Uint8Array(s))
    this.weaponClass = resize(this.weaponClass, (s) => new Uint8Array(s))
    this.year = resize(this.year, (s) => new Uint16Array(s))
    this.note = resize(this.note, (s) => new Int32Array(s))
    this.line = resize(this.line, (s) => new Uint32Array(s))
    this.capacity = capacity
  }
}

const positionOf = <A>(map: ReadonlyMap<A, number>, value: A, what: string): number => {
  const position = map.get(value)
  if (position === undefined) throw new Error(`not a known ${what}: "${String(value)}"`)
  return position
}

/** Row `i` of a chunk as an AnswerRow (a new object each time). */
export const answerAt = (chunk: AnswerChunk, i: number): AnswerRow => {
  const state = STATES[chunk.state[i]!]!
  const element = OUTLINE[chunk.element[i]!]!
  const place = ELEMENT_PLACES[chunk.element[i]!]!
  const texts = chunk.texts
  const number = chunk.answerNumber[i]!
  const year = chunk.year[i]!
  return {
    iso3: state.iso3,
    m49: state.m49,
    state_name: state.name,
    region: state.region,
    sub_region: state.subRegion,
    cycle: chunk.cycle[i]!,
    submitted_on: texts[chunk.submittedOn[i]!]!,
    element_id: element.id,
    section: place.section,
    instrument: place.instrument,
    question: texts[chunk.question[i]!]!,
    answer_raw: texts[chunk.answerRaw[i]!]!,
    answer_code: ANSWER_CODES[chunk.answerCode[i]!]!,
    answer_number: Number.isNaN(number) ? null : number,
    parse_quality: PARSE_QUALITIES[chunk.parseQuality[i]!]!,
    measure: MEASURE_CODES[chunk.measure[i]!]!,
    sex: SEX_CODES[chunk.sex[i]!]!,
    weapon_class: WEAPON_CLASS_CODES[chunk.weaponClass[i]!]!,
    year: year === 0 ? null : year,
    note: texts[chunk.note[i]!]!,
    source_file: chunk.file,
    source_line: chunk.line[i]!
  }
}

/**
 * The national-report answers of a run: the chunks of its files, each with an optional mask of the rows
 * that belong here (revisions split one set of chunks into current and superseded without copying rows).
 * Iterating gives AnswerRow objects one at a time, so a stage that walks the answers holds one row, not all.
 */
export class Answers implements Iterable<AnswerRow> {
  readonly size: number

  constructor(
    readonly chunks: ReadonlyArray<AnswerChunk>,
    /** per chunk: 1 where the row belongs to this set; undefined when every row does */
    readonly masks: ReadonlyArray<Uint8Array | undefined> = []
  ) {
    let size = 0
    chunks.forEach((chunk, c) => {
      const mask = masks[c]
      if (mask === undefined) size += chunk.length
      else for (let i = 0; i < chunk.length; i++) size += mask[i]!
    })
    this.size = size
  }

  /**
   * Answers from AnswerRow objects, in their order: a chunk for each run of rows from one source file. The
   * State's names and region and the element's section and instrument are taken from the reference lists
   * (the store keeps only the ISO3 code and the element id).
   */
  static fromRows(rows: Iterable<AnswerRow>): Answers {
    const chunks: Array<AnswerChunk> = []
    let builder: AnswerChunkBuilder | undefined
    for (const row of rows) {
      if (builder?.file !== row.source_file) {
        if (builder !== undefined) chunks.push(builder.finish())
        builder = new AnswerChunkBuilder(row.source_file)
      }
      builder.push(row)
    }
    if (builder !== undefined) chunks.push(builder.finish())
    return new Answers(chunks)
  }

  /** Rows in this set by source file. */
  rowsByFile(): Map<string, number> {
    const counts = new Map<string, number>()
    this.forEachRow((chunk) => counts.set(chunk.file, (counts.get(chunk.file) ?? 0) + 1))
    return counts
  }

  /** Calls `visit` with each chunk and each of its row numbers in this set, in order. */
  forEachRow(visit: (chunk: AnswerChunk, i: number) => void): void {
    this.chunks.forEach((chunk, c) => {
      const mask = this.masks[c]
      for (let i = 0; i < chunk.length; i++) if (mask === undefined || mask[i] === 1) visit(chunk, i)
    })
  }

  *[Symbol.iterator](): Iterator<AnswerRow> {
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!
      const mask = this.masks[c]
      for (let i = 0; i < chunk.length; i++) if (mask === undefined || mask[i] === 1) yield answerAt(chunk, i)
    }
  }
}

/** Reads one AnswerRow field straight from a chunk's columns (no row object). */
export type FieldReader<K extends keyof AnswerRow> = (chunk: AnswerChunk, i: number) => AnswerRow[K]

const stateOfRow = (chunk: AnswerChunk, i: number) => STATES[chunk.state[i]!]!
const textOf = (column: Int32Array, chunk: AnswerChunk, i: number) => chunk.texts[column[i]!]!

/** For each AnswerRow field, how to read it from a chunk; answerAt and these agree (tests check it). */
export const FIELD_READERS: { readonly [K in keyof AnswerRow]: FieldReader<K> } = {
  iso3: (c, i) => stateOfRow(c, i).iso3,
  m49: (c, i) => stateOfRow(c, i).m49,
  state_name: (c, i) => stateOfRow(c, i).name,
  region: (c, i) => stateOfRow(c, i).region,
  sub_region: (c, i) => stateOfRow(c, i).subRegion,
  cycle: (c, i) => c.cycle[i]!,
  submitted_on: (c, i) => textOf(c.submittedOn, c, i),
  element_id: (c, i) => OUTLINE[c.element[i]!]!.id,
  section: (c, i) => ELEMENT_PLACES[c.element[i]!]!.section,
  instrument: (c, i) => ELEMENT_PLACES[c.element[i]!]!.instrument,
  question: (c, i) => textOf(c.question, c, i),
  answer_raw: (c, i) => textOf(c.answerRaw, c, i),
  answer_code: (c, i) => ANSWER_CODES[c.answerCode[i]!]!,
  answer_number: (c, i) => {
    const number = c.answerNumber[i]!
    return Number.isNaN(number) ? null : number
  },
  parse_quality: (c, i) => PARSE_QUALITIES[c.parseQuality[i]!]!,
  measure: (c, i) => MEASURE_CODES[c.measure[i]!]!,
  sex: (c, i) => SEX_CODES[c.sex[i]!]!,
  weapon_class: (c, i) => WEAPON_CLASS_CODES[c.weaponClass[i]!]!,
  year: (c, i) => (c.year[i] === 0 ? null : c.year[i]!),
  note: (c, i) => textOf(c.note, c, i),
  source_file: (c) => c.file,
  source_line: (c, i) => c.line[i]!
}

/**
 * The lines of `normalised/answers.csv` for these answers, in pieces of up to `rowsAPiece` lines, straight
 * from the columns: each distinct text, State and element is turned into its CSV cells once per chunk (quoted,
 * neutralised by `cell`), not once per row. Gives the same text as csvPieces(ANSWER_COLUMNS, answers)
 * without the header (a test checks it on the fixtures).
 */
export function* answerCsvLines(answers: Answers, cell: (value: string | number | null) => string, rowsAPiece: number): Generator<string> {
  const stateCells = STATES.map((s) => [s.iso3, s.m49, s.name, s.region, s.subRegion].map(cell).join(","))
  const elementCells = OUTLINE.map((e, i) => [e.id, ELEMENT_PLACES[i]!.section, ELEMENT_PLACES[i]!.instrument].map(cell).join(","))
  const codeCells = ANSWER_CODES.map(cell)
  const qualityCells = PARSE_QUALITIES.map(cell)
  const measureCells = MEASURE_CODES.map(cell)
  const sexCells = SEX_CODES.map(cell)
  const weaponCells = WEAPON_CLASS_CODES.map(cell)
  let lines: Array<string> = []
  for (let c = 0; c < answers.chunks.length; c++) {
    const chunk = answers.chunks[c]!
    const mask = answers.masks[c]
    const texts = chunk.texts.map(cell)
    const file = cell(chunk.file)
    for (let i = 0; i < chunk.length; i++) {
      if (mask !== undefined && mask[i] !== 1) continue
      const number = chunk.answerNumber[i]!
      const year = chunk.year[i]!
      lines.push(
        `${stateCells[chunk.state[i]!]},${chunk.cycle[i]},${texts[chunk.submittedOn[i]!]},${elementCells[chunk.element[i]!]},` +
          `${texts[chunk.question[i]!]},${texts[chunk.answerRaw[i]!]},${codeCells[chunk.answerCode[i]!]},` +
          `${Number.isNaN(number) ? "" : cell(number)},${qualityCells[chunk.parseQuality[i]!]},${measureCells[chunk.measure[i]!]},` +
          `${sexCells[chunk.sex[i]!]},${weaponCells[chunk.weaponClass[i]!]},${year === 0 ? "" : year},${texts[chunk.note[i]!]},` +
          `${file},${chunk.line[i]}`
      )
      if (lines.length === rowsAPiece) {
        yield `${lines.join("\r\n")}\r\n`
        lines = []
      }
    }
  }
  if (lines.length > 0) yield `${lines.join("\r\n")}\r\n`
}

/** One AnswerRow field of every answer, in order; read straight from the columns of an Answers store. */
export const columnOf = <K extends keyof AnswerRow>(answers: Iterable<AnswerRow>, name: K): Array<AnswerRow[K]> => {
  const values: Array<AnswerRow[K]> = []
  if (!(answers instanceof Answers)) {
    for (const answer of answers) values.push(answer[name])
    return values
  }
  const read = FIELD_READERS[name]
  for (let c = 0; c < answers.chunks.length; c++) {
    const chunk = answers.chunks[c]!
    const mask = answers.masks[c]
    for (let i = 0; i < chunk.length; i++) if (mask === undefined || mask[i] === 1) values.push(read(chunk, i))
  }
  return values
}
