// actorgraph explorer: search an actor, draw its network with the server's Graphviz SVG,
// move the as-of date, click an edge for its evidence. No libraries; talks to the actorgraph API.
"use strict";

(function () {
  const base = document.body.dataset.base || "";
  const $ = (selector) => document.querySelector(selector);
  const DAY = 86400000;
  const FIRST = Date.UTC(1990, 0, 1);
  const state = { actor: null, view: "neighbours", hops: 1, asOf: null };

  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function dayIndex(iso) { return Math.round((Date.parse(iso + "T00:00:00Z") - FIRST) / DAY); }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined) node.setAttribute(key, value);
    }
    for (const child of children) node.append(child instanceof Node ? child : String(child ?? ""));
    return node;
  }

  // A stored URL becomes a link only if it is http(s): never javascript:, data: or the like.
  function safeURL(value) {
    try {
      const url = new URL(String(value), window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (_error) {
      return null;
    }
  }

  function status(message) { $("#status").textContent = message || ""; }

  async function getJSON(path) {
    const response = await fetch(base + path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(body && body.error ? body.error.message : response.statusText);
    return body;
  }

  function diagramURL(format, download) {
    const params = new URLSearchParams({ actor: state.actor, format });
    if (state.view === "neighbours") params.set("hops", String(state.hops));
    if (state.asOf) params.set("as_of", state.asOf);
    if (download) params.set("download", "true");
    return `${base}/diagrams/${state.view}?${params}`;
  }

  function remember() {
    const params = new URLSearchParams({ actor: state.actor, view: state.view });
    if (state.view === "neighbours" && state.hops !== 1) params.set("hops", String(state.hops));
    if (state.asOf) params.set("as_of", state.asOf);
    history.replaceState(null, "", `${location.pathname}?${params}`);
  }

  async function draw() {
    if (!state.actor) return;
    status("");
    remember();
    $("#download-svg").href = diagramURL("svg", true);
    $("#download-png").href = diagramURL("png", true);
    const graph = $("#graph");
    graph.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(diagramURL("svg", false));
      const text = await response.text();
      if (!response.ok) {
        let message = response.statusText;
        try { message = JSON.parse(text).error.message; } catch (_) { /* not our error shape */ }
        throw new Error(message);
      }
      const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
      if (svg.nodeName !== "svg") throw new Error("the server did not answer with an SVG");
      graph.replaceChildren(document.importNode(svg, true));
      graph.dataset.actor = state.actor;
      graph.dataset.view = state.view;
      graph.dataset.asOf = state.asOf || "";
    } catch (error) {
      graph.replaceChildren(el("p", { class: "hint" }, "Nothing to draw."));
      status(error.message);
    } finally {
      graph.removeAttribute("aria-busy");
    }
  }

  function showResults(actors) {
    const list = $("#results");
    list.replaceChildren(...actors.map((actor) => {
      const item = el("li", { role: "option", tabindex: "0", "data-id": actor.id },
        actor.name, el("span", { class: "kind" }, actor.kind.replace("_", " ")));
      const choose = () => { list.hidden = true; $("#q").value = actor.name; centre(actor.id); };
      item.addEventListener("click", choose);
      item.addEventListener("keydown", (event) => { if (event.key === "Enter") choose(); });
      return item;
    }));
    list.hidden = actors.length === 0;
    if (actors.length === 0) status("No actor matches that name.");
  }

  async function search(text) {
    status("");
    try {
      const page = await getJSON(`/actors?${new URLSearchParams({ q: text, limit: "10" })}`);
      showResults(page.actors || []);
    } catch (error) {
      status(error.message);
    }
  }

  function centre(actorId) {
    state.actor = actorId;
    draw();
  }

  function nameOf(actorId) {
    const texts = document.querySelectorAll(`#graph g[id="a:${CSS.escape(actorId)}"] text`);
    return texts.length ? Array.from(texts, (t) => t.textContent).join(" ") : actorId;
  }

  function plural(count, noun) { return `${count} ${noun}${count === 1 ? "" : "s"}`; }

  // The start page: the most connected actors, each a button that centres the view on it.
  async function showStart() {
    try {
      const actors = await getJSON("/actors/most-connected?limit=12");
      if (!actors.length) return;
      const list = el("ul", { id: "start" }, ...actors.map((actor) => {
        const button = el("button", { type: "button", "data-id": actor.id }, actor.name,
          el("span", { class: "kind" }, `${actor.kind.replace("_", " ")} · ${plural(actor.relations, "relation")}`));
        button.addEventListener("click", () => { $("#q").value = actor.name; centre(actor.id); });
        return el("li", {}, button);
      }));
      if (state.actor) return;  // a view was opened meanwhile
      $("#graph").replaceChildren(el("h2", {}, "Most connected actors"),
        el("p", { class: "hint" }, "Pick one, or search any actor above."), list);
    } catch (error) {
      status(error.message);
    }
  }

  // A shared link names the actor by id: show its name in the search box.
  async function fillSearch(actorId) {
    try {
      const actor = await getJSON(`/actors/${encodeURIComponent(actorId)}`);
      if (!$("#q").value) $("#q").value = actor.name;
    } catch (error) { /* the view reports an unknown actor */ }
  }

  function span(from, to, ended) {
    if (!from && !to) return ended ? "ended" : "undated";
    return `${from || "?"} – ${to || (ended ? "ended" : "now")}`;
  }

  async function showEvidence(relationId, group) {
    document.querySelectorAll("#graph g.selected").forEach((g) => g.classList.remove("selected"));
    group.classList.add("selected");
    const panel = $("#evidence");
    panel.replaceChildren(el("h2", {}, "Evidence"), el("p", { class: "hint" }, "Loading…"));
    try {
      const evidence = await getJSON(`/relations/${encodeURIComponent(relationId)}/evidence`);
      const rel = evidence.relation;
      const items = evidence.claims.map((claim) => el("li", { class: "claim" },
        el("blockquote", {}, claim.sentence || "(no sentence: a dataset row)"),
        el("div", { class: "meta" },
          [claim.source, claim.published || claim.reported].filter(Boolean).join(" · "),
          safeURL(claim.url) ? " · " : "",
          // the article's title once, as its link (not next to a source that says the same)
          safeURL(claim.url) ? el("a", { href: safeURL(claim.url), rel: "noopener noreferrer" }, claim.title || "article") : "",
          !safeURL(claim.url) && claim.title && claim.title !== claim.source ? ` · ${claim.title}` : "",
          ` · confidence ${Number(claim.confidence).toFixed(2)}`),
        claim.hedged ? el("div", { class: "hedged" }, "hedged (the source is not sure)") : ""));
      panel.replaceChildren(
        el("h2", {}, "Evidence"),
        el("h3", { id: "evidence-title" },
          `${nameOf(rel.source)} ${rel.type.toLowerCase().replace("_", " ")} ${nameOf(rel.target)}`),
        el("p", { class: "meta" }, `${span(rel.valid_from, rel.valid_to, rel.ended)} · confidence `
          + `${Number(rel.confidence).toFixed(2)} · ${plural(rel.claims, "claim")} from ${plural(rel.sources, "source")}`),
        el("ol", { id: "claims" }, ...items));
    } catch (error) {
      panel.replaceChildren(el("h2", {}, "Evidence"), el("p", { class: "hint" }, error.message));
    }
  }

  function onGraphClick(event) {
    const group = event.target.closest("g.actor, g.relation");
    if (!group) return;
    event.preventDefault();  // the SVG's own links are for standalone use
    if (group.classList.contains("actor")) {
      centre(group.id.slice(2));
    } else {
      showEvidence(group.id.slice(2), group);
    }
  }

  function setDate(index) {
    state.asOf = isoDay(FIRST + index * DAY);
    $("#as-of-label").textContent = state.asOf;
  }

  function wire() {
    const slider = $("#as-of");
    const today = Math.floor((Date.now() - FIRST) / DAY);
    slider.max = String(today);
    slider.value = String(today);
    $("#search").addEventListener("submit", (event) => { event.preventDefault(); search($("#q").value.trim()); });
    $("#graph").addEventListener("click", onGraphClick);
    document.querySelectorAll("input[name=view]").forEach((radio) => radio.addEventListener("change", () => {
      state.view = radio.value;
      draw();
    }));
    $("#hops").addEventListener("change", () => { state.hops = Number($("#hops").value); draw(); });
    $("#all-dates").addEventListener("change", () => {
      slider.disabled = $("#all-dates").checked;
      if (slider.disabled) {
        state.asOf = null;
        $("#as-of-label").textContent = "all dates";
      } else {
        setDate(Number(slider.value));
      }
      draw();
    });
    slider.addEventListener("input", () => setDate(Number(slider.value)));
    slider.addEventListener("change", () => { setDate(Number(slider.value)); draw(); });

    const params = new URLSearchParams(location.search);
    const view = params.get("view");
    if (view && document.querySelector(`input[name=view][value="${CSS.escape(view)}"]`)) {
      state.view = view;
      document.querySelector(`input[name=view][value="${CSS.escape(view)}"]`).checked = true;
    }
    if (params.get("hops")) { state.hops = Number(params.get("hops")) || 1; $("#hops").value = String(state.hops); }
    if (/^\d{4}-\d{2}-\d{2}$/.test(params.get("as_of") || "")) {
      $("#all-dates").checked = false;
      slider.disabled = false;
      slider.value = String(dayIndex(params.get("as_of")));
      setDate(Number(slider.value));
    }
    if (params.get("actor")) {
      fillSearch(params.get("actor"));
      centre(params.get("actor"));
    } else {
      showStart();
    }
  }

  wire();
})();
