import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
const { analyzeText } = await import('/work/wt/aspeed/dist/api.js');
const { defaultAnnotators } = await import('/work/wt/aspeed/dist/analyse/index.js');
let docs=[]; const i=defaultAnnotators.findIndex(a=>a.name==='times'); const a=defaultAnnotators[i]; defaultAnnotators[i]={...a,annotate(doc){docs.push(doc); a.annotate(doc);}};
const files=[]; const walk=(d)=>{for(const n of readdirSync(d)){const p=join(d,n); if(statSync(p).isDirectory())walk(p); else if(/\.txt$/.test(n)&&!/^ATTRIB/.test(n))files.push(p);}}; walk('/work/wt/aspeed/demo');
const F = /\d|(?:^|[^a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|now|today|tonight|tomorrow|overmorrow|tmr|yesterday|morning|afternoon|evening|night|midnight|midday|noon|month|sec|min|hour|day|week|quarter|qtr|year|decade|mo|hr|yr)/i;
let n=0,pass=0,withRes=0,miss=0, chars=0, pchars=0;
for (const f of files) analyzeText(readFileSync(f,'utf8'),{today:'2026-11-26'});
for (const doc of docs) { const text = doc.text;
 for (const s of doc.sentences) { const t=text.slice(s.start,s.end); n++; chars+=t.length; const p=F.test(t); if(p){pass++;pchars+=t.length;} const res=chrono.casual.parse(t,new Date()); if(res.length){withRes++; if(!p){miss++; console.log('MISS',JSON.stringify(t), res.map(x=>x.text));}} } }
console.log({n,pass,withRes,miss,chars,pchars});
