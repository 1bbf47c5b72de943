import { scaleLinear, type ScaleLinear } from 'd3-scale';

const KIB = 1024;

/**
 * A linear scale for bytes whose ticks fall on round binary amounts (1, 2, 4 GiB rather
 * than 1.86 GiB): the ticks are computed in the largest IEC unit below the maximum.
 */
export function byteScale(maxBytes: number, range: [number, number]): { scale: ScaleLinear<number, number>; ticks: (count: number) => number[] } {
  const max = Math.max(maxBytes, 1);
  let unit = 1;
  while (unit * KIB <= max && unit < KIB ** 5) unit *= KIB;
  const inUnits = scaleLinear().domain([0, max / unit]).nice();
  const scale = scaleLinear().domain([0, inUnits.domain()[1]! * unit]).range(range);
  return { scale, ticks: (count) => inUnits.ticks(count).map((t) => t * unit) };
}
