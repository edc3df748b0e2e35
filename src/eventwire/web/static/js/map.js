/* The map: Natural Earth country outlines shipped with the package (offline), OpenStreetMap tiles
   only when the user switches them on, and one circle per located event coloured by type. */
"use strict";
EW.map = (function () {
  let map, markers, onSelect;
  const byKey = new Map();

  async function init(selectHandler) {
    onSelect = selectHandler;
    map = L.map("map", { preferCanvas: false, worldCopyJump: true, minZoom: 1 }).setView([25, 20], 2);
    map.attributionControl.setPrefix(false);
    const outlines = L.layerGroup().addTo(map);
    const osm = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 18, attribution: "&copy; OpenStreetMap contributors",
    });
    L.control.layers({ "Country outlines (offline)": outlines, "OpenStreetMap (online)": osm }, null, { collapsed: true }).addTo(map);
    try {
      const world = await EW.get("/static/vendor/world-atlas/countries-110m.json");
      L.geoJSON(topojson.feature(world, world.objects.countries), {
        style: { color: "#8a99a8", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1, className: "country" },
        interactive: false,
      }).addTo(outlines);
      map.attributionControl.addAttribution("Natural Earth");
    } catch (err) {
      console.error("basemap", err);
    }
    markers = L.featureGroup().addTo(map);
  }

  function show(collection, fit) {
    markers.clearLayers();
    byKey.clear();
    for (const f of collection.features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties;
      const marker = L.circleMarker([lat, lon], {
        radius: 7, color: "#fff", weight: 1.5, fillColor: EW.colour(p.type), fillOpacity: p.negated ? 0.35 : 0.9,
        className: "event-marker",
      });
      const popup = EW.el("div", { class: "map-popup" }, EW.el("b", {}, p.type), " ", p.date || "", EW.el("br"),
        "“" + (p.trigger || "") + "” at " + (p.place || "?"));
      marker.bindTooltip(popup);
      marker.on("click", () => onSelect(p.article_id, p.id));
      marker.addTo(markers);
      const path = marker.getElement && marker.getElement();
      if (path) { path.setAttribute("data-event", p.article_id + "/" + p.id); path.setAttribute("data-type", p.type); }
      byKey.set(p.article_id + "/" + p.id, marker);
    }
    if (fit && collection.features.length) map.fitBounds(markers.getBounds().pad(0.3), { maxZoom: 6 });
  }

  function highlight(key) {
    for (const [k, marker] of byKey) marker.setStyle({ color: k === key ? "#111" : "#fff", weight: k === key ? 3 : 1.5 });
    const marker = byKey.get(key);
    if (marker) marker.bringToFront();
  }

  return { init, show, highlight };
})();
