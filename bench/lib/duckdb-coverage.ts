import { join } from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import type { CoverageRow } from "../../src/metrics/types.ts"
import { OUTLINE } from "../../src/outline/elements.ts"
import { ancestorsOf } from "../../src/outline/outline.ts"
import { STATES } from "../../src/reference/states.ts"

/**
 * The coverage figures of src/metrics/coverage-by-element.ts (world and M49 regions × cycle × element:
 * reporting States, States answering the element or anything below it, yes/no/developing on exactly it)
 * as one DuckDB query over the canonical copy of the reports. DuckDB cannot resolve State names or element
 * notations, so it reads canonical/ (UTF-8, comma, ISO3, canonical ids, English answer words, plus the
 * original file and line); the rest — dropping the rows the pipeline rejects, revisions, roll-up to
 * headings, "latest line wins" — it does itself.
 */

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`
const values = (rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  rows.map((r) => `(${r.map((v) => (typeof v === "number" ? String(v) : quote(v))).join(", ")})`).join(",\n")

const REFERENCE_TABLES = `
CREATE TEMP TABLE states AS SELECT * FROM (VALUES ${values(STATES.map((s) => [s.iso3, s.regionCode]))}) t(iso3, region_code);
CREATE TEMP TABLE elements AS SELECT * FROM (VALUES ${values(OUTLINE.map((e, i) => [e.id, i]))}) t(element_id, element_order);
CREATE TEMP TABLE rollup AS SELECT * FROM (VALUES ${values(OUTLINE.flatMap((e) => [e.id, ...ancestorsOf(e.id)].map((c) => [e.id, c])))}) t(element_id, covers);
CREATE TEMP TABLE areas AS SELECT * FROM (VALUES ('world', 0, '001') ${[...new Set(STATES.map((s) => s.regionCode))]
  .sort()
  .map((code) => `, ('region', 1, ${quote(code)})`)
  .join("")}) t(level, level_rank, area_code);
CREATE TEMP TABLE state_areas AS
  SELECT iso3, 'world' AS level, '001' AS area_code FROM states
  UNION ALL SELECT iso3, 'region', region_code FROM states;
`

const PLAIN_NUMBER = String.raw`'[0-9]+(\.[0-9]+)?'`

const coverageQuery = (glob: string) => `
WITH raw AS (
  SELECT * FROM read_csv(${quote(glob)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
accepted AS (
  -- the pipeline's rejects: unknown State or element, cycle out of range, non-ISO date, negative or malformed number
  SELECT r.state AS iso3, CAST(r.cycle AS INTEGER) AS cycle, r.element AS element_id,
         coalesce(r.submitted_on, '') AS submitted_on,
         r.source_file || lpad(r.source_line, 12, '0') AS source_position,
         CASE
           WHEN r.answer IS NULL THEN 'no_response'
           WHEN r.answer IN ('Yes', 'No', 'Developing') THEN lower(r.answer)
           WHEN regexp_full_match(r.answer, ${PLAIN_NUMBER}) THEN 'number'
           ELSE 'text'
         END AS answer_code
  FROM raw r
  JOIN states s ON s.iso3 = r.state
  JOIN elements e ON e.element_id = r.element
  WHERE TRY_CAST(r.cycle AS INTEGER) BETWEEN 2002 AND 2100
    AND (r.submitted_on IS NULL OR regexp_full_match(r.submitted_on, '[0-9]{4}-[0-9]{2}-[0-9]{2}'))
    AND NOT (r.answer IS NOT NULL AND regexp_full_match(r.answer, '[+-]?[0-9., ]+') AND NOT regexp_full_match(r.answer, ${PLAIN_NUMBER}))
),
current AS (
  -- revisions: a State's latest submission for a cycle replaces the earlier ones as a whole
  SELECT * FROM accepted QUALIFY submitted_on = max(submitted_on) OVER (PARTITION BY iso3, cycle)
),
reporting AS (
  SELECT c.cycle, sa.level, sa.area_code, count(*) AS reporting_states
  FROM (SELECT DISTINCT iso3, cycle FROM current) c JOIN state_areas sa USING (iso3) GROUP BY ALL
),
covered AS (
  SELECT DISTINCT c.iso3, c.cycle, ru.covers AS element_id
  FROM current c JOIN rollup ru ON ru.element_id = c.element_id WHERE c.answer_code <> 'no_response'
),
answered AS (
  SELECT cv.cycle, sa.level, sa.area_code, cv.element_id, count(*) AS states_answered
  FROM covered cv JOIN state_areas sa USING (iso3) GROUP BY ALL
),
latest AS (
  SELECT iso3, cycle, element_id, arg_max(answer_code, source_position) AS answer_code
  FROM current WHERE answer_code IN ('yes', 'no', 'developing') GROUP BY ALL
),
yes_no AS (
  SELECT l.cycle, sa.level, sa.area_code, l.element_id, count(*) AS yes_no_states,
         count(*) FILTER (WHERE answer_code = 'yes') AS yes_states,
         count(*) FILTER (WHERE answer_code = 'developing') AS developing_states
  FROM latest l JOIN state_areas sa USING (iso3) GROUP BY ALL
),
grid AS (
  SELECT cy.cycle, a.level, a.level_rank, a.area_code, e.element_id, e.element_order
  FROM (SELECT DISTINCT cycle FROM current) cy CROSS JOIN areas a CROSS JOIN elements e
)
SELECT g.cycle, g.level, g.area_code, g.element_id,
       CAST(coalesce(r.reporting_states, 0) AS INTEGER) AS reporting_states,
       CAST(coalesce(an.states_answered, 0) AS INTEGER) AS states_answered,
       CAST(coalesce(y.yes_no_states, 0) AS INTEGER) AS yes_no_states,
       CAST(coalesce(y.yes_states, 0) AS INTEGER) AS yes_states,
       CAST(coalesce(y.developing_states, 0) AS INTEGER) AS developing_states,
       round(100.0 * an.states_answered / nullif(r.reporting_states, 0), 1) AS answered_pct,
       round(100.0 * y.yes_states / nullif(y.yes_no_states, 0), 1) AS yes_pct
FROM grid g
LEFT JOIN reporting r USING (cycle, level, area_code)
LEFT JOIN answered an USING (cycle, level, area_code, element_id)
LEFT JOIN yes_no y USING (cycle, level, area_code, element_id)
ORDER BY g.cycle, g.level_rank, g.area_code, g.element_order
`

export interface DuckDbCoverageRow {
  readonly cycle: number
  readonly level: string
  readonly area_code: string
  readonly element_id: string
  readonly reporting_states: number
  readonly states_answered: number
  readonly yes_no_states: number
  readonly yes_states: number
  readonly developing_states: number
}

/** Opens an in-memory DuckDB (all cores), runs the query over `dir/canonical/reports/**` and closes it. */
export const duckdbCoverage = async (dir: string): Promise<Array<DuckDbCoverageRow>> => {
  const instance = await DuckDBInstance.create(":memory:")
  const connection = await instance.connect()
  try {
    await connection.run(REFERENCE_TABLES)
    const reader = await connection.runAndReadAll(coverageQuery(join(dir, "canonical", "reports", "**", "*.csv")))
    return reader.getRowObjectsJS() as unknown as Array<DuckDbCoverageRow>
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

/** How many of the pipeline's coverage rows DuckDB reproduces exactly (the counts; percentages follow). */
export const compareCoverage = (
  pipeline: ReadonlyArray<CoverageRow>,
  duck: ReadonlyArray<DuckDbCoverageRow>
): { readonly rows: number; readonly equal: number; readonly firstDifference: string | undefined } => {
  const key = (r: { cycle: number; level: string; area_code: string; element_id: string }) =>
    `${r.cycle}|${r.level}|${r.area_code}|${r.element_id}`
  const counts = (r: Omit<DuckDbCoverageRow, "cycle" | "level" | "area_code" | "element_id">) =>
    [r.reporting_states, r.states_answered, r.yes_no_states, r.yes_states, r.developing_states].join(",")
  const byKey = new Map(duck.map((r) => [key(r), counts(r)]))
  let equal = 0
  let firstDifference: string | undefined
  for (const row of pipeline) {
    const theirs = byKey.get(key(row))
    if (theirs === counts(row)) equal++
    else firstDifference ??= `${key(row)}: pipeline ${counts(row)}, DuckDB ${theirs ?? "missing"}`
  }
  return { rows: pipeline.length, equal, firstDifference }
}
