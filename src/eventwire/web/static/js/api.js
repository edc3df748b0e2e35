/* Shared helpers: the EW namespace, API calls, DOM building (text only, never HTML from data). */
"use strict";
window.EW = window.EW || {};

EW.TYPE_COLOURS = {
  ASSAULT: "#c0392b", FIGHT: "#e74c3c", COERCE: "#d35400", MOBILIZE: "#e67e22", THREATEN: "#f39c12",
  PROTEST: "#8e44ad", SANCTION: "#6c3483", REDUCE: "#7f8c8d", REJECT: "#a04000", DISAPPROVE: "#b7950b",
  ACCUSE: "#b9770e", REQUEST: "#16a085", DEMAND: "#117a65", CONSULT: "#2980b9", SUPPORT: "#27ae60",
  AGREE: "#1e8449", COOPERATE: "#229954", AID: "#2e86c1", RETREAT: "#5d6d7e", CONCEDE: "#48c9b0",
};
EW.colour = (type) => EW.TYPE_COLOURS[type] || "#34495e";

/* Query string from a filter object; arrays become repeated parameters, empty values are dropped. */
EW.query = function (params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => q.append(key, v));
    else q.append(key, value);
  }
  const s = q.toString();
  return s ? "?" + s : "";
};

EW.get = async function (path, params) {
  const response = await fetch(path + EW.query(params || {}), { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = JSON.stringify((await response.json()).detail); } catch (e) { /* not JSON */ }
    throw new Error(path + ": " + response.status + " " + detail);
  }
  return response.json();
};

/* el("td", {class: "x"}, "text", child) -> element; strings become text nodes. */
EW.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

EW.partyLabel = function (parties, codes) {
  // mentions of the same actor (same name and code) are shown once
  if (parties && parties.length) return [...new Set(parties.map((p) => p.code ? p.name + " (" + p.code + ")" : p.name))].join("; ");
  return (codes || []).join("; ");
};
