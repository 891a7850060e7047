// The query page of kg serve: named queries load with one click, results are
// drawn with textContent only (no markup from the store is ever parsed), and
// every request goes to this server.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { named: null, loadedText: null };
  window.kgQuery = state;

  function setStatus(text, error) {
    $("status").textContent = text;
    $("status").className = error ? "error" : "";
  }

  function cell(tag, text) {
    const el = document.createElement(tag);
    el.textContent = text;
    return el;
  }

  function termText(term) {
    if (!term) return "";
    if (term.type === "uri") return term.value;
    if (term.type === "bnode") return "_:" + term.value;
    return term.value;
  }

  function showSelect(doc) {
    const box = $("results");
    box.replaceChildren();
    if (typeof doc.boolean === "boolean") {
      box.appendChild(cell("p", "ASK: " + doc.boolean));
      return 1;
    }
    const vars = doc.head.vars || [];
    const table = document.createElement("table");
    const head = document.createElement("tr");
    vars.forEach((v) => head.appendChild(cell("th", v)));
    table.appendChild(head);
    for (const row of doc.results.bindings) {
      const tr = document.createElement("tr");
      vars.forEach((v) => tr.appendChild(cell("td", termText(row[v]))));
      table.appendChild(tr);
    }
    box.appendChild(table);
    return doc.results.bindings.length;
  }

  function showParams(query) {
    const box = $("params");
    box.replaceChildren();
    for (const p of query ? query.params : []) {
      const label = cell("label", p.name + (p.required ? " (required) " : " "));
      const input = document.createElement("input");
      input.name = p.name;
      input.dataset.param = p.name;
      input.placeholder = p.description;
      label.appendChild(input);
      box.appendChild(label);
    }
  }

  function load(query) {
    $("query").value = query.text;
    state.named = query;
    state.loadedText = query.text;
    showParams(query);
    setStatus("loaded " + query.name, false);
  }

  async function run() {
    const text = $("query").value;
    const named = state.named && text === state.loadedText ? state.named : null;
    let response;
    setStatus("running...", false);
    const accept = "application/sparql-results+json, application/n-triples;q=0.9";
    try {
      if (named) {
        const params = new URLSearchParams();
        document.querySelectorAll("#params input").forEach((input) => {
          if (input.value !== "") params.append(input.dataset.param, input.value);
        });
        response = await fetch("/queries/" + encodeURIComponent(named.name) + "?" + params,
          { headers: { Accept: accept } });
      } else {
        response = await fetch("/query", {
          method: "POST",
          headers: { "Content-Type": "application/sparql-query", Accept: accept },
          body: text,
        });
      }
    } catch (e) {
      setStatus("request failed: " + e, true);
      return;
    }
    const body = await response.text();
    if (!response.ok) {
      $("results").replaceChildren();
      setStatus(response.status + ": " + body.trim(), true);
      return;
    }
    let count;
    if ((response.headers.get("Content-Type") || "").includes("json")) {
      count = showSelect(JSON.parse(body));
    } else {
      $("results").replaceChildren(cell("pre", body));
      count = body.split("\n").filter((l) => l.trim()).length;
    }
    setStatus(count + (count === 1 ? " row" : " rows"), false);
  }

  async function init() {
    $("run").addEventListener("click", run);
    $("query").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run();
    });
    const response = await fetch("/queries", { headers: { Accept: "application/json" } });
    const queries = await response.json();
    for (const q of queries) {
      const li = document.createElement("li");
      const button = cell("button", q.name);
      button.type = "button";
      button.dataset.query = q.name;
      button.appendChild(cell("span", q.description)).className = "desc";
      button.addEventListener("click", () => load(q));
      li.appendChild(button);
      $("examples").appendChild(li);
    }
    state.ready = true;
  }

  init().catch((e) => setStatus("cannot list the named queries: " + e, true));
})();
