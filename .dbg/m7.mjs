import { compileRule, projectFund, checkProjection, GROUPS } from '../dist/engine.js';
const N = 2_000_000; const people = new Float64Array(N); let x=20261124;
for (let i=0;i<N;i++){ x=(Math.imul(x,1664525)+1013904223)>>>0; const u=(x+1)/4294967297; people[i]=Math.round(Math.exp(9+1.6*Math.sqrt(-2*Math.log(u))*Math.cos(6.283185307*((i*0.618033988749895)%1)))*100)%1e10; }
const g = new Uint8Array(N).fill(0);
const cpu=()=>{const u=process.cpuUsage();return (u.user+u.system)/1e6;};
const med=a=>a.sort((p,q)=>p-q)[a.length>>1];
const req={region:'330200',date:'2015-06-01',scheme:'resident',premiumPerPerson:'20',population:{burdenFen:people}};
const reqg={...req,population:{burdenFen:people,group:g}};
const jobs={check:()=>checkProjection(req), checkg:()=>checkProjection(reqg), proj:()=>projectFund(req), projg:()=>projectFund(reqg)};
const T={}; for (const k in jobs) T[k]=[];
for (let rep=0;rep<9;rep++) for (const k in jobs){const t=cpu(); jobs[k](); T[k].push(cpu()-t);}
for (const k in jobs) console.log(k, (N/med(T[k])/1e6).toFixed(1),'M/s');
