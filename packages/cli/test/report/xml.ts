/**
 * A strict, small XML well-formedness check for the report's SVGs: one root element, every tag
 * closed in order, attributes quoted and unique, `&` only in entity references, no `<` in text or
 * attribute values. Returns the first problem found, or null.
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const entity = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
  const checkText = (text: string, where: number): string | null => {
    for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
      if (!entity.test(text.slice(k))) return `bare & at ${where + k}`;
    }
    return null;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (text.trim() !== '' && stack.length === 0) return `text outside the root at ${i}`;
    const t = checkText(text, i);
    if (t) return t;
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) return 'unclosed comment';
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return `unclosed tag at ${lt}`;
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}> at ${lt}`;
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const m = /^([A-Za-z_][\w:.-]*)([\s\S]*)$/.exec(body);
      if (!m) return `bad tag <${tag.slice(0, 30)}> at ${lt}`;
      const [, name, attrs] = m as unknown as [string, string, string];
      const seen = new Set<string>();
      let rest = attrs;
      for (;;) {
        rest = rest.replace(/^\s+/, '');
        if (rest === '') break;
        const a = /^([A-Za-z_][\w:.-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(rest);
        if (!a) return `bad attribute in <${name}> near "${rest.slice(0, 30)}" at ${lt}`;
        if (seen.has(a[1]!)) return `duplicate attribute ${a[1]} in <${name}> at ${lt}`;
        seen.add(a[1]!);
        const v = checkText(a[3] ?? a[4] ?? '', lt);
        if (v) return v;
        rest = rest.slice(a[0].length);
      }
      if (stack.length === 0) roots++;
      if (roots > 1) return `a second root <${name}> at ${lt}`;
      if (!selfClosing) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length > 0) return `unclosed <${stack[stack.length - 1]}>`;
  return roots === 1 ? null : 'no root element';
}

/** Every top-level `<svg …>…</svg>` of an HTML page (SVGs in the report never nest). */
export function svgsOf(html: string): string[] {
  return [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

/** The HTML of one `<section id="…">` of the report. */
export function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('</section>', start);
  return html.slice(start, end < 0 ? undefined : end);
}
