import { compileRule, projectFund } from '../dist/engine.js';
const N = 2_000_000; const people = new Float64Array(N); let x=20261124;
for (let i=0;i<N;i++){ x=(Math.imul(x,1664525)+1013904223)>>>0; const u=(x+1)/4294967297; people[i]=Math.round(Math.exp(9+1.6*Math.sqrt(-2*Math.log(u))*Math.cos(6.283185307*((i*0.618033988749895)%1)))*100)%1e10; }
const out = new Float64Array(N);
const r = compileRule('330200','2015-06-01','resident'); const d = r.data; console.log(Array.from(d));
const cpu=()=>{const u=process.cpuUsage();return (u.user+u.system)/1e6;};
const med=a=>a.sort((p,q)=>p-q)[a.length>>1];
function hand(d, p, o){ const n=p.length; const ec=d[1], pc=d[2], s1=d[8], s2=d[9], s3=d[10], s4=d[11];
  for (let i=0;i<n;i++){ const b=p[i]; const x=b>ec?ec:b; const k=12+5*((((x>s1)|0)+((x>s2)|0)+((x>s3)|0)+((x>s4)|0))|0);
    let t=d[k+4]+Math.floor((2*(x-d[k])*d[k+1]+d[k+2])/d[k+3]); o[i]= t>pc?pc:t; } }
function floor(d,p){let s=0;for(let i=0;i<p.length;i++)s+=p[i];return s;}
const jobs={floor:()=>floor(d,people), hand:()=>hand(d,people,out), batch:()=>r.payoutsFen(people,out), proj:()=>projectFund({region:'330200',date:'2015-06-01',scheme:'resident',premiumPerPerson:'20',population:{burdenFen:people}})};
const T={}; for (const k in jobs) T[k]=[];
for (let rep=0;rep<9;rep++) for (const k in jobs){const t=cpu(); jobs[k](); T[k].push(cpu()-t);}
for (const k in jobs) console.log(k, (N/med(T[k])/1e6).toFixed(1),'M/s');
function nodiv(d, p, o){ const n=p.length; const ec=d[1], pc=d[2], s1=d[8], s2=d[9], s3=d[10], s4=d[11];
  for (let i=0;i<n;i++){ const b=p[i]; const x=b>ec?ec:b; const k=12+5*((((x>s1)|0)+((x>s2)|0)+((x>s3)|0)+((x>s4)|0))|0);
    let t=d[k+4]+((2*(x-d[k])*d[k+1]+d[k+2])*d[k+3]); o[i]= t>pc?pc:t; } }
function nofloor(d, p, o){ const n=p.length; const ec=d[1], pc=d[2], s1=d[8], s2=d[9], s3=d[10], s4=d[11];
  for (let i=0;i<n;i++){ const b=p[i]; const x=b>ec?ec:b; const k=12+5*((((x>s1)|0)+((x>s2)|0)+((x>s3)|0)+((x>s4)|0))|0);
    let t=d[k+4]+((2*(x-d[k])*d[k+1]+d[k+2])/d[k+3]); o[i]= t>pc?pc:t; } }
function nocount(d, p, o){ const n=p.length; const ec=d[1], pc=d[2];
  for (let i=0;i<n;i++){ const b=p[i]; const x=b>ec?ec:b; const k=12;
    let t=d[k+4]+Math.floor((2*(x-d[k])*d[k+1]+d[k+2])/d[k+3]); o[i]= t>pc?pc:t; } }
function onlycount(d, p, o){ const n=p.length; const s1=d[8], s2=d[9], s3=d[10], s4=d[11];
  for (let i=0;i<n;i++){ const x=p[i]; o[i]=((((x>s1)|0)+((x>s2)|0)+((x>s3)|0)+((x>s4)|0))|0); } }
const j2={nodiv:()=>nodiv(d,people,out), nofloor:()=>nofloor(d,people,out), nocount:()=>nocount(d,people,out), onlycount:()=>onlycount(d,people,out), hand:()=>hand(d,people,out)};
const U={}; for (const k in j2) U[k]=[];
for (let rep=0;rep<9;rep++) for (const k in j2){const t=cpu(); j2[k](); U[k].push(cpu()-t);}
for (const k in j2) console.log(k, (N/med(U[k])/1e6).toFixed(1),'M/s');
