/* The dashboard's state and wiring: filters -> /api/events (table), /api/events.geojson (map),
   /api/stats (timeline); clicking an event anywhere opens its article with the evidence. */
"use strict";
(function () {
  const PAGE = 100;
  const state = { filters: {}, next: null, selected: null, docs: new Map(), generation: 0 };
  const $ = (id) => document.getElementById(id);

  function readFilters() {
    const types = [...document.querySelectorAll("#type-list input:checked")].map((i) => i.value);
    const countries = [...$("f-country").selectedOptions].map((o) => o.value);
    return {
      type: types.length ? types.join(",") : null, party: $("f-party").value.trim() || null,
      country: countries.length ? countries.join(",") : null, since: $("f-since").value || null,
      until: $("f-until").value || null, text: $("f-text").value.trim() || null,
    };
  }

  function withoutDates(f) { return { ...f, since: null, until: null }; }

  async function refresh(fit) {
    const generation = ++state.generation;  // answers to an older refresh are dropped when they arrive late
    state.filters = readFilters();
    EW.timeline.setRange(state.filters.since, state.filters.until);
    try {
      const [page, geo, stats, dated] = await Promise.all([
        EW.get("/api/events", { ...state.filters, limit: PAGE }),
        EW.get("/api/events.geojson", { ...state.filters, limit: 5000 }),
        EW.get("/api/stats", { ...state.filters, by: "type" }),
        EW.get("/api/stats", { ...withoutDates(state.filters), by: "week" }),
      ]);
      if (generation !== state.generation) return;
      EW.timeline.setStats(dated);
      EW.map.show(geo, fit);
      state.next = page.next;
      renderRows(page.items, true);
      $("summary").textContent = `${stats.total} event(s) match · ${geo.features.length} on the map`;
    } catch (err) {
      if (generation === state.generation) $("summary").textContent = "could not load events: " + err.message;
    }
  }

  async function more() {
    if (!state.next) return;
    const page = await EW.get("/api/events", { ...state.filters, limit: PAGE, cursor: state.next });
    state.next = page.next;
    renderRows(page.items, false);
  }

  function renderRows(items, replace) {
    const body = document.querySelector("#events tbody");
    if (replace) body.textContent = "";
    for (const e of items) {
      const key = e.article_id + "/" + e.id;
      const flags = [e.negated && "negated", e.hypothetical && "hypothetical"].filter(Boolean).join(" ");
      const row = EW.el("tr", { "data-event": key, "data-type": e.type, class: key === state.selected ? "selected" : null, onclick: () => select(e.article_id, e.id) },
        EW.el("td", {}, e.date || "—"),
        EW.el("td", {}, EW.el("span", { class: "swatch", style: `background:${EW.colour(e.type)}` }), " ", e.type),
        EW.el("td", {}, EW.partyLabel(e.actors, e.actor_codes)),
        EW.el("td", {}, EW.partyLabel(e.recipients, e.recipient_codes)),
        EW.el("td", {}, e.place ? e.place.name + (e.place.country_code ? ", " + e.place.country_code : "") : "—"),
        EW.el("td", {}, e.trigger.text, flags ? EW.el("div", { class: "flag" }, flags) : null),
        EW.el("td", {}, (e.confidence ?? 0).toFixed(2)));
      body.append(row);
    }
    if (replace && !items.length) body.append(EW.el("tr", {}, EW.el("td", { colspan: 7 }, "No events match these filters.")));
    $("more").hidden = !state.next;
  }

  async function select(articleId, eventId) {
    state.selected = articleId + "/" + eventId;
    for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("selected", tr.dataset.event === state.selected);
    EW.map.highlight(state.selected);
    try {
      if (!state.docs.has(articleId)) state.docs.set(articleId, await EW.get("/api/articles/" + encodeURIComponent(articleId)));
      EW.article.render(state.docs.get(articleId), eventId);
    } catch (err) {
      $("article").textContent = "could not load the article: " + err.message;
    }
  }

  async function loadChoices() {
    const stats = await EW.get("/api/stats", { by: "type" });
    const list = $("type-list");
    list.textContent = "";
    for (const [type, n] of Object.entries(stats.by_type)) {
      list.append(EW.el("label", {}, EW.el("input", { type: "checkbox", value: type, "data-type": type }),
        EW.el("span", { class: "swatch", style: `background:${EW.colour(type)}` }), type, EW.el("span", { class: "count" }, n)));
    }
    const select = $("f-country");
    select.textContent = "";
    for (const [code, n] of Object.entries(stats.by_country)) {
      if (code) select.append(EW.el("option", { value: code }, `${code} (${n})`));
    }
  }

  async function start() {
    await EW.map.init(select);
    EW.timeline.init($("timeline"), (since, until) => { $("f-since").value = since || ""; $("f-until").value = until || ""; refresh(false); });
    EW.article.init($("article"), select);
    $("apply").addEventListener("click", () => refresh(true));
    $("reset").addEventListener("click", () => {
      for (const input of document.querySelectorAll("#filters input")) { if (input.type === "checkbox") input.checked = false; else input.value = ""; }
      for (const option of $("f-country").options) option.selected = false;
      refresh(true);
    });
    $("type-list").addEventListener("change", () => refresh(false));
    $("f-country").addEventListener("change", () => refresh(false));
    for (const id of ["f-party", "f-text", "f-since", "f-until"]) $(id).addEventListener("keydown", (e) => { if (e.key === "Enter") refresh(true); });
    $("more").addEventListener("click", more);
    try { await loadChoices(); } catch (err) { $("summary").textContent = err.message; }
    await refresh(true);
    document.body.dataset.ready = "true";
  }

  start();
})();
