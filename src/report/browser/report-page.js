// The behaviour of report.html, run in the analyst's browser: sortable tables, the interactive charts and
// the per-State view. Input text only ever reaches the page through textContent (never innerHTML), and
// everything it needs is already in the page: it loads nothing.
;(() => {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" })

  // Sorting: a click on a header button sorts by that column, again to reverse; blanks always go last.
  const cellKey = (row, index, numeric) => {
    const cell = row.cells[index]
    if (cell === undefined) return null
    if (!numeric) return cell.textContent
    const value = cell.dataset.value
    return value === undefined || value === "" ? null : Number(value)
  }

  const sortTable = (th) => {
    const table = th.closest("table")
    const body = table.tBodies[0]
    if (body === undefined) return
    const index = Array.prototype.indexOf.call(th.parentElement.children, th)
    const numeric = th.dataset.type === "number"
    const ascending = th.getAttribute("aria-sort") !== "ascending"
    for (const other of th.parentElement.children) other.removeAttribute("aria-sort")
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending")
    const rows = Array.from(body.rows).map((row) => ({ row, key: cellKey(row, index, numeric) }))
    rows.sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1
      const order = numeric ? a.key - b.key : collator.compare(a.key, b.key)
      return ascending ? order : -order
    })
    body.append(...rows.map((entry) => entry.row))
  }

  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("th > button.sort") : null
    if (button !== null) sortTable(button.parentElement)
  })

  // Charts: the specs travel as JSON; vega-embed draws them as SVG. Only the export actions are offered:
  // the others open the online Vega editor, i.e. the network.
  const readJson = (id) => {
    const element = document.getElementById(id)
    return element === null ? null : JSON.parse(element.textContent)
  }
  const specs = readJson("chart-specs") ?? {}
  const views = new Map()

  const embedChart = (container) => {
    const name = container.dataset.chart
    const spec = specs[name]
    if (spec === undefined) return Promise.resolve()
    return vegaEmbed(container, spec, {
      renderer: "svg",
      actions: { export: true, source: false, compiled: false, editor: false },
      downloadFileName: name,
    }).then(
      (result) => {
        views.set(name, result.view)
      },
      (error) => {
        container.textContent = `This chart could not be drawn: ${error?.message}`
        console.error(error)
      },
    )
  }

  // Per-State view: a select over the States, and a small table of the chosen State's cycles.
  const states = readJson("state-data") ?? []
  const select = document.getElementById("state-select")
  const reportedOnly = document.getElementById("state-reported-only")
  const detail = document.getElementById("state-detail")

  const element = (tag, text, className) => {
    const node = document.createElement(tag)
    if (text !== undefined) node.textContent = text
    if (className !== undefined) node.className = className
    return node
  }
  const number = (value, digits) =>
    value === null ? "" : digits === undefined ? String(value) : value.toFixed(digits)

  const showState = (iso3) => {
    const state = states.find((candidate) => candidate.iso3 === iso3)
    detail.replaceChildren()
    if (state === undefined) {
      detail.append(element("p", "No State chosen."))
      return
    }
    detail.append(element("h3", `${state.name} (${state.iso3})`))
    const where = [state.region, state.sub_region].filter((part) => part !== "").join(" · ")
    detail.append(
      element(
        "p",
        `${where === "" ? "" : `${where}. `}` +
          (state.cycles.length === 0
            ? "No report in this run."
            : `Reported in ${state.cycles.map((cycle) => cycle.cycle).join(", ")}.`),
      ),
    )
    if (state.cycles.length > 0) {
      const table = element("table", undefined, "sortable")
      table.append(element("caption", `Cycles reported by ${state.name}`))
      const head = element("tr")
      const columns = [
        ["Cycle", true],
        ["Elements covered", true],
        ["Of", true],
        ["Outline covered (%)", true],
        ["Change (points)", true],
        ["Answers", true],
        ["Unparseable numbers", true],
      ]
      for (const [label] of columns) {
        const th = element("th", undefined, "num")
        th.scope = "col"
        th.dataset.type = "number"
        th.append(Object.assign(element("button", label, "sort"), { type: "button" }))
        head.append(th)
      }
      table.append(element("thead"))
      table.tHead.append(head)
      const body = element("tbody")
      for (const cycle of state.cycles) {
        const row = element("tr")
        const values = [
          [cycle.cycle, number(cycle.cycle)],
          [cycle.covered, number(cycle.covered)],
          [cycle.total, number(cycle.total)],
          [cycle.pct, number(cycle.pct, 1)],
          [
            cycle.change,
            cycle.change === null ? "" : (cycle.change > 0 ? "+" : "") + cycle.change.toFixed(1),
          ],
          [cycle.answers, number(cycle.answers)],
          [cycle.unparseable, number(cycle.unparseable)],
        ]
        for (const [value, text] of values) {
          const td = element("td", text, "num")
          td.dataset.value = value === null ? "" : String(value)
          row.append(td)
        }
        body.append(row)
      }
      table.append(body)
      detail.append(table)
    }
    const view = views.get("state-profile")
    if (view !== undefined) view.signal("state", iso3).runAsync()
  }

  const fillSelect = () => {
    if (select === null) return
    const chosen = select.value
    const shown = states.filter((state) => !reportedOnly.checked || state.cycles.length > 0)
    select.replaceChildren(...shown.map((state) => new Option(`${state.name} (${state.iso3})`, state.iso3)))
    if (shown.some((state) => state.iso3 === chosen)) select.value = chosen
    showState(select.value)
  }

  if (select !== null) {
    select.addEventListener("change", () => showState(select.value))
    reportedOnly.addEventListener("change", fillSelect)
    fillSelect()
  }

  const containers = Array.from(document.querySelectorAll(".chart-view[data-chart]"))
  Promise.all(containers.map(embedChart)).then(() => {
    // Bring the chart in line with the State already chosen in the select.
    if (select !== null && select.value !== "") showState(select.value)
    document.documentElement.dataset.chartsReady = "true"
  })
})()
