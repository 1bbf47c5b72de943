/** Splits `max` rows between groups: an even share each, what a small group leaves goes to the others. */
export function shareRows(sizes: readonly number[], max: number): number[] {
  const shown = sizes.map(() => 0);
  let left = Math.max(0, max);
  let open = sizes.map((_, i) => i).filter((i) => sizes[i]! > 0);
  while (left > 0 && open.length > 0) {
    const each = Math.max(1, Math.floor(left / open.length));
    for (const i of open) {
      const take = Math.min(each, sizes[i]! - shown[i]!, left);
      shown[i]! += take;
      left -= take;
    }
    open = open.filter((i) => shown[i]! < sizes[i]!);
  }
  return shown;
}
