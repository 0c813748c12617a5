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

  // Per-State view: a select over the States, a small table of the chosen State's cycles, and a table of
  // what it said in words (free-text answers and notes). Element titles come once, in `elements`, and an
  // answer's file is an index into `files`.
  const stateData = readJson("state-data") ?? {}
  const states = stateData.states ?? []
  const elementTitles = stateData.elements ?? {}
  const sourceFiles = stateData.files ?? []
  const select = document.getElementById("state-select")
  const reportedOnly = document.getElementById("state-reported-only")
  const detail = document.getElementById("state-detail")
  const answersBox = document.getElementById("state-answers")

  const element = (tag, text, className) => {
    const node = document.createElement(tag)
    if (text !== undefined) node.textContent = text
    if (className !== undefined) node.className = className
    return node
  }
  const number = (value, digits) =>
    value === null ? "" : digits === undefined ? String(value) : value.toFixed(digits)
  const count = (value) => value.toLocaleString("en-US")

  // Cells as the report's own tables have them: a number keeps its value in data-value for sorting.
  const numberCell = (value, text) => {
    const td = element("td", text, "num")
    td.dataset.value = value === null ? "" : String(value)
    return td
  }
  const textCell = (text, className) => element("td", text, className)

  // A table sortable like the others: columns are [label, numeric], rows arrays of td elements.
  const sortableTable = (caption, columns, rows) => {
    const table = element("table", undefined, "sortable")
    table.append(element("caption", caption))
    const head = element("tr")
    for (const [label, numeric] of columns) {
      const th = element("th", undefined, numeric ? "num" : undefined)
      th.scope = "col"
      if (numeric) th.dataset.type = "number"
      th.append(Object.assign(element("button", label, "sort"), { type: "button" }))
      head.append(th)
    }
    table.append(element("thead"))
    table.tHead.append(head)
    const body = element("tbody")
    for (const cells of rows) {
      const row = element("tr")
      row.append(...cells)
      body.append(row)
    }
    table.append(body)
    return table
  }

  const cyclesTable = (state) =>
    sortableTable(
      `Cycles reported by ${state.name}`,
      [
        ["Cycle", true],
        ["Elements covered", true],
        ["Of", true],
        ["Outline covered (%)", true],
        ["Change (points)", true],
        ["Answers", true],
        ["Unparseable numbers", true],
      ],
      state.cycles.map((cycle) => [
        numberCell(cycle.cycle, number(cycle.cycle)),
        numberCell(cycle.covered, number(cycle.covered)),
        numberCell(cycle.total, number(cycle.total)),
        numberCell(cycle.pct, number(cycle.pct, 1)),
        numberCell(
          cycle.change,
          cycle.change === null ? "" : (cycle.change > 0 ? "+" : "") + cycle.change.toFixed(1),
        ),
        numberCell(cycle.answers, number(cycle.answers)),
        numberCell(cycle.unparseable, number(cycle.unparseable)),
      ]),
    )

  const elementCell = (id) => {
    const td = textCell(undefined, "element")
    td.append(element("span", id, "element-id"))
    if (Object.hasOwn(elementTitles, id)) td.append(element("span", elementTitles[id], "element-title"))
    return td
  }

  const showAnswers = (state) => {
    if (answersBox === null) return
    answersBox.replaceChildren()
    if (state === undefined || (state.cycles.length === 0 && state.worded_total === 0)) return
    answersBox.append(element("h3", "Answers in words and notes"))
    const total = state.worded_total
    if (total === 0) {
      answersBox.append(element("p", `${state.name} gave no answer in words and no note.`, "no-rows"))
      return
    }
    answersBox.append(
      element(
        "p",
        `${count(total)} ${total === 1 ? "answer" : "answers"} in words (including figures written as prose) ` +
          "or with a note; yes/no answers and numbers are in normalised/answers.csv. Long texts are cut (…).",
      ),
    )
    const wrap = element("div", undefined, "table-wrap")
    wrap.append(
      sortableTable(
        `Answers in words and notes by ${state.name}`,
        [
          ["Cycle", true],
          ["Element", false],
          ["Question", false],
          ["Answer", false],
          ["Note", false],
          ["Source", false],
        ],
        state.worded_answers.map((answer) => [
          numberCell(answer.cycle, number(answer.cycle)),
          elementCell(answer.element_id),
          textCell(answer.question),
          textCell(answer.answer, "prose"),
          textCell(answer.note, "prose"),
          textCell(`${sourceFiles[answer.file] ?? "?"}:${answer.line}`, "source"),
        ]),
      ),
    )
    answersBox.append(wrap)
    const more = total - state.worded_answers.length
    if (more > 0)
      answersBox.append(
        element(
          "p",
          `${count(more)} more ${more === 1 ? "answer" : "answers"} in words or with a note ` +
            `(${count(total)} in all) are not listed here; every one is in normalised/answers.csv.`,
          "more-rows",
        ),
      )
  }

  const showState = (iso3) => {
    const state = states.find((candidate) => candidate.iso3 === iso3)
    detail.replaceChildren()
    showAnswers(state)
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
    if (state.cycles.length > 0) detail.append(cyclesTable(state))
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
