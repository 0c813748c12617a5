import type { ColumnTable } from "arquero"

/**
 * Every combination of the rows of the tables: the frame the counts are joined onto, so that an area, an
 * element or a measure with nothing to count still gets its row. arquero's cross is a full join on `true`,
 * which keeps the other side's rows when one side is empty; an empty side must give an empty grid here
 * (no cycles → no rows), so the result is cut to 0 rows then.
 */
export const gridOf = (first: ColumnTable, ...rest: ReadonlyArray<ColumnTable>): ColumnTable =>
  rest.reduce((grid, table) => {
    const crossed = grid.cross(table)
    return grid.numRows() === 0 || table.numRows() === 0 ? crossed.slice(0, 0) : crossed
  }, first)
