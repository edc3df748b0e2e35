/* Weekly histogram of events (from /api/stats) drawn as SVG; dragging across it selects a date
   range (the brush), double-click clears it. Calls onBrush(since, until) with ISO dates or nulls. */
"use strict";
EW.timeline = (function () {
  const NS = "http://www.w3.org/2000/svg";
  const DAY = 86400000;
  let root, weeks = [], range = null, onBrush, geometry = null;

  const svg = (tag, attrs) => {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  };
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const ms = (isoDate) => Date.parse(isoDate + "T00:00:00Z");

  function init(element, brushHandler) {
    root = element;
    onBrush = brushHandler;
    window.addEventListener("resize", draw);
    attachBrush();
  }

  /* stats.buckets -> one count per week, including empty weeks between the first and the last. */
  function setStats(stats) {
    const counts = new Map();
    for (const b of stats.buckets) if (b.week) counts.set(b.week, (counts.get(b.week) || 0) + b.count);
    const keys = [...counts.keys()].sort();
    weeks = [];
    if (keys.length) {
      for (let t = ms(keys[0]); t <= ms(keys[keys.length - 1]); t += 7 * DAY) weeks.push({ week: iso(t), count: counts.get(iso(t)) || 0 });
    }
    draw();
  }

  function setRange(since, until) { range = since || until ? { since, until } : null; draw(); }

  function draw() {
    root.textContent = "";
    const width = root.clientWidth || 600, height = root.clientHeight || 110;
    const pad = { left: 30, right: 10, top: 8, bottom: 18 };
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events per week" });
    root.append(chart);
    if (!weeks.length) {
      chart.append(Object.assign(svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" }), { textContent: "no dated events" }));
      geometry = null;
      return;
    }
    const max = Math.max(...weeks.map((w) => w.count));
    const step = (width - pad.left - pad.right) / weeks.length;
    const scaleY = (n) => (height - pad.top - pad.bottom) * n / max;
    geometry = { pad, step, width, height };
    weeks.forEach((w, i) => {
      const h = scaleY(w.count);
      const inRange = range && (!range.since || w.week >= weekOf(range.since)) && (!range.until || w.week <= range.until);
      const bar = svg("rect", {
        x: pad.left + i * step + 1, y: height - pad.bottom - h, width: Math.max(1, step - 2), height: h,
        class: "bar" + (inRange ? " in" : ""), "data-week": w.week, "data-count": w.count,
      });
      bar.append(Object.assign(svg("title"), { textContent: `week of ${w.week}: ${w.count} event(s)` }));
      chart.append(bar);
    });
    const label = (x, text, anchor) => chart.append(Object.assign(svg("text", { x, y: height - 4, class: "axis", "text-anchor": anchor }), { textContent: text }));
    label(pad.left, weeks[0].week, "start");
    label(width - pad.right, weeks[weeks.length - 1].week, "end");
    chart.append(Object.assign(svg("text", { x: 4, y: pad.top + 8, class: "axis" }), { textContent: String(max) }));
    if (range) {
      const first = weeks.findIndex((w) => !range.since || w.week >= weekOf(range.since));
      let last = weeks.length - 1;
      while (last >= 0 && range.until && weeks[last].week > range.until) last--;
      if (first >= 0 && last >= first) {
        chart.append(svg("rect", { class: "brush", x: pad.left + first * step, y: pad.top - 4, width: (last - first + 1) * step, height: height - pad.top - pad.bottom + 4 }));
      }
    }
  }

  const weekOf = (isoDate) => iso(ms(isoDate) - ((new Date(ms(isoDate)).getUTCDay() + 6) % 7) * DAY);

  function indexAt(event) {
    const box = root.querySelector("svg").getBoundingClientRect();
    const x = (event.clientX - box.left) * (geometry.width / box.width);
    return Math.min(weeks.length - 1, Math.max(0, Math.floor((x - geometry.pad.left) / geometry.step)));
  }

  /* Listeners live on the container, which outlives every redraw of the SVG inside it. */
  function attachBrush() {
    let start = null, preview = null;
    const move = (e) => {
      if (start === null) return;
      const i = indexAt(e), a = Math.min(start, i), b = Math.max(start, i);
      preview.setAttribute("x", geometry.pad.left + a * geometry.step);
      preview.setAttribute("width", (b - a + 1) * geometry.step);
    };
    root.addEventListener("mousedown", (e) => {
      if (!geometry || e.detail > 1) return;  // the second press of a double-click clears instead
      start = indexAt(e);
      preview = svg("rect", { class: "brush", y: geometry.pad.top - 4, height: geometry.height - geometry.pad.top - geometry.pad.bottom + 4 });
      root.querySelector("svg").append(preview);
      move(e);
      e.preventDefault();
    });
    root.addEventListener("mousemove", move);
    root.addEventListener("mouseup", (e) => {
      if (start === null) return;
      const i = indexAt(e), a = Math.min(start, i), b = Math.max(start, i);
      start = null;
      range = { since: weeks[a].week, until: iso(ms(weeks[b].week) + 6 * DAY) };
      onBrush(range.since, range.until);
    });
    root.addEventListener("dblclick", () => { range = null; onBrush(null, null); });
  }

  return { init, setStats, setRange };
})();
