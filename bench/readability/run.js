// Mozilla Readability over a directory of pages, for bench/extract.sh.
// usage: node run.js DIR PREDICTIONS.json [PASSES]
// Writes {"<name>": {"articleBody": "..."}} (block elements of the article
// on lines of their own) and prints pages per second and MB/s of the
// median pass: parsing with jsdom and Readability's parse() are timed.
"use strict";
const fs = require("fs");
const path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [dir, outFile, passArg] = process.argv.slice(2);
if (!dir || !outFile) {
  console.error("usage: node run.js DIR PREDICTIONS.json [PASSES]");
  process.exit(2);
}
const passes = Math.max(1, parseInt(passArg || "3", 10));
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".html")).sort();
const pages = files.map((f) => ({ name: f.slice(0, -5), html: fs.readFileSync(path.join(dir, f), "utf8") }));
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6",
  "LI", "UL", "OL", "BLOCKQUOTE", "PRE", "TABLE", "TR", "TD", "TH", "BR", "HR", "FIGURE",
  "FIGCAPTION", "DL", "DT", "DD", "HEADER", "FOOTER", "ASIDE", "MAIN", "NAV", "ADDRESS"]);

// Text of the article with a line break around every block element.
function text(node, out) {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c.nodeValue);
    else if (c.nodeType === 1) {
      const block = BLOCK.has(c.tagName);
      if (block) out.push("\n");
      text(c, out);
      if (block) out.push("\n");
    }
  }
  return out;
}

function body(html) {
  // A silent console: pages' broken CSS and scripts are not our concern.
  const dom = new JSDOM(html, { url: "https://example.invalid/", virtualConsole: new VirtualConsole() });
  const art = new Readability(dom.window.document).parse();
  let t = "";
  if (art && art.content) {
    const frag = new JSDOM(art.content).window.document.body;
    t = text(frag, []).join("").split("\n").map((l) => l.replace(/\s+/g, " ").trim())
      .filter((l) => l).join("\n");
  }
  dom.window.close();
  return t;
}

const times = [];
const preds = {};
for (let pass = 0; pass < passes; pass++) {
  let t = 0;
  for (const p of pages) {
    const t0 = process.hrtime.bigint();
    let b = "";
    try {
      b = body(p.html);
    } catch (e) {
      b = "";
    }
    t += Number(process.hrtime.bigint() - t0) / 1e9;
    if (pass === 0) preds[p.name] = { articleBody: b };
  }
  times.push(t);
}
fs.writeFileSync(outFile, JSON.stringify(preds));
times.sort((a, b) => a - b);
const med = times[Math.floor(times.length / 2)];
console.log(`readability: ${pages.length} pages, ${(bytes / 1e6).toFixed(1)} MB, ${med.toFixed(3)} s ` +
  `(median of ${passes} passes): ${(pages.length / med).toFixed(1)} pages/s, ${(bytes / 1e6 / med).toFixed(1)} MB/s`);
