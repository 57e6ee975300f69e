(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var tip = document.getElementById("tip");
  var info = document.getElementById("info");
  var svg = document.getElementById("graph");
  function rows(el) {
    var iri = el.getAttribute("data-node");
    var node = data.nodes[iri] || {};
    var out = [["node", (node.kind || "") + ": " + (node.label || "")], ["IRI", iri]];
    if (node.detail) { out.push(["details", node.detail]); }
    if (node.kind && !/^(statement|deployment)/.test(node.kind)) {
      out.push(["Wikidata", node.wikidata || "not linked"]);
    }
    var b = el.getAttribute("data-b"), e = el.getAttribute("data-e");
    if (b !== null) {
      out.push(["anchor", "characters " + b + "–" + e + " (end exclusive)"]);
      out.push(["text", data.text.slice(Number(b), Number(e))]);
    }
    return out;
  }
  function fill(box, el) {
    var list = document.createElement("dl");
    rows(el).forEach(function (row) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = row[0];
      if (/^https?:\/\//.test(row[1]) && row[0] === "Wikidata") {
        var a = document.createElement("a");
        a.href = row[1]; a.textContent = row[1]; a.rel = "noreferrer noopener";
        dd.appendChild(a);
      } else { dd.textContent = row[1]; }
      list.appendChild(dt); list.appendChild(dd);
    });
    box.replaceChildren(list);
  }
  function target(event) {
    var el = event.target;
    return el && el.closest ? el.closest("[data-node]") : null;
  }
  function focusGraph(iri) {
    if (!svg) { return; }
    svg.querySelectorAll(".hot").forEach(function (n) { n.classList.remove("hot"); });
    if (!iri) { svg.classList.remove("focus"); return; }
    svg.classList.add("focus");
    svg.querySelectorAll("g.node").forEach(function (n) {
      if (n.getAttribute("data-node") === iri) { n.classList.add("hot"); }
    });
    svg.querySelectorAll("path.edge").forEach(function (p) {
      var from = p.getAttribute("data-from"), to = p.getAttribute("data-to");
      if (from === iri || to === iri) {
        p.classList.add("hot");
        svg.querySelectorAll("g.node").forEach(function (n) {
          var id = n.getAttribute("data-node");
          if (id === from || id === to) { n.classList.add("hot"); }
        });
      }
    });
  }
  document.addEventListener("mouseover", function (event) {
    var el = target(event);
    if (!el) { tip.hidden = true; return; }
    fill(tip, el);
    tip.hidden = false;
    var x = Math.min(event.clientX + 14, window.innerWidth - 440);
    tip.style.left = Math.max(4, x) + "px";
    tip.style.top = (event.clientY + 16) + "px";
    if (el.closest("svg")) { focusGraph(el.getAttribute("data-node")); }
  });
  document.addEventListener("mouseout", function (event) {
    if (target(event)) { tip.hidden = true; }
  });
  document.addEventListener("click", function (event) {
    var el = target(event);
    document.querySelectorAll(".sel").forEach(function (n) { n.classList.remove("sel"); });
    if (!el) { focusGraph(null); return; }
    fill(info, el);
    var iri = el.getAttribute("data-node");
    document.querySelectorAll("#text [data-node]").forEach(function (n) {
      if (n.getAttribute("data-node") === iri) { n.classList.add("sel"); }
    });
    focusGraph(iri);
  });
})();
