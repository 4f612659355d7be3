import { CHART_SCHEME_CSS } from './charts.js';
import { esc } from './html.js';

/** One section of a report: an anchor id, a title for the contents, and its HTML. */
export interface Section {
  readonly id: string;
  readonly title: string;
  /** One or two sentences saying what the section shows and how to read it (HTML). */
  readonly lede?: string;
  readonly html: string;
}

/** A whole report, before layout. */
export interface ReportPage {
  /** Window title and main heading. */
  readonly title: string;
  /** A line above the title: what kind of report this is. */
  readonly kind: string;
  /** The scenario's description, under the title (plain text). */
  readonly description?: string;
  /** Facts shown in the header: label → value (plain text). */
  readonly facts: readonly (readonly [string, string])[];
  /** Warnings shown at the top (HTML). */
  readonly warnings: readonly string[];
  /** A block under the facts, before the contents (HTML), e.g. the outcomes at a glance. */
  readonly glance?: string;
  readonly sections: readonly Section[];
  /** The colophon at the end (HTML): replay line, provenance. */
  readonly colophon: string;
}

/**
 * Lays a report out as one self-contained HTML document: inline CSS, inline SVG, system fonts,
 * no scripts and nothing loaded from anywhere. Readable on screen and in print.
 */
export function renderPage(page: ReportPage): string {
  const toc = page.sections.map((s, i) => `<li><a href="#${esc(s.id)}"><span class="toc-num">${i + 1}</span>${esc(s.title)}</a></li>`).join('');
  const sections = page.sections.map((s, i) => `<section id="${esc(s.id)}" class="section">
<h2><span class="sec-num">${i + 1}</span>${esc(s.title)}</h2>
${s.lede ? `<p class="lede">${s.lede}</p>\n` : ''}${s.html}
</section>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="casus report">
<title>${esc(page.title)} — Casus report</title>
<style>${CSS}${CHART_SCHEME_CSS}</style>
</head>
<body>
<header class="masthead">
<div class="masthead-inner">
<p class="eyebrow">${esc(page.kind)}</p>
<h1>${esc(page.title)}</h1>
${page.description ? `<p class="dek">${esc(page.description)}</p>` : ''}
<dl class="facts">${page.facts.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>
</div>
</header>
${page.warnings.length > 0 || page.glance ? `<section class="top" aria-label="At a glance">
${page.warnings.length > 0 ? `<div class="warnings" role="note">${page.warnings.map((w) => `<p>${w}</p>`).join('')}</div>` : ''}
${page.glance ? `<div class="glance-wrap">${page.glance}</div>` : ''}
</section>` : ''}
<div class="layout">
<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>${toc}</ol></nav>
<main>
${sections}
<footer class="colophon">${page.colophon}</footer>
</main>
</div>
</body>
</html>
`;
}

const CSS = `
:root{color-scheme:light dark;--ink:#1f2430;--muted:#535a67;--faint:#5f6672;--paper:#f7f5f0;--card:#fff;--rule:#e3ded4;--rule-soft:#efebe3;--accent:#245d87;
--well:#eee9df;--chip:#f1eee7;--chip-edge:#b9b2a6;--th:#fbfaf7;--neutral-bg:#ece8e0;--info:#23557a;--info-bg:#e1ecf5;
--mast:#1c2636;--mast-ink:#f3efe6;--mast-dek:#d7d2c6;--mast-dt:#aab3c2;--mast-eyebrow:#d5c79f;--mast-rule:#3a465a;
--data:#2a6e45;--data-bg:#e3f1e7;--judg:#7a4f00;--judg-bg:#fbefd2;--ph:#a12a3a;--ph-bg:#f9e1e4;--warn-edge:#d9a437;
--chart-bg:#fff;--chart-ink:#1f2430;--chart-muted:#535a67;--chart-rule:#d8d4cb;
--serif:"Iowan Old Style","Palatino Linotype",Palatino,"Book Antiqua",Georgia,"Times New Roman",serif;
--sans:"Helvetica Neue",Helvetica,Arial,"Liberation Sans","Nimbus Sans",system-ui,sans-serif;
--mono:ui-monospace,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace}
@media (prefers-color-scheme:dark){:root{--ink:#e6e3dc;--muted:#b4b9c3;--faint:#a3a9b4;--paper:#14181f;--card:#1d232d;--rule:#343c49;--rule-soft:#2a313c;--accent:#8cc1ea;
--well:#2a313c;--chip:#262d38;--chip-edge:#5d6573;--th:#222935;--neutral-bg:#2c333e;--info:#a9d0f0;--info-bg:#1e3347;
--mast:#0d1117;--mast-ink:#f3efe6;--mast-dek:#c9c4b8;--mast-dt:#a3acbb;--mast-eyebrow:#d5c79f;--mast-rule:#303a4a;
--data:#8fd3a5;--data-bg:#173324;--judg:#f0c66e;--judg-bg:#3a2c0e;--ph:#f3a0ab;--ph-bg:#3f1a20;--warn-edge:#c79225;
--chart-bg:var(--card);--chart-ink:var(--ink);--chart-muted:var(--muted);--chart-rule:#59626f}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:15.5px/1.6 var(--sans);font-variant-numeric:tabular-nums;overflow-wrap:break-word}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.masthead{background:var(--mast);color:var(--mast-ink);padding:44px 0 30px}
.masthead-inner{padding:0 24px}
.masthead-inner,.glance-wrap,.warnings{max-width:1180px;margin:0 auto}
.eyebrow{margin:0 0 6px;font-size:12px;letter-spacing:.14em;text-transform:uppercase;color:var(--mast-eyebrow)}
h1{font:600 40px/1.15 var(--serif);margin:0 0 10px;letter-spacing:-.01em}
.dek{font:18px/1.5 var(--serif);color:var(--mast-dek);max-width:62em;margin:0 0 22px}
.facts{display:flex;flex-wrap:wrap;gap:10px 34px;margin:0;padding-top:16px;border-top:1px solid var(--mast-rule)}
.facts div{min-width:0;max-width:100%}.facts dt{font-size:11px;letter-spacing:.1em;text-transform:uppercase;color:var(--mast-dt)}
.facts dd{margin:2px 0 0;font-size:15px;color:var(--mast-ink);overflow-wrap:anywhere}
.warnings{padding:14px 24px 0}.warnings p{margin:0 0 8px;padding:10px 14px;background:var(--judg-bg);color:var(--ink);border-left:4px solid var(--warn-edge);border-radius:4px}
.glance-wrap{padding:26px 24px 0}
.glance{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:14px}
.card{background:var(--card);border:1px solid var(--rule);border-radius:8px;padding:14px 16px 12px;display:flex;flex-direction:column;gap:4px;min-width:0}
.card .big{font:600 30px/1.1 var(--serif);color:var(--ink)}
.card .what{font-size:13.5px;line-height:1.35;color:var(--ink);min-height:2.7em}
.card .ci{font-size:12px;color:var(--muted)}
.card .meter{height:5px;background:var(--well);border-radius:3px;overflow:hidden;margin:4px 0 2px}
.card .meter span{display:block;height:100%;border-radius:3px}
.card .flags{display:flex;gap:6px;flex-wrap:wrap;margin-top:2px}.card .badge{white-space:normal}
.layout{max-width:1180px;margin:0 auto;padding:0 24px 60px;display:grid;grid-template-columns:210px minmax(0,1fr);gap:40px}
.toc{position:sticky;top:0;align-self:start;padding-top:34px;max-height:100vh;overflow:auto}
.toc h2{font-size:11px;letter-spacing:.14em;text-transform:uppercase;color:var(--faint);margin:0 0 10px;font-weight:600}
.toc ol{list-style:none;margin:0;padding:0}.toc li{margin:0}
.toc a{display:flex;gap:10px;padding:5px 0;color:var(--ink);font-size:14px;border-bottom:1px solid var(--rule)}
.toc-num{color:var(--faint);min-width:1.4em;text-align:right}
main{min-width:0}
.section{padding-top:34px}
.section h2{font:600 26px/1.2 var(--serif);margin:0 0 8px;display:flex;gap:12px;align-items:baseline}
.sec-num{font:500 14px var(--sans);color:var(--faint)}
.section h3{font:600 17px/1.3 var(--serif);margin:24px 0 8px}
.lede{color:var(--muted);max-width:48em;margin:0 0 16px}
figure.chart{margin:0 0 18px;background:var(--chart-bg);color:var(--chart-ink);border:1px solid var(--rule);border-radius:8px;padding:16px 16px 10px}
.chart-scroll{overflow-x:auto}
figure.chart svg{display:block;width:100%;height:auto}
figure.chart figcaption{color:var(--chart-muted)}
figcaption{font-size:13px;color:var(--muted);margin-top:8px;max-width:52em}
.table-wrap{overflow-x:auto;background:var(--card);border:1px solid var(--rule);border-radius:8px;margin:0 0 18px}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{text-align:left;padding:7px 12px;border-bottom:1px solid var(--rule-soft);vertical-align:top}
th{font-size:11.5px;letter-spacing:.04em;text-transform:uppercase;color:var(--muted);font-weight:600;background:var(--th)}
tr:last-child td{border-bottom:0}
td.num,th.num{text-align:right}td.num{white-space:nowrap}th.num{hyphens:auto}td:first-child{min-width:8.5em}
td .sub{display:block;color:var(--muted);font-size:12px}
code,.mono{font-family:var(--mono);font-size:12.5px;overflow-wrap:break-word}
.assumptions td:nth-child(5){min-width:16em}.assumptions td:nth-child(6){overflow-wrap:anywhere;min-width:8em}
.badge{display:inline-block;font-size:11px;line-height:1;padding:4px 7px 4px;border-radius:20px;font-weight:600;letter-spacing:.02em;white-space:nowrap;vertical-align:1px}
.badge-data,.badge-good{background:var(--data-bg);color:var(--data)}
.badge-judgment,.badge-warn{background:var(--judg-bg);color:var(--judg)}
.badge-placeholder,.badge-bad{background:var(--ph-bg);color:var(--ph)}
.badge-neutral{background:var(--neutral-bg);color:var(--muted)}
.badge-info{background:var(--info-bg);color:var(--info)}
.empty{color:var(--muted);font-style:italic;background:var(--card);border:1px dashed var(--rule);border-radius:8px;padding:12px 16px}
.callout{background:var(--card);border:1px solid var(--rule);border-left:4px solid var(--warn-edge);border-radius:6px;padding:10px 14px;margin:0 0 14px;font-size:14px}
.callout.placeholder{border-left-color:#c2412d}
.outcome-block{background:var(--card);border:1px solid var(--rule);border-radius:8px;padding:16px 18px;margin:0 0 16px}
.outcome-block h3{margin:0 0 4px;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.outcome-block .meta{color:var(--muted);font-size:13px;margin:0 0 10px}
.path{display:grid;grid-template-columns:64px minmax(0,1fr);gap:4px 12px;align-items:start;padding:8px 0;border-top:1px solid var(--rule-soft)}
.share{font:600 15px var(--serif);text-align:right;padding-top:2px}
.share small{display:block;font:11px var(--sans);color:var(--muted)}
.sharebar{height:4px;background:var(--well);border-radius:2px;margin-top:4px}.sharebar span{display:block;height:100%;background:var(--accent);border-radius:2px}
.chain{display:flex;flex-wrap:wrap;gap:4px 2px;align-items:center}
.chip{display:inline-flex;flex-wrap:wrap;gap:0 6px;align-items:baseline;font-size:12.5px;padding:3px 9px;border-radius:5px;background:var(--chip);border-left:3px solid var(--chip-edge);max-width:100%;overflow-wrap:anywhere}
.chip .k{font-size:10.5px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.chip.trigger{border-left-color:#d1603d}.chip.obligation{border-left-color:#2f6f9f}.chip.duty{border-left-color:#8a5fb0}
.chip.decision{border-left-color:#c9a227}.chip.council{border-left-color:#1f9e9b}.chip.inject{border-left-color:#6b7a8f}
.arrow{color:var(--faint);padding:0 3px}
.params{margin-top:5px;display:flex;flex-wrap:wrap;gap:4px}
details.story{margin-top:6px;font-size:13.5px}
details.story summary{cursor:pointer;color:var(--accent);font-size:13px}
.story ol{list-style:none;margin:8px 0 6px;padding:0 0 0 14px;border-left:2px solid var(--rule)}
.story li{margin:0 0 6px;position:relative}
.story li::before{content:"";position:absolute;left:-20px;top:8px;width:8px;height:8px;border-radius:50%;background:var(--card);border:2px solid var(--chip-edge)}
.story li.hit::before{background:#c2412d;border-color:#c2412d}
.story .when{color:var(--muted);font-size:12px;margin-right:6px}
.story .cause{color:var(--faint);font-size:11.5px;font-family:var(--mono)}
.replay{display:block;background:#1c2636;color:#e8e3d8;font:12.5px/1.5 var(--mono);padding:8px 12px;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;margin:6px 0 0}
.dist svg{display:block}
.legend-row{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;color:var(--chart-muted);margin:8px 0 0}
.legend-row i{display:inline-block;width:18px;height:3px;border-radius:2px;vertical-align:middle;margin-right:6px}
.pact-num{display:inline-flex;align-items:center;justify-content:center;min-width:19px;height:19px;border:1.5px solid currentColor;border-radius:50%;font-size:11px;font-weight:700;line-height:1;margin-right:6px;color:var(--chart-ink);vertical-align:middle}
.colophon{margin-top:46px;padding-top:18px;border-top:1px solid var(--rule);color:var(--muted);font-size:13px}
.colophon p{margin:0 0 8px}
.two-col{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(320px,100%),1fr));gap:0 18px}
@media (max-width:900px){.layout{grid-template-columns:1fr;gap:0}.toc{position:static;max-height:none;padding-top:24px}h1{font-size:31px}}
@media (max-width:600px){.masthead{padding:28px 0 22px}.masthead-inner,.warnings,.glance-wrap{padding-left:14px;padding-right:14px}.layout{padding:0 14px 40px}
h1{font-size:26px}.dek{font-size:16px}.section h2{font-size:22px}figure.chart{padding:12px 10px 8px}
figure.chart svg{min-width:calc(var(--w, 0px) * .9)}th,td{padding:6px 8px}.path{grid-template-columns:52px minmax(0,1fr)}}
@media print{:root{--paper:#fff;--card:#fff;--ink:#1f2430;--muted:#535a67}body{background:#fff;color:#1f2430}.masthead{background:#fff;color:#1f2430;border-bottom:2px solid #1f2430}.masthead .dek,.facts dd,.facts dt,.eyebrow{color:#1f2430}
.layout{display:block}.toc{display:none}figure.chart,.table-wrap,.outcome-block{break-inside:avoid}details.story{display:block}}
`.trim();
