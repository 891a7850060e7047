// The query page of kg serve: YASGUI (bundled, nothing is fetched from elsewhere)
// over this server's /query, and the named queries of queries/ to load with one
// click. A named query's parameters are sent with the query as request
// parameters, which the server binds as terms.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { ready: false, yasgui: null };
  window.kgQuery = state;

  function cell(tag, text) {
    const el = document.createElement(tag);
    el.textContent = text;
    return el;
  }

  function currentArgs() {
    const args = [];
    document.querySelectorAll("#params input").forEach((input) => {
      if (input.value !== "") args.push({ name: input.dataset.param, value: input.value });
    });
    return args;
  }

  function syncArgs() {
    const tab = state.yasgui.getTab();
    if (tab) tab.setRequestConfig({ args: currentArgs() });
  }

  function showParams(query) {
    const box = $("params");
    box.replaceChildren();
    for (const p of query.params) {
      const label = cell("label", p.name + (p.required ? " (required)" : ""));
      const input = document.createElement("input");
      input.dataset.param = p.name;
      input.placeholder = p.description;
      input.addEventListener("input", syncArgs);
      label.appendChild(input);
      box.appendChild(label);
    }
  }

  function load(query) {
    const tab = state.yasgui.getTab();
    tab.setQuery(query.text);
    showParams(query);
    syncArgs();
  }

  async function init() {
    const endpoint = window.location.origin + "/query";
    state.yasgui = new Yasgui($("yasgui"), {
      requestConfig: {
        endpoint: endpoint,
        method: "POST",
        acceptHeaderSelect: "application/sparql-results+json,*/*;q=0.9",
        acceptHeaderGraph: "text/turtle,*/*;q=0.9",
      },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      populateFromUrl: false,
      endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
      // Class and property completion would ask a service on the internet.
      yasqe: { autocompleters: ["prefixes", "variables"] },
      yasr: { pluginOrder: ["table", "response"], defaultPlugin: "table" },
    });
    const response = await fetch("/queries", { headers: { Accept: "application/json" } });
    for (const q of await response.json()) {
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

  init().catch((e) => {
    document.body.appendChild(cell("p", "the query page could not start: " + e));
  });
})();
