// Offline maps: the world from world-atlas (TopoJSON, 110m) projected with d3-geo into an SVG path
// string on the server, once; places are drawn as dots. No tile server, no script in the browser.
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { html, trusted, type Html } from './html.js';

const WIDTH = 960;
const HEIGHT = 500;
const require = createRequire(import.meta.url);

let world: { land: string; borders: string } | null = null;
const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });

function worldPaths(): { land: string; borders: string } {
  if (world) return world;
  const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  // One decimal is below a pixel at this size and keeps the page small.
  const path = geoPath(projection).digits(1);
  world = {
    land: path(feature(topo, topo.objects.land)) ?? '',
    borders: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? '',
  };
  return world;
}

export interface MapPoint { name: string; lat: number; lon: number; href?: string }

export function worldMap(points: MapPoint[], label: string): Html {
  const w = worldPaths();
  const dots = points.map((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return html``;
    const [x, y] = xy.map((v) => v.toFixed(1));
    const dot = html`<circle class="map-dot" cx="${x}" cy="${y}" r="6"><title>${p.name}</title></circle><text class="map-label" x="${x}" y="${y}" dx="9" dy="4">${p.name}</text>`;
    return p.href ? html`<a href="${p.href}">${dot}</a>` : dot;
  });
  return html`<figure class="map"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label}">
<path class="map-sphere" d="${trusted(sphere())}"/><path class="map-land" d="${trusted(w.land)}"/><path class="map-borders" d="${trusted(w.borders)}"/>
${dots}</svg><figcaption>${label}. Map data: Natural Earth via world-atlas.</figcaption></figure>`;
}

let spherePath: string | null = null;
function sphere(): string {
  return (spherePath ??= geoPath(projection).digits(1)({ type: 'Sphere' }) ?? '');
}
