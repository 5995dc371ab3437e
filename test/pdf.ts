import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, good enough to assert on: inflates every content stream and decodes the
 * hex and literal strings that pdfkit's standard fonts write (WinAnsi, so latin1 covers æøå).
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const re = /(?<!end)stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const s of content.matchAll(/<([0-9a-fA-F]+)>|\(((?:\\.|[^\\)])*)\)/g)) {
      out.push(s[1] ? Buffer.from(s[1], 'hex').toString('latin1') : s[2]);
    }
    re.lastIndex = end;
  }
  return out.join('');
}
