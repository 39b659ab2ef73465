/**
 * Where a pointer is inside an SVG, in the SVG's own pixels (the units its scales expect),
 * also when the SVG is drawn larger or smaller than that: a presenter slide scaled to fit
 * the screen, or a browser's zoom on a transformed page.
 */
export function svgPoint(svg: SVGSVGElement, event: { clientX: number; clientY: number }) {
  const box = svg.getBoundingClientRect();
  const ownWidth = svg.width?.baseVal?.value;
  const scale = ownWidth && box.width ? box.width / ownWidth : 1;
  return { x: (event.clientX - box.left) / scale, y: (event.clientY - box.top) / scale };
}
