/**
 * Teacher-written text (a tour's narration, a question, a goal) with `code` spans, as
 * Markdown writes them: each span in backticks becomes <code>, the rest stays text. An
 * unpaired backtick is left as it is.
 */
export function splitCode(text: string): Array<{ code: boolean; text: string }> {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return [{ code: false, text }];
  return parts.map((p, i) => ({ code: i % 2 === 1, text: p })).filter((p) => p.text !== '');
}

export function InlineCode({ text }: { text: string }) {
  return <>{splitCode(text).map((p, i) => (p.code ? <code key={i} className="inline-code">{p.text}</code> : p.text))}</>;
}
