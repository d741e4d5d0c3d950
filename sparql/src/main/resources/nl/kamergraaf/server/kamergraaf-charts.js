// Charts for the query page: a YASR plugin that draws SVG itself (no chart library, nothing from another host).
//   bar      — a label column and a numeric column (a grouped count: documents per soort, seats per fractie)
//   line     — a date or year column and a numeric column (documents per year)
//   timeline — rows with an xsd:date / xsd:dateTime column (the documents of a dossier, by date)
// The plugin offers only the kinds the answer's columns allow and starts with the one that fits best.
// Every text from the answer goes into the SVG as a text node, never as markup.
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte"].map(t => XSD + t));
  const DATED = new Set(["date", "dateTime", "dateTimeStamp"].map(t => XSD + t));
  const YEARS = new Set(["gYear", "gYearMonth"].map(t => XSD + t));
  const MAX_ROWS = 200;
  const KINDS = { bar: "Staafdiagram", line: "Lijndiagram", timeline: "Tijdlijn" };

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function text(content, attrs, parent) {
    const t = el("text", attrs, parent);
    t.textContent = content;
    return t;
  }
  function short(s, n) {
    return s.length > n ? s.slice(0, n - 1) + "…" : s;
  }

  // What a column holds, judged from all its bound values: numbers, dates, years (a date's year, or an integer
  // between 1000 and 2999 in a column named so), or labels (anything else).
  function describeColumns(vars, rows) {
    return vars.map(v => {
      const values = rows.map(r => r[v]).filter(x => x);
      const all = test => values.length > 0 && values.every(test);
      const numeric = all(x => x.type !== "uri" && x.type !== "bnode" && (NUMERIC.has(x.datatype) || (!x.datatype && /^-?\d+(\.\d+)?$/.test(x.value))));
      const dated = all(x => DATED.has(x.datatype) && !isNaN(Date.parse(x.value)));
      const yearish = all(x => YEARS.has(x.datatype)) ||
        (numeric && /jaar|year/i.test(v) && all(x => /^[12]\d{3}$/.test(x.value)));
      return { name: v, numeric: numeric && !yearish, dated, year: yearish, label: !numeric && !dated && !yearish };
    });
  }

  // The chart kinds the columns allow, each with the columns it draws, best fit first.
  function plans(cols) {
    const value = cols.find(c => c.numeric);
    const time = cols.find(c => c.dated || c.year);
    const label = cols.find(c => c.label);
    const out = [];
    if (time && value) out.push({ kind: "line", x: time, y: value });
    if (value && (label || time)) out.push({ kind: "bar", x: label || time, y: value });
    const date = cols.find(c => c.dated);
    if (date) out.push({ kind: "timeline", x: date, y: label || cols.find(c => c !== date) });
    return out;
  }

  function number(b) {
    return b ? Number(b.value) : NaN;
  }
  function when(b, col) {
    if (!b) return NaN;
    if (col.year) return Number(/^-?\d+/.exec(b.value)[0]);
    return Date.parse(b.value);
  }
  function whenLabel(v, col) {
    if (col.year) return String(v);
    return new Date(v).toISOString().slice(0, 10);
  }
  function show(b) {
    return b ? b.value : "";
  }

  // Round tick steps (1, 2, 5 × 10^n) for a value axis from 0 (or the minimum, when below 0) to max.
  function ticks(min, max, count) {
    if (max === min) max = min + 1;
    const raw = (max - min) / count;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map(m => m * mag).find(s => s >= raw);
    const out = [];
    for (let v = Math.floor(min / step) * step; v <= max + step / 2; v += step) out.push(Number(v.toPrecision(12)));
    return out;
  }

  function drawBar(svg, plan, rows, width) {
    const labelWidth = Math.min(260, Math.max(80, width * 0.3));
    const band = 22;
    const top = 10;
    const left = labelWidth + 10;
    const right = 60;
    const values = rows.map(r => number(r[plan.y.name]));
    const max = Math.max(0, ...values.filter(v => !isNaN(v)));
    const min = Math.min(0, ...values.filter(v => !isNaN(v)));
    const scale = v => left + (width - left - right) * (v - min) / ((max - min) || 1);
    const height = top + rows.length * band + 30;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("height", height);
    for (const t of ticks(min, max, 5)) {
      const x = scale(t);
      el("line", { x1: x, x2: x, y1: top, y2: height - 25, class: "kg-grid" }, svg);
      text(t.toLocaleString("nl-NL"), { x: x, y: height - 10, "text-anchor": "middle", class: "kg-tick" }, svg);
    }
    rows.forEach((r, i) => {
      const v = values[i];
      const y = top + i * band;
      const name = plan.x.year || plan.x.dated ? whenLabel(when(r[plan.x.name], plan.x), plan.x) : show(r[plan.x.name]);
      text(short(name, Math.floor(labelWidth / 7)), { x: labelWidth, y: y + band / 2 + 4, "text-anchor": "end", class: "kg-label" }, svg);
      if (isNaN(v)) return;
      const x0 = scale(Math.min(0, v));
      const bar = el("rect", { x: x0, y: y + 3, width: Math.max(1, scale(Math.max(0, v)) - x0), height: band - 6, class: "kg-bar" }, svg);
      el("title", {}, bar).textContent = name + ": " + v.toLocaleString("nl-NL");
      text(v.toLocaleString("nl-NL"), { x: scale(Math.max(0, v)) + 4, y: y + band / 2 + 4, class: "kg-value" }, svg);
    });
  }

  function drawLine(svg, plan, rows, width) {
    const height = 320;
    const left = 60, right = 20, top = 15, bottom = 40;
    const points = rows.map(r => ({ x: when(r[plan.x.name], plan.x), y: number(r[plan.y.name]) }))
      .filter(p => !isNaN(p.x) && !isNaN(p.y)).sort((a, b) => a.x - b.x);
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("height", height);
    if (!points.length) return;
    const xmin = points[0].x, xmax = points[points.length - 1].x;
    const ymax = Math.max(0, ...points.map(p => p.y)), ymin = Math.min(0, ...points.map(p => p.y));
    const sx = v => left + (width - left - right) * (xmax === xmin ? 0.5 : (v - xmin) / (xmax - xmin));
    const sy = v => height - bottom - (height - top - bottom) * (v - ymin) / ((ymax - ymin) || 1);
    for (const t of ticks(ymin, ymax, 5)) {
      el("line", { x1: left, x2: width - right, y1: sy(t), y2: sy(t), class: "kg-grid" }, svg);
      text(t.toLocaleString("nl-NL"), { x: left - 6, y: sy(t) + 4, "text-anchor": "end", class: "kg-tick" }, svg);
    }
    // At most about eight labels under the axis, spread over the points.
    const every = Math.max(1, Math.ceil(points.length / 8));
    points.forEach((p, i) => {
      if (i % every === 0 || i === points.length - 1) {
        text(whenLabel(p.x, plan.x), { x: sx(p.x), y: height - bottom + 18, "text-anchor": "middle", class: "kg-tick" }, svg);
      }
    });
    el("path", { d: points.map((p, i) => (i ? "L" : "M") + sx(p.x).toFixed(1) + " " + sy(p.y).toFixed(1)).join(" "), class: "kg-line" }, svg);
    for (const p of points) {
      const c = el("circle", { cx: sx(p.x), cy: sy(p.y), r: 3.5, class: "kg-point" }, svg);
      el("title", {}, c).textContent = whenLabel(p.x, plan.x) + ": " + p.y.toLocaleString("nl-NL");
    }
  }

  function drawTimeline(svg, plan, rows, width) {
    const left = 20, right = 20, top = 10, lane = 20, axis = 30;
    const events = rows.map(r => ({ t: when(r[plan.x.name], plan.x), label: plan.y ? show(r[plan.y.name]) : "" }))
      .filter(e => !isNaN(e.t)).sort((a, b) => a.t - b.t);
    if (!events.length) return;
    const tmin = events[0].t, tmax = events[events.length - 1].t;
    const sx = v => left + (width - left - right - 200) * (tmax === tmin ? 0.5 : (v - tmin) / (tmax - tmin));
    // Each event goes to the first lane whose previous label has ended, so labels do not overlap.
    const ends = [];
    for (const e of events) {
      const x = sx(e.t);
      let i = ends.findIndex(end => end < x);
      if (i < 0) { i = ends.length; ends.push(0); }
      e.lane = i;
      ends[i] = x + 12 + Math.min(30, e.label.length) * 6.5;
    }
    const height = top + ends.length * lane + axis;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("height", height);
    const base = height - axis + 4;
    el("line", { x1: left, x2: width - right, y1: base, y2: base, class: "kg-axis" }, svg);
    // The first and last date under the axis, anchored inwards so neither is cut off at the edge.
    text(whenLabel(tmin, plan.x), { x: sx(tmin), y: base + 18, "text-anchor": "start", class: "kg-tick" }, svg);
    if (tmax !== tmin) text(whenLabel(tmax, plan.x), { x: sx(tmax), y: base + 18, "text-anchor": "end", class: "kg-tick" }, svg);
    for (const e of events) {
      const x = sx(e.t), y = top + e.lane * lane + lane / 2;
      el("line", { x1: x, x2: x, y1: y, y2: base, class: "kg-grid" }, svg);
      const dot = el("circle", { cx: x, cy: y, r: 5, class: "kg-event" }, svg);
      el("title", {}, dot).textContent = whenLabel(e.t, plan.x) + (e.label ? " — " + e.label : "");
      if (e.label) text(short(e.label, 30), { x: x + 8, y: y + 4, class: "kg-label" }, svg);
    }
  }

  const DRAW = { bar: drawBar, line: drawLine, timeline: drawTimeline };
  const STYLE = ".kg-chart svg{width:100%;font:12px system-ui,sans-serif}.kg-chart .kg-bar{fill:#154273}"
    + ".kg-chart .kg-bar:hover{fill:#2f6fb0}.kg-chart .kg-grid{stroke:#e3e3e3}.kg-chart .kg-axis{stroke:#555}"
    + ".kg-chart .kg-line{fill:none;stroke:#154273;stroke-width:2}.kg-chart .kg-point,.kg-chart .kg-event{fill:#e17000}"
    + ".kg-chart .kg-tick{fill:#555}.kg-chart .kg-value{fill:#333}.kg-chart p{margin:.4rem 0;color:#555}"
    + ".kg-chart label{margin-right:.5rem}";

  class KamergraafChart {
    constructor(yasr) {
      this.yasr = yasr;
      this.label = "Grafiek";
      this.priority = 5; // below the table (10): a chart is offered, the table stays the first view
    }
    plans() {
      const results = this.yasr.results;
      if (!results || !results.getVariables || !results.getBindings) return [];
      const rows = results.getBindings();
      if (!rows || !rows.length) return [];
      return plans(describeColumns(results.getVariables(), rows));
    }
    canHandleResults() {
      return this.plans().length > 0;
    }
    getIcon() {
      const svg = el("svg", { viewBox: "0 0 16 16", width: "16", height: "16", "aria-hidden": "true" });
      for (const [x, h] of [[1, 6], [6, 11], [11, 8]]) el("rect", { x: x, y: 15 - h, width: 4, height: h, fill: "currentColor" }, svg);
      return svg;
    }
    draw(persistentConfig) {
      const available = this.plans();
      if (!available.length) return;
      const rows = this.yasr.results.getBindings();
      const shown = rows.slice(0, MAX_ROWS);
      const box = document.createElement("div");
      box.className = "kg-chart";
      const style = document.createElement("style");
      style.textContent = STYLE;
      box.appendChild(style);
      const controls = document.createElement("p");
      const pick = document.createElement("select");
      pick.setAttribute("aria-label", "Soort grafiek");
      for (const p of available) {
        const o = document.createElement("option");
        o.value = p.kind;
        o.textContent = KINDS[p.kind] + " (" + p.x.name + (p.y ? " · " + p.y.name : "") + ")";
        pick.appendChild(o);
      }
      const remembered = persistentConfig && persistentConfig.kind;
      if (available.some(p => p.kind === remembered)) pick.value = remembered;
      controls.appendChild(pick);
      if (rows.length > shown.length) {
        controls.appendChild(document.createTextNode(" De eerste " + MAX_ROWS + " van " + rows.length + " rijen."));
      }
      box.appendChild(controls);
      const svg = el("svg", { role: "img", class: "kg-chart-" + pick.value }, box);
      const render = () => {
        const plan = available.find(p => p.kind === pick.value);
        while (svg.firstChild) svg.removeChild(svg.firstChild);
        svg.setAttribute("class", "kg-chart-" + plan.kind);
        el("title", {}, svg).textContent = KINDS[plan.kind] + ": " + plan.x.name + (plan.y ? " en " + plan.y.name : "");
        DRAW[plan.kind](svg, plan, shown, Math.max(400, this.yasr.resultsEl.clientWidth || 800));
      };
      pick.addEventListener("change", () => {
        // Remembered per tab, so the chart kind chosen survives a rerun of the query.
        this.yasr.storePluginConfig("kgChart", { ...(persistentConfig || {}), kind: pick.value });
        render();
      });
      this.yasr.resultsEl.appendChild(box);
      render();
    }
  }

  // Registered before the page constructs Yasgui, so every tab's YASR offers it.
  Yasgui.Yasr.registerPlugin("kgChart", KamergraafChart);
  window.KamergraafChart = { describeColumns: describeColumns, plans: plans };
})();
