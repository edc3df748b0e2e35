/* The article view: the full text with actors, places, dates, event triggers and quotes highlighted,
   the selected event's evidence (sentence, trigger, its actors and place) outlined, and a card
   with the event's fields. Text is split at every span boundary so overlapping spans nest cleanly. */
"use strict";
EW.article = (function () {
  let root, onPick;

  function init(element, pickHandler) { root = element; onPick = pickHandler; }

  /* [{start, end, classes, attrs}] -> text pieces, each carrying the classes of every span over it. */
  function segments(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const over = spans.filter((s) => s.start <= a && s.end >= b);
      out.push({ text: text.slice(a, b), spans: over });
    }
    return out;
  }

  function spansOf(doc, event) {
    const spans = [];
    const chosen = new Set(event ? [...event.actor, ...event.recipient, event.place, event.time].filter(Boolean) : []);
    const role = (id) => event && event.recipient.includes(id) ? "hl-role-recipient" : "";
    for (const a of doc.actors) spans.push({ ...a.span, cls: ["hl-actor", role(a.id)], kind: "actor", id: a.id, title: `actor: ${a.name}${a.code ? " (" + a.code + ")" : ""}` });
    for (const p of doc.places) spans.push({ ...p.span, cls: ["hl-place"], kind: "place", id: p.id, title: `place: ${p.name}${p.country_code ? ", " + p.country_code : ""}` });
    for (const t of doc.times) spans.push({ ...t.span, cls: ["hl-time"], kind: "time", id: t.id, title: `date: ${t.value || "unresolved"}` });
    for (const q of doc.quotes) spans.push({ ...q.span, cls: ["hl-quote"], kind: "quote", id: q.id, title: `quote (${q.kind})${q.speaker_text ? " by " + q.speaker_text : ""}` });
    for (const e of doc.events) spans.push({ ...e.trigger, cls: ["hl-trigger"], kind: "trigger", id: e.id, title: `event ${e.type}` });
    if (event) spans.push({ ...event.sentence, cls: ["hl-sentence"], kind: "sentence", id: event.id, title: "evidence sentence" });
    for (const s of spans) {
      if ((s.kind === "trigger" && event && s.id === event.id) || (["actor", "place", "time"].includes(s.kind) && chosen.has(s.id))) {
        s.cls.push("selected-evidence");
      }
    }
    return spans;
  }

  function card(doc, event) {
    const actor = (id) => doc.actors.find((a) => a.id === id);
    // several mentions of one actor (same name and code) are listed once
    const names = (ids) => [...new Set(ids.map(actor).filter(Boolean).map((a) => a.name + (a.code ? ` (${a.code})` : "")))].join("; ") || "—";
    const place = doc.places.find((p) => p.id === event.place);
    const size = Object.entries(event.size || {}).map(([k, v]) => `${k} ${v}`).join(", ");
    const flags = [event.negated && "negated", event.hypothetical && "hypothetical"].filter(Boolean).join(", ");
    const row = (label, value, testid) => [EW.el("dt", {}, label), EW.el("dd", { "data-testid": testid }, value || "—")];
    return EW.el("div", { class: "event-card", "data-testid": "event-card" },
      EW.el("strong", { style: `color:${EW.colour(event.type)}` }, event.type), " ", (event.mode || []).join(", "),
      EW.el("dl", {},
        row("trigger", "“" + event.trigger.text + "”", "card-trigger"),
        row("actor", names(event.actor), "card-actor"),
        row("recipient", names(event.recipient), "card-recipient"),
        row("place", place ? `${place.name}${place.country_code ? ", " + place.country_code : ""}` : "", "card-place"),
        row("date", event.date ? `${event.date} (${event.date_source || "?"})` : "", "card-date"),
        row("size", size, "card-size"),
        row("flags", flags, "card-flags"),
        row("reported by", event.reported_by ? names([event.reported_by]) : "", "card-reported"),
        row("confidence", `${(event.confidence ?? 0).toFixed(2)} · ${event.method || "?"}`, "card-confidence")));
  }

  function legend() {
    const item = (cls, text) => EW.el("span", { class: cls }, text);
    return EW.el("div", { class: "legend" }, item("hl-actor", "actor"), item("hl-role-recipient", "recipient"), item("hl-place", "place"),
      item("hl-time", "date"), item("hl-trigger", "trigger"), item("hl-quote", "quote"), item("hl-sentence", "evidence sentence"));
  }

  function render(doc, eventId) {
    const event = doc.events.find((e) => e.id === eventId) || null;
    const art = doc.article;
    const text = EW.el("div", { class: "article-text", "data-testid": "article-text" });
    for (const piece of segments(art.text, spansOf(doc, event))) {
      if (!piece.spans.length) { text.append(piece.text); continue; }
      const cls = piece.spans.flatMap((s) => s.cls).filter(Boolean).join(" ");
      const trigger = piece.spans.find((s) => s.kind === "trigger");
      const node = EW.el("span", {
        class: cls, title: piece.spans.map((s) => s.title).join(" · "),
        "data-kind": piece.spans.map((s) => s.kind).join(" "), "data-ids": piece.spans.map((s) => s.kind + ":" + s.id).join(" "),
      }, piece.text);
      if (trigger) node.addEventListener("click", () => onPick(art.id, trigger.id));
      text.append(node);
    }
    root.textContent = "";
    root.append(
      EW.el("h2", { "data-testid": "article-title" }, art.title || "(untitled)"),
      EW.el("div", { class: "meta" }, [art.published, art.source, art.url].filter(Boolean).join(" · "),
        ` · ${doc.events.length} event(s), ${doc.quotes.length} quote(s)`),
      event ? card(doc, event) : null, legend(), text);
    const focus = root.querySelector(".hl-trigger.selected-evidence");
    if (focus) focus.scrollIntoView({ block: "nearest" });
  }

  return { init, render, segments };
})();
