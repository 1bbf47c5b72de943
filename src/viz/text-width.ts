/**
 * About how wide a line of text is, to size a chart's label columns before the browser has
 * laid anything out (server rendering, exports): East Asian wide characters take one em,
 * others about 0.6 em in the sans-serif fonts the charts use. An estimate, kept on the wide side.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/** A column wide enough for the widest of `texts`, within [min, max]. */
export function columnWidth(texts: readonly string[], fontSize: number, min: number, max: number): number {
  const widest = Math.max(0, ...texts.map((t) => textWidth(t, fontSize)));
  return Math.round(Math.min(max, Math.max(min, widest + 10)));
}
