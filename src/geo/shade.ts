// How a province is shaded by its number of incidents: light sand for none,
// then deeper reds as the count grows (square-root scale: one incident is
// already visible). One rule for the page (web/client/map.ts) and the /stats
// picture (admin/map-png.ts).
export function shadeRgb(n: number, max: number): [number, number, number] {
  if (!n) return [244, 241, 236];
  const k = Math.sqrt(n / Math.max(1, max));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * k);
  return [mix(253, 183), mix(219, 28), mix(190, 28)];
}
