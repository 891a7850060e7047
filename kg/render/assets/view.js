/* Interactive view of a kg knowledge graph.
 *
 * Reads the graph from the JSON block #kg-data and draws it with vis-network.
 * Every string in that block comes from news articles and is untrusted: it is only
 * ever put into the page with textContent / createTextNode, never parsed as HTML,
 * and vis-network tooltips get plain strings (drawn as text since vis-network 9).
 */
(function () {
  "use strict";

  var timing = { scriptStart: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var kgView = {
    nodes: null,
    edges: null,
    network: null,
    ready: false,
    timing: timing,
    data: data,
    showNodeDetails: null,
    showEdgeDetails: null,
    clearDetails: null,
  };
  window.kgView = kgView;

  function $(id) {
    return document.getElementById(id);
  }

  // Characters that reorder text (bidi controls) are shown as [U+XXXX] in names, so a
  // label cannot hide or reverse what it says.
  var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  function shown(text) {
    return String(text).replace(BIDI, function (c) {
      return "[U+" + ("000" + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4) + "]";
    });
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function fmt(n) {
    return Number(n).toLocaleString("en-US");
  }

  /* A URL becomes a link only when it is http(s); anything else stays text. */
  function httpUrl(text) {
    if (typeof text !== "string") return null;
    try {
      var url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function plural(n, one, many) {
    return fmt(n) + " " + (n === 1 ? one : many);
  }

  var classByName = {};
  data.classes.forEach(function (c) {
    classByName[c.name] = c;
  });
  var symmetric = {};
  data.symmetric.forEach(function (r) {
    symmetric[r] = true;
  });
  var nodeById = {};
  data.nodes.forEach(function (n) {
    nodeById[n.id] = n;
  });
  var edgeById = {};
  var edgesOfNode = {};
  data.edges.forEach(function (e) {
    edgeById[e.id] = e;
    (edgesOfNode[e.from] = edgesOfNode[e.from] || []).push(e.id);
    (edgesOfNode[e.to] = edgesOfNode[e.to] || []).push(e.id);
  });

  function factText(e) {
    var arrow = symmetric[e.relation] ? " \u2194 " : " \u2192 ";
    return shown(nodeById[e.from].label) + " \u2014 " + e.relation + arrow + shown(nodeById[e.to].label);
  }

  /* ---------- header, summary, notices ---------- */

  var meta = data.meta;
  $("summary").textContent =
    plural(meta.shown_nodes, "entity", "entities") +
    ", " +
    plural(meta.shown_edges, "fact", "facts") +
    " shown (the graph holds " +
    plural(meta.total_nodes, "entity", "entities") +
    " and " +
    plural(meta.total_edges, "fact", "facts") +
    ").";
  if (meta.filters.length) {
    $("filters").textContent = "Filters: " + meta.filters.join("; ") + ".";
  }
  if (meta.omitted_nodes || meta.omitted_edges) {
    $("omitted").textContent =
      "Only the " +
      plural(meta.top, "best-connected entity", "best-connected entities") +
      " are shown: " +
      plural(meta.omitted_nodes, "entity", "entities") +
      " and " +
      plural(meta.omitted_edges, "fact", "facts") +
      " left out.";
    $("omitted").hidden = false;
  }
  if (meta.total_nodes === 0) {
    $("empty").textContent = "The graph is empty: build it from some articles first (kg build).";
    $("empty").hidden = false;
  } else if (data.nodes.length === 0) {
    $("empty").textContent = meta.notes.length
      ? "No fact matches the filters: " + meta.notes.join("; ") + "."
      : "No entity or fact matches the filters.";
    $("empty").hidden = false;
  }

  /* ---------- legend and relation filter ---------- */

  var legend = $("legend");
  data.classes.forEach(function (c) {
    var item = el("li");
    var swatch = el("span", c.glyph, "glyph");
    swatch.style.color = c.color;
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(" " + c.name + " (" + fmt(c.count) + ")"));
    legend.appendChild(item);
  });
  var keyItems = [
    ["solid", "stated fact"],
    ["dashed", "reported only (hedged wording)"],
    ["thick", "wider line: more independent sources"],
  ];
  keyItems.forEach(function (k) {
    var item = el("li");
    item.appendChild(el("span", "", "line " + k[0]));
    item.appendChild(document.createTextNode(" " + k[1]));
    legend.appendChild(item);
  });

  var enabled = {};
  var relationBox = $("relations");
  data.relations.forEach(function (r) {
    enabled[r.name] = true;
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = r.name;
    box.addEventListener("change", function () {
      enabled[r.name] = box.checked;
      applyRelationFilter();
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + r.name + " (" + fmt(r.count) + ")"));
    relationBox.appendChild(label);
  });

  /* ---------- vis-network data ---------- */

  var groups = {};
  data.classes.forEach(function (c) {
    groups[c.name] = {
      shape: c.shape,
      color: {
        background: c.color,
        border: c.border,
        highlight: { background: c.color, border: "#111111" },
        hover: { background: c.color, border: "#111111" },
      },
    };
    // Shapes that hold their label inside get light text without the halo.
    if (c.shape === "box") groups[c.name].font = { color: "#ffffff", strokeWidth: 0 };
  });

  var visNodes = data.nodes.map(function (n) {
    var name = shown(n.label);
    return {
      id: n.id,
      label: name.length > 40 ? name.slice(0, 39) + "\u2026" : name,
      group: n.cls,
      value: n.value,
      title: name + " (" + n.cls + ")",
    };
  });
  var visEdges = data.edges.map(function (e) {
    var edge = {
      id: e.id,
      from: e.from,
      to: e.to,
      label: e.relation,
      arrows: symmetric[e.relation] ? "to, from" : "to",
      dashes: e.certainty === "reported",
      width: e.width,
      title: factText(e) + " (" + plural(e.support, "source", "sources") + ")",
    };
    // Parallel facts between the same two entities bend apart so their labels stay legible.
    if (e.curve) edge.smooth = { enabled: true, type: "curvedCW", roundness: e.curve };
    return edge;
  });

  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  kgView.nodes = nodes;
  kgView.edges = edges;

  function applyRelationFilter() {
    var updates = data.edges.map(function (e) {
      return { id: e.id, hidden: !enabled[e.relation] };
    });
    edges.update(updates);
  }

  /* ---------- details panel ---------- */

  var details = $("details");
  var pinned = false;

  function row(dl, name, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value);
    else dd.textContent = String(value);
    dl.appendChild(dd);
  }

  function showNodeDetails(id) {
    var n = nodeById[id];
    if (!n) return;
    clear(details);
    details.appendChild(el("p", n.cls, "kind"));
    details.appendChild(el("h2", shown(n.label)));
    var dl = el("dl");
    row(dl, "Class", n.cls);
    row(dl, "Aliases", n.aliases.length ? shown(n.aliases.join(", ")) : "none");
    row(dl, "Facts", fmt(n.degree));
    row(dl, "PageRank", n.pagerank.toFixed(4));
    row(dl, "IRI", n.iri);
    details.appendChild(dl);
    var ids = edgesOfNode[id] || [];
    if (ids.length) {
      details.appendChild(el("h3", "Facts shown"));
      var list = el("ul", null, "facts");
      ids.forEach(function (eid) {
        var item = el("li");
        var button = el("button", factText(edgeById[eid]), "link");
        button.type = "button";
        button.addEventListener("click", function () {
          pinned = true;
          network.selectEdges([eid]);
          showEdgeDetails(eid);
        });
        item.appendChild(button);
        list.appendChild(item);
      });
      details.appendChild(list);
    }
  }

  function showEdgeDetails(id) {
    var e = edgeById[id];
    if (!e) return;
    clear(details);
    details.appendChild(el("p", "Fact", "kind"));
    details.appendChild(el("h2", factText(e)));
    var dl = el("dl");
    row(dl, "Relation", e.relation);
    row(dl, "Subject", shown(nodeById[e.from].label));
    row(dl, "Object", shown(nodeById[e.to].label));
    row(dl, "Independent sources", fmt(e.support));
    // Near-duplicate copies of one story (syndicated wire copy) count as one source.
    if (e.documents > e.support) row(dl, "Documents", fmt(e.documents));
    row(dl, "Certainty", e.certainty);
    details.appendChild(dl);
    var sources = e.sources || [];
    if (sources.length) {
      details.appendChild(el("h3", "Sources (" + fmt(sources.length) + ")"));
      var outlets = el("ol", null, "sources");
      sources.forEach(function (src) {
        var item = el("li");
        if (src.documents > 1) item.appendChild(el("p", fmt(src.documents) + " copies of one story"));
        var copies = el("ul");
        src.copies.forEach(function (c) {
          var copy = el("li", c.title || c.doc_id || "untitled document");
          (c.urls.length ? c.urls : c.source ? [c.source] : []).forEach(function (u) {
            var link = c.links.indexOf(u) >= 0 ? httpUrl(u) : null;
            var target;
            if (link) {
              target = el("a", u);
              target.href = link;
              target.target = "_blank";
              target.rel = "noopener noreferrer";
            } else {
              target = el("span", u);
            }
            copy.appendChild(document.createTextNode(" \u2014 "));
            copy.appendChild(target);
          });
          copies.appendChild(copy);
        });
        item.appendChild(copies);
        outlets.appendChild(item);
      });
      details.appendChild(outlets);
    }
    details.appendChild(el("h3", "Evidence (" + fmt(e.evidence.length) + ")"));
    var list = el("ol", null, "evidence");
    e.evidence.forEach(function (ev) {
      var item = el("li");
      item.appendChild(el("blockquote", ev.sentence));
      var src = el("dl");
      row(src, "Source", ev.title || ev.doc_id || "untitled document");
      var link = httpUrl(ev.link);
      if (link) {
        var a = el("a", ev.url);
        a.href = link;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        row(src, "URL", a);
      } else if (ev.url) {
        row(src, "URL", ev.url);
      }
      row(src, "File", ev.path);
      row(src, "Published", ev.doc_date);
      if (ev.denied) row(src, "Says", "denies the fact");
      else if (ev.ended) row(src, "Says", "the relation ended");
      row(src, "Certainty", ev.certainty);
      row(src, "Amount", ev.amount);
      row(src, "Date in text", ev.date);
      row(src, "Confidence", ev.confidence === null ? null : ev.confidence.toFixed(2));
      item.appendChild(src);
      list.appendChild(item);
    });
    details.appendChild(list);
    var disagreements = e.disagreements || [];
    if (disagreements.length) {
      // Sources that disagree on the deal this fact is part of: each side with its documents.
      details.appendChild(el("h3", "Sources disagree (" + fmt(disagreements.length) + ")"));
      var dis = el("ul", null, "disagreements");
      disagreements.forEach(function (d) {
        var item = el("li");
        item.appendChild(el("p", d.company ? d.company + ": " + d.field : d.field));
        var sides = el("dl");
        row(sides, d.value, d.sources || "no document recorded");
        row(sides, d.otherValue, d.otherSources || "no document recorded");
        item.appendChild(sides);
        dis.appendChild(item);
      });
      details.appendChild(dis);
    }
  }

  function clearDetails() {
    clear(details);
    details.appendChild(
      el("p", "Hover over or click an entity or a fact to see its details and evidence.", "hint")
    );
  }

  kgView.showNodeDetails = showNodeDetails;
  kgView.showEdgeDetails = showEdgeDetails;
  kgView.clearDetails = clearDetails;
  clearDetails();

  /* ---------- the network ---------- */

  var layout = data.layout;
  var options = {
    autoResize: true,
    groups: groups,
    nodes: {
      shape: "dot",
      scaling: { min: 8, max: 40, label: { enabled: true, min: 13, max: 24, drawThreshold: 4 } },
      font: { face: "system-ui, sans-serif", color: "#222222", strokeWidth: 3, strokeColor: "#ffffff" },
      borderWidth: 1.5,
    },
    edges: {
      color: { color: "#9aa3ad", highlight: "#333333", hover: "#555555" },
      font: { size: 11, face: "system-ui, sans-serif", color: "#555555", strokeWidth: 3, align: "middle" },
      arrows: { to: { scaleFactor: 0.6 }, from: { scaleFactor: 0.6 } },
      selectionWidth: 2,
      hoverWidth: 1,
      smooth: false,
    },
    layout: { improvedLayout: layout.improvedLayout, randomSeed: 7 },
    physics: {
      solver: "barnesHut",
      barnesHut: {
        theta: layout.theta,
        gravitationalConstant: -2500,
        centralGravity: 0.4,
        springLength: 110,
        springConstant: 0.04,
        avoidOverlap: layout.avoidOverlap,
      },
      stabilization: { enabled: true, iterations: layout.iterations, updateInterval: 10, fit: true },
      minVelocity: 0.75,
    },
    interaction: { hover: true, tooltipDelay: 250, hideEdgesOnDrag: layout.hideEdgesOnDrag, multiselect: false },
  };

  var container = $("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  kgView.network = network;
  timing.networkCreated = performance.now();

  function markReady() {
    if (kgView.ready) return;
    network.setOptions({ physics: false });
    kgView.ready = true;
    timing.stabilized = performance.now();
    $("status").textContent = "";
    document.body.setAttribute("data-ready", "true");
  }

  // The layout gets a time budget as well as an iteration bound: on a slow machine the
  // page stops refining and becomes usable rather than keep the user waiting.
  network.on("stabilizationProgress", function (p) {
    if (kgView.ready) return;
    $("status").textContent = "Laying out the graph\u2026 " + Math.round((100 * p.iterations) / p.total) + "%";
    if (performance.now() - timing.networkCreated > layout.budgetMs) network.stopSimulation();
  });
  network.once("stabilizationIterationsDone", markReady);
  network.once("stabilized", markReady);
  network.once("afterDrawing", function () {
    timing.firstDraw = performance.now();
  });
  if (data.nodes.length === 0) markReady();

  network.on("hoverNode", function (p) {
    if (!pinned) showNodeDetails(p.node);
  });
  network.on("hoverEdge", function (p) {
    if (!pinned) showEdgeDetails(p.edge);
  });
  network.on("blurNode", function () {
    if (!pinned) clearDetails();
  });
  network.on("blurEdge", function () {
    if (!pinned) clearDetails();
  });
  network.on("click", function (p) {
    if (p.nodes.length) {
      pinned = true;
      showNodeDetails(p.nodes[0]);
    } else if (p.edges.length) {
      pinned = true;
      showEdgeDetails(p.edges[0]);
    } else {
      pinned = false;
      clearDetails();
    }
  });

  /* ---------- search ---------- */

  var names = $("entity-names");
  var index = [];
  data.nodes.forEach(function (n) {
    var option = el("option");
    option.value = n.label;
    names.appendChild(option);
    index.push([n.label.toLowerCase(), n.id, 0]);
    n.aliases.forEach(function (a) {
      index.push([a.toLowerCase(), n.id, 1]);
    });
  });

  function findEntity(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    var best = null;
    var bestRank = 99;
    index.forEach(function (entry) {
      var rank;
      if (entry[0] === q) rank = entry[2];
      else if (entry[0].indexOf(q) === 0) rank = 2 + entry[2];
      else if (entry[0].indexOf(q) > 0) rank = 4 + entry[2];
      else return;
      if (rank < bestRank || (rank === bestRank && nodeById[entry[1]].degree > nodeById[best].degree)) {
        best = entry[1];
        bestRank = rank;
      }
    });
    return best;
  }

  function focusEntity(id) {
    pinned = true;
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNodeDetails(id);
  }
  function selectFact(id) {
    pinned = true;
    network.selectEdges([id]);
    showEdgeDetails(id);
  }
  kgView.findEntity = findEntity;
  kgView.focusEntity = focusEntity;
  kgView.selectFact = selectFact;

  $("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = $("search-input").value;
    var id = findEntity(text);
    if (id === null) {
      $("search-result").textContent = "No entity matches \u201c" + text + "\u201d.";
      return;
    }
    $("search-result").textContent = "";
    focusEntity(id);
  });

  timing.interactive = performance.now();
})();
