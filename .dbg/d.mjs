// .dbg/d.ts
import { parse } from "csv-parse/sync";

// src/engine/decimal.ts
import DecimalBase from "decimal.js";
var Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
var ZERO = new Decimal(0);
function toFen(d) {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

// src/engine/errors.ts
function issue(field, code, zh, en) {
  return { field, code, zh, en, message: `${zh} ${en}` };
}
var DbbxInputError = class extends Error {
  constructor(issues) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("\n"));
    this.name = "DbbxInputError";
    this.issues = issues;
  }
};
var DbbxPolicyError = class extends Error {
  constructor(problems) {
    super(
      "\u653F\u7B56\u6570\u636E\u6709\u8BEF / Invalid policy data:\n" + problems.map((p) => `- ${p.path || "(\u6839 / root)"}: ${p.zh} ${p.en}`).join("\n")
    );
    this.name = "DbbxPolicyError";
    this.problems = problems;
  }
};

// src/engine/amount.ts
var MAX_AMOUNT = new Decimal("100000000");
var FULL_WIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E\uFF0D\u3000]/g;
function halfWidth(s) {
  return s.replace(FULL_WIDTH, (c) => {
    const code = c.charCodeAt(0);
    if (code === 12288) return " ";
    return String.fromCharCode(code - 65248);
  });
}
var GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
var PLAIN = /^\d+(\.\d*)?$|^\.\d+$/;
function parseAmountField(input, field, label, max = MAX_AMOUNT) {
  const fail = (code, zh, en) => ({
    ok: false,
    issue: issue(field, code, `${label.zh}\uFF1A${zh}`, `${label.en}: ${en}`)
  });
  let d;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("not-a-number", "\u4E0D\u662F\u6709\u6548\u7684\u91D1\u989D\u3002", "is not a valid amount.");
    if (input < 0) return fail("negative", "\u4E0D\u80FD\u4E3A\u8D1F\u6570\u3002", "cannot be negative.");
    d = new Decimal(input);
  } else if (typeof input === "string") {
    let s = halfWidth(input).trim().replace(/\s*(yuan|rmb|cny)$/i, "").replace(/\s*([¥￥万元])\s*/g, "$1");
    if (s === "") return fail("required", "\u8BF7\u586B\u5199\u91D1\u989D\u3002", "please enter an amount.");
    if (/\s/.test(s)) {
      return fail(
        "space-inside",
        `\u201C${input}\u201D\u4E2D\u95F4\u6709\u7A7A\u683C\uFF0C\u8BF7\u53EA\u5199\u4E00\u4E2A\u91D1\u989D\uFF0C\u4F8B\u5982 18000 \u6216 18,000\u3002`,
        `"${input}" has a space inside it; write one amount, e.g. 18000 or 18,000.`
      );
    }
    s = s.replace(/^[¥￥]/, "");
    if (/^[-−]/.test(s)) return fail("negative", "\u4E0D\u80FD\u4E3A\u8D1F\u6570\u3002", "cannot be negative.");
    let tenThousands = false;
    if (/万元?$/.test(s)) {
      tenThousands = true;
      s = s.replace(/万元?$/, "");
    } else s = s.replace(/元$/, "");
    if (!GROUPED.test(s) && !PLAIN.test(s)) {
      if (/^[\d,]+(\.\d+)?$/.test(s)) {
        return fail(
          "bad-grouping",
          `\u201C${input}\u201D\u7684\u5343\u4F4D\u5206\u9694\u7B26\u4F4D\u7F6E\u4E0D\u5BF9\uFF0C\u8BF7\u5199\u6210 18,000.50 \u6216 18000.50\u3002`,
          `"${input}" has misplaced thousands separators; write 18,000.50 or 18000.50.`
        );
      }
      return fail(
        "not-a-number",
        `\u201C${input}\u201D\u4E0D\u662F\u91D1\u989D\uFF0C\u8BF7\u53EA\u586B\u6570\u5B57\uFF0C\u4F8B\u5982 18000\u300118,000.50 \u6216 1.8\u4E07\u3002`,
        `"${input}" is not an amount; use digits only, e.g. 18000, 18,000.50 or 1.8\u4E07.`
      );
    }
    d = new Decimal(s.replace(/,/g, ""));
    if (tenThousands) d = d.times(1e4);
  } else if (input === void 0 || input === null) {
    return fail("required", "\u8BF7\u586B\u5199\u91D1\u989D\u3002", "please enter an amount.");
  } else {
    return fail("not-a-number", "\u4E0D\u662F\u91D1\u989D\u3002", "is not an amount.");
  }
  if (d.isNegative() && !d.isZero()) return fail("negative", "\u4E0D\u80FD\u4E3A\u8D1F\u6570\u3002", "cannot be negative.");
  if (d.decimalPlaces() > 2) {
    return fail("too-precise", "\u91D1\u989D\u6700\u591A\u7CBE\u786E\u5230\u5206\uFF08\u4E24\u4F4D\u5C0F\u6570\uFF09\u3002", "amounts go to the fen at most (two decimal places).");
  }
  if (max && d.greaterThan(max)) {
    return fail("too-large", "\u8D85\u8FC7 1 \u4EBF\u5143\uFF0C\u8BF7\u6838\u5BF9\u91D1\u989D\u3002", "is over 100,000,000 yuan; please check the figure.");
  }
  return { ok: true, value: d.abs() };
}
function fenToYuan(fen2) {
  const abs = Math.abs(fen2);
  return `${fen2 < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

// src/engine/dates.ts
function isIsoDate(s) {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// src/policies/schema.ts
import * as z from "zod/mini";
z.config({ jitless: true });
var DECIMAL = /^\d+(\.\d+)?$/;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var REGION_CODE = /^\d{6}$/;
var ID = /^[a-z0-9][a-z0-9-]*$/;
var decimalText = z.string().check(z.regex(DECIMAL));
var dateText = z.string().check(z.regex(DATE));
var text = z.string().check(z.minLength(1));
var schemeSchema = z.enum(["resident", "employee"]);
var groupSchema = z.enum(["general", "medical-assistance", "extreme-poverty", "subsistence", "registered-poor"]);
var specialGroupSchema = z.enum(["medical-assistance", "extreme-poverty", "subsistence", "registered-poor"]);
var citationSchema = z.strictObject({
  /** Document number, e.g. 甬政办发〔2013〕268号. */
  document: text,
  /** Clause, e.g. 五、保障范围. */
  clause: text,
  /** The words of the document the figure is read from, verbatim (whitespace aside). */
  quote: text
});
var noteSchema = z.strictObject({ zh: text, en: text });
var basisSchema = z.enum(["exact", "minimum"]);
var moneyFigure = z.strictObject({
  amount: decimalText,
  citation: citationSchema,
  basis: z.optional(basisSchema),
  note: z.optional(noteSchema),
  /** The year the document gives this figure for, where it is reset yearly elsewhere: later dates are warned. */
  forYear: z.optional(z.number().check(z.int()))
});
var tierSchema = z.strictObject({
  /** Absolute point on the year's cumulative burden where the band starts (exclusive). */
  from: decimalText,
  /** Where it ends (inclusive); null = no upper limit. */
  to: z.nullable(decimalText),
  ratio: decimalText,
  citation: citationSchema,
  basis: z.optional(basisSchema),
  note: z.optional(noteSchema),
  /** A name for the band where "from–to" says nothing to a reader (Xinbei's catalogue part). */
  label: z.optional(noteSchema)
});
var capSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("none"), citation: citationSchema, note: z.optional(noteSchema) }),
  z.strictObject({
    /** 封顶 on the payout: the year's payout never exceeds amount. */
    kind: z.literal("payout"),
    amount: z.nullable(decimalText),
    citation: citationSchema,
    basis: z.optional(basisSchema),
    note: z.optional(noteSchema)
  }),
  z.strictObject({
    /** Limit on the compliant expenses counted: burden above amount is not paid. */
    kind: z.literal("expense"),
    amount: z.nullable(decimalText),
    citation: citationSchema,
    basis: z.optional(basisSchema),
    note: z.optional(noteSchema)
  })
]);
var ratioAdjustment = z.union([
  /** Every tier's ratio + add (percentage points). */
  z.strictObject({ add: decimalText, citation: citationSchema, basis: z.optional(basisSchema), note: z.optional(noteSchema) }),
  /** Every tier's ratio raised to at least atLeast. */
  z.strictObject({ atLeast: decimalText, citation: citationSchema, basis: z.optional(basisSchema), note: z.optional(noteSchema) })
]);
var groupRuleSchema = z.strictObject({
  label: noteSchema,
  citation: citationSchema,
  note: z.optional(noteSchema),
  /** Threshold × (1 − reduceBy). */
  threshold: z.optional(z.strictObject({
    reduceBy: decimalText,
    citation: citationSchema,
    basis: z.optional(basisSchema),
    note: z.optional(noteSchema)
  })),
  ratio: z.optional(ratioAdjustment),
  cap: z.optional(capSchema)
});
var exclusionSchema = z.strictObject({
  id: z.string().check(z.regex(ID)),
  /** Item number in the document's list. */
  item: text,
  zh: text,
  en: text,
  citation: citationSchema
});
var schemeRuleSchema = z.strictObject({
  /** The clause that says this scheme's insured are covered. */
  coverage: citationSchema,
  threshold: moneyFigure,
  tiers: z.array(tierSchema).check(z.minLength(1)),
  cap: capSchema,
  groups: z.optional(z.partialRecord(specialGroupSchema, groupRuleSchema)),
  /** When present, only these groups are covered at all (Xinbei: 低保对象 only). */
  eligibleGroups: z.optional(z.strictObject({ groups: z.array(groupSchema).check(z.minLength(1)), citation: citationSchema })),
  /** Expenses within scope but outside the catalogue, paid at their own ratio (Xinbei). */
  otherSelfPaid: z.optional(z.strictObject({
    ratio: decimalText,
    citation: citationSchema,
    note: z.optional(noteSchema),
    label: z.optional(noteSchema),
    limit: z.strictObject({ amount: z.nullable(decimalText), citation: citationSchema, note: z.optional(noteSchema) })
  })),
  exclusions: z.optional(z.array(exclusionSchema))
});
var regionSchema = z.strictObject({ code: z.string().check(z.regex(REGION_CODE)), zh: text, en: text });
var documentSchema = z.strictObject({ no: text, title: text, issuer: text, date: z.nullable(dateText) });
var dateFigure = z.strictObject({
  date: dateText,
  citation: citationSchema,
  note: z.optional(noteSchema),
  /** Up to this date the version may not yet have applied (the text gives no exact date): results say so. */
  uncertainUntil: z.optional(z.strictObject({ date: dateText, zh: text, en: text }))
});
var financingKeySchema = z.enum([
  "premium-per-person",
  "premium-ceiling",
  "fund-share",
  "fund-share-ceiling",
  "profit-cap",
  "profit-cap-incl-cost",
  "expert-review-cap",
  "quarterly-transfer",
  "profit-band",
  "loss-band"
]);
var financingFactSchema = z.strictObject({
  key: financingKeySchema,
  scheme: z.optional(schemeSchema),
  label: noteSchema,
  /** null = the document leaves it to the tender or to another document. */
  value: z.nullable(decimalText),
  unit: z.enum(["yuan-per-person-year", "share-of-premium", "share-of-fund-income", "yuan"]),
  citation: citationSchema,
  basis: z.optional(z.enum(["exact", "minimum", "maximum", "approximate"])),
  note: z.optional(noteSchema)
});
var interpretationSchema = z.strictObject({
  id: z.string().check(z.regex(ID)),
  zh: text,
  en: text,
  citation: z.optional(citationSchema)
});
var commonFields = {
  id: z.string().check(z.regex(ID)),
  region: regionSchema,
  document: documentSchema,
  effectiveFrom: dateFigure,
  effectiveTo: z.nullable(dateFigure),
  financing: z.array(financingFactSchema),
  notes: z.array(interpretationSchema)
};
var cityPolicySchema = z.strictObject({
  kind: z.literal("city"),
  ...commonFields,
  province: regionSchema,
  schemes: z.strictObject({ resident: z.optional(schemeRuleSchema), employee: z.optional(schemeRuleSchema) })
});
var overlayPolicySchema = z.strictObject({
  kind: z.literal("overlay"),
  ...commonFields,
  /** Which city policies it governs: region codes starting with regionPrefix, for these schemes. */
  appliesTo: z.strictObject({
    regionPrefix: z.string().check(z.regex(/^\d{2,6}$/)),
    schemes: z.array(schemeSchema).check(z.minLength(1)),
    citation: citationSchema,
    note: z.optional(noteSchema)
  }),
  groups: z.partialRecord(specialGroupSchema, groupRuleSchema)
});
var policySchema = z.discriminatedUnion("kind", [cityPolicySchema, overlayPolicySchema]);
function pathText(path) {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += (out ? "." : "") + String(p);
  }
  return out;
}
function valueAt(data, path) {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[p];
  }
  return v;
}
var FORMAT_WORDS = [
  [DECIMAL, '\u5E94\u4E3A\u975E\u8D1F\u5341\u8FDB\u5236\u6570\u5B57\u7684\u5B57\u7B26\u4E32\uFF0C\u4F8B\u5982 "20000" \u6216 "0.55"', 'should be a non-negative decimal string such as "20000" or "0.55"'],
  [DATE, "\u5E94\u4E3A YYYY-MM-DD \u683C\u5F0F\u7684\u65E5\u671F", "should be a date written YYYY-MM-DD"],
  [REGION_CODE, "\u5E94\u4E3A 6 \u4F4D\u884C\u653F\u533A\u5212\u4EE3\u7801\uFF08GB/T 2260\uFF09", "should be a 6-digit GB/T 2260 region code"],
  [ID, "\u5E94\u4E3A\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u8FDE\u5B57\u7B26\u7EC4\u6210\u7684\u6807\u8BC6", "should be an id of lower-case letters, digits and hyphens"]
];
var TYPE_WORDS = {
  string: ["\u6587\u5B57", "a string"],
  number: ["\u6570\u5B57", "a number"],
  object: ["\u5BF9\u8C61", "an object"],
  array: ["\u5217\u8868", "a list"],
  boolean: ["\u662F/\u5426", "true or false"]
};
function describe(iss, data) {
  const path = pathText(iss.path);
  switch (iss.code) {
    case "invalid_type": {
      if (valueAt(data, iss.path) === void 0) return { path, zh: "\u7F3A\u5C11\u6B64\u9879\u3002", en: "is missing." };
      const [zh, en] = TYPE_WORDS[iss.expected ?? ""] ?? [iss.expected ?? "?", iss.expected ?? "?"];
      return { path, zh: `\u5E94\u4E3A${zh}\u3002`, en: `should be ${en}.` };
    }
    case "unrecognized_keys": {
      const keys = (iss.keys ?? []).join(", ");
      return { path, zh: `\u6709\u672A\u77E5\u5B57\u6BB5\uFF1A${keys}\uFF08\u62FC\u5199\u9519\u8BEF\uFF1F\uFF09\u3002`, en: `has unknown keys: ${keys} (a typo?).` };
    }
    case "invalid_format": {
      const hit = FORMAT_WORDS.find(([re]) => String(re) === iss.pattern);
      return hit ? { path, zh: `${hit[1]}\u3002`, en: `${hit[2]}.` } : { path, zh: "\u683C\u5F0F\u4E0D\u5BF9\u3002", en: "has the wrong format." };
    }
    case "invalid_value": {
      const vals = (iss.values ?? []).map((v) => JSON.stringify(v)).join(", ");
      return { path, zh: `\u5E94\u4E3A\u4EE5\u4E0B\u4E4B\u4E00\uFF1A${vals}\u3002`, en: `should be one of: ${vals}.` };
    }
    case "invalid_union":
      return { path, zh: "\u4E0D\u662F\u5141\u8BB8\u7684\u4EFB\u4F55\u4E00\u79CD\u5199\u6CD5\uFF08\u68C0\u67E5 kind \u6216\u5B57\u6BB5\u540D\uFF09\u3002", en: "matches none of the allowed forms (check kind and the field names)." };
    case "too_small":
      return iss.origin === "array" ? { path, zh: "\u4E0D\u80FD\u4E3A\u7A7A\u5217\u8868\u3002", en: "cannot be an empty list." } : { path, zh: "\u4E0D\u80FD\u4E3A\u7A7A\u3002", en: "cannot be empty." };
    default:
      return { path, zh: "\u4E0D\u7B26\u5408\u653F\u7B56\u6570\u636E\u683C\u5F0F\u3002", en: "does not fit the policy data format." };
  }
}
function semanticProblems(p) {
  const out = [];
  const add = (path, zh, en) => out.push({ path, zh, en });
  const ratioOk = (path, r) => {
    if (new Decimal(r).greaterThan(1)) add(path, "\u6BD4\u4F8B\u4E0D\u80FD\u8D85\u8FC7 1\uFF08100%\uFF09\u3002", "a ratio cannot exceed 1 (100%).");
  };
  if (!isIsoDate(p.effectiveFrom.date)) add("effectiveFrom.date", "\u4E0D\u662F\u771F\u5B9E\u7684\u65E5\u671F\u3002", "is not a real date.");
  if (p.effectiveTo) {
    if (!isIsoDate(p.effectiveTo.date)) add("effectiveTo.date", "\u4E0D\u662F\u771F\u5B9E\u7684\u65E5\u671F\u3002", "is not a real date.");
    else if (p.effectiveTo.date < p.effectiveFrom.date) {
      add("effectiveTo.date", "\u65E9\u4E8E\u751F\u6548\u65E5\u671F\u3002", "is before effectiveFrom.");
    }
  }
  const checkGroups = (base, groups) => {
    for (const [g, rule2] of Object.entries(groups ?? {})) {
      if (!rule2) continue;
      if (rule2.threshold && new Decimal(rule2.threshold.reduceBy).greaterThan(1)) {
        add(`${base}.${g}.threshold.reduceBy`, "\u964D\u4F4E\u6BD4\u4F8B\u4E0D\u80FD\u8D85\u8FC7 1\uFF08100%\uFF09\u3002", "a reduction cannot exceed 1 (100%).");
      }
      if (rule2.ratio && "atLeast" in rule2.ratio) ratioOk(`${base}.${g}.ratio.atLeast`, rule2.ratio.atLeast);
      if (rule2.ratio && "add" in rule2.ratio) ratioOk(`${base}.${g}.ratio.add`, rule2.ratio.add);
    }
  };
  if (p.kind === "overlay") {
    checkGroups("groups", p.groups);
    return out;
  }
  const schemes = Object.entries(p.schemes).filter(([, r]) => r);
  if (schemes.length === 0) add("schemes", "\u81F3\u5C11\u8981\u6709\u4E00\u4E2A\u9669\u79CD\uFF08resident \u6216 employee\uFF09\u3002", "needs at least one scheme (resident or employee).");
  for (const [scheme, rule2] of schemes) {
    if (!rule2) continue;
    const base = `schemes.${scheme}`;
    const tiers = rule2.tiers;
    if (tiers[0] && tiers[0].from !== rule2.threshold.amount && !new Decimal(tiers[0].from).equals(rule2.threshold.amount)) {
      add(`${base}.tiers[0].from`, "\u7B2C\u4E00\u4E2A\u62A5\u9500\u6BB5\u5E94\u4ECE\u8D77\u4ED8\u6807\u51C6\u5F00\u59CB\u3002", "the first tier should start at the threshold.");
    }
    tiers.forEach((t, i) => {
      ratioOk(`${base}.tiers[${i}].ratio`, t.ratio);
      if (t.to !== null && !new Decimal(t.to).greaterThan(t.from)) {
        add(`${base}.tiers[${i}].to`, "\u62A5\u9500\u6BB5\u4E0A\u9650\u5E94\u5927\u4E8E\u4E0B\u9650\u3002", "a tier must end above where it starts.");
      }
      const next = tiers[i + 1];
      if (next) {
        if (t.to === null) add(`${base}.tiers[${i}].to`, "\u53EA\u6709\u6700\u540E\u4E00\u4E2A\u62A5\u9500\u6BB5\u53EF\u4EE5\u6CA1\u6709\u4E0A\u9650\u3002", "only the last tier may be open-ended.");
        else if (!new Decimal(next.from).equals(t.to)) {
          add(`${base}.tiers[${i + 1}].from`, "\u62A5\u9500\u6BB5\u5E94\u9996\u5C3E\u76F8\u63A5\uFF08\u4E0A\u4E00\u6BB5\u7684\u4E0A\u9650\uFF09\u3002", "tiers must be contiguous (start where the previous one ends).");
        }
      }
    });
    checkGroups(`${base}.groups`, rule2.groups);
    if (rule2.otherSelfPaid) ratioOk(`${base}.otherSelfPaid.ratio`, rule2.otherSelfPaid.ratio);
  }
  return out;
}
function parsePolicy(data) {
  const r = policySchema.safeParse(data);
  if (!r.success) {
    throw new DbbxPolicyError(r.error.issues.map((i) => describe(i, data)));
  }
  const problems = semanticProblems(r.data);
  if (problems.length) throw new DbbxPolicyError(problems);
  return r.data;
}

// src/policies/ningbo-2013-268.ts
var DOC = "\u752C\u653F\u529E\u53D1\u30142013\u3015268\u53F7";
var cite = (clause, quote) => ({ document: DOC, clause, quote });
var BENEFIT = "\u4E94\u3001\u4FDD\u969C\u8303\u56F4";
var ningbo2013 = {
  kind: "city",
  id: "ningbo-2013-268",
  region: { code: "330200", zh: "\u5B81\u6CE2\u5E02\uFF08\u5E02\u533A\uFF09", en: "Ningbo (urban districts)" },
  province: { code: "330000", zh: "\u6D59\u6C5F\u7701", en: "Zhejiang" },
  document: {
    no: DOC,
    title: "\u5B81\u6CE2\u5E02\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u5385\u5173\u4E8E\u5F00\u5C55\u57CE\u4E61\u5C45\u6C11\u5927\u75C5\u4FDD\u9669\u5DE5\u4F5C\u7684\u5B9E\u65BD\u610F\u89C1",
    issuer: "\u5B81\u6CE2\u5E02\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u5385",
    date: "2013-12-27"
  },
  effectiveFrom: {
    date: "2014-09-01",
    citation: cite("\u4E8C\u3001\u5DE5\u4F5C\u76EE\u6807", "\u81EA2014\u5E749\u67081\u65E5\u8D77\u5EFA\u7ACB\u57CE\u9547\u5C45\u6C11\u3001\u519C\u6751\u5C45\u6C11\u7EDF\u4E00\u7684\u5927\u75C5\u4FDD\u9669\u5236\u5EA6")
  },
  effectiveTo: null,
  schemes: {
    resident: {
      coverage: cite("\u4E09\u3001\u4FDD\u969C\u5BF9\u8C61", "\u4FDD\u969C\u5BF9\u8C61\u4E3A\u5B81\u6CE2\u5E02\u57CE\u9547\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\uFF08\u4EE5\u4E0B\u7B80\u79F0\u201C\u57CE\u9547\u5C45\u6C11\u533B\u4FDD\u201D\uFF09\u548C\u65B0\u578B\u519C\u6751\u5408\u4F5C\u533B\u7597\uFF08\u4EE5\u4E0B\u7B80\u79F0\u201C\u65B0\u519C\u5408\u201D\uFF09\u53C2\u4FDD\uFF08\u5408\uFF09\u4EBA\u5458\u3002"),
      threshold: {
        amount: "20000",
        citation: cite(BENEFIT, "\u5927\u75C5\u4FDD\u9669\u5B9E\u65BD\u65F6\uFF0C\u8865\u507F\u8D77\u4ED8\u6807\u51C6\u786E\u5B9A\u4E3A2\u4E07\u5143\u3002")
      },
      tiers: [
        { from: "20000", to: "50000", ratio: "0.50", citation: cite(BENEFIT, "2\u4E07\u5143\u81F35\u4E07\u5143\uFF08\u542B\uFF09\u90E8\u5206\uFF0C\u652F\u4ED850%") },
        { from: "50000", to: "100000", ratio: "0.55", citation: cite(BENEFIT, "5\u4E07\u5143\u81F310\u4E07\u5143\uFF08\u542B\uFF09\u90E8\u5206\uFF0C\u652F\u4ED855%") },
        { from: "100000", to: null, ratio: "0.60", citation: cite(BENEFIT, "10\u4E07\u5143\u4EE5\u4E0A\u90E8\u5206\uFF0C\u652F\u4ED860%") }
      ],
      cap: {
        kind: "expense",
        amount: "500000",
        citation: cite(BENEFIT, "\u5E02\u533A\u6700\u9AD8\u8865\u507F\u5408\u89C4\u533B\u7597\u8D39\u9650\u989D50\u4E07\u5143"),
        note: {
          zh: "\u201C\u6700\u9AD8\u8865\u507F\u5408\u89C4\u533B\u7597\u8D39\u9650\u989D50\u4E07\u5143\u201D\u8BFB\u4F5C\u5BF9\u8BA1\u5165\u7684\u5408\u89C4\u533B\u7597\u8D39\u7528\u7684\u9650\u989D\uFF08\u4E0D\u662F\u5BF9\u652F\u4ED8\u989D\u7684\u5C01\u9876\uFF09\uFF1A\u7D2F\u8BA1\u8D1F\u62C5\u8D85\u8FC750\u4E07\u5143\u7684\u90E8\u5206\u4E0D\u4E88\u652F\u4ED8\uFF0C\u6700\u9AD8\u652F\u4ED8 15,000 + 27,500 + 240,000 = 282,500 \u5143\u3002",
          en: '"\u6700\u9AD8\u8865\u507F\u5408\u89C4\u533B\u7597\u8D39\u9650\u989D50\u4E07\u5143" is read as a limit on the compliant expenses counted (not on the payout): burden above 500,000 yuan is not paid, so the most paid is 15,000 + 27,500 + 240,000 = 282,500 yuan.'
        }
      }
    }
  },
  financing: [
    {
      key: "premium-per-person",
      scheme: "resident",
      value: "30",
      unit: "yuan-per-person-year",
      basis: "exact",
      label: { zh: "\u7B79\u8D44\u6807\u51C6\uFF08\u5E02\u533A\uFF09", en: "Premium per person (urban districts)" },
      citation: cite("\u56DB\u3001\u7B79\u8D44\u673A\u5236\uFF08\u4E8C\uFF09\u7B79\u8D44\u6807\u51C6", "\u5E02\u533A\u5927\u75C5\u4FDD\u9669\u7B79\u8D44\u6807\u51C6\u4E3A\u6BCF\u4EBA\u6BCF\u5E7430\u5143\u3002")
    },
    {
      key: "profit-cap",
      value: null,
      unit: "share-of-premium",
      label: { zh: "\u627F\u529E\u673A\u6784\u76C8\u4F59\u7387\u4E0A\u9650", en: "Insurer's surplus-rate cap" },
      citation: cite("\u4E03\u3001\u627F\u529E\u65B9\u5F0F\uFF08\u4E09\uFF09", "\u62DB\u6807\u4E3B\u8981\u5305\u62EC\u5177\u4F53\u8865\u507F\u6BD4\u4F8B\u3001\u76C8\u4E8F\u7387\u3001\u914D\u5907\u7684\u627F\u529E\u548C\u7BA1\u7406\u529B\u91CF\u7B49\u5185\u5BB9\u3002"),
      note: {
        zh: "\u76C8\u4E8F\u7387\u7531\u62DB\u6807\u786E\u5B9A\uFF0C\u6587\u4EF6\u53EA\u8981\u6C42\u201C\u5408\u7406\u63A7\u5236\u5546\u4E1A\u4FDD\u9669\u673A\u6784\u76C8\u4F59\u7387\u201D\uFF0C\u672A\u7ED9\u6570\u989D\uFF1A\u7ED3\u7B97\u65F6\u987B\u586B\u5199\u5408\u540C\u7EA6\u5B9A\u7684\u6BD4\u4F8B\u3002",
        en: "The profit/loss rate is set by the tender; the document only asks to keep the insurer's surplus reasonable, with no figure: settlement needs the contract's rate."
      }
    }
  ],
  notes: [
    {
      id: "ningbo-resident-only",
      zh: "\u672C\u6587\u4EF6\u53EA\u8986\u76D6\u57CE\u9547\u5C45\u6C11\u533B\u4FDD\u548C\u65B0\u519C\u5408\u53C2\u4FDD\uFF08\u5408\uFF09\u4EBA\u5458\uFF1B\u804C\u5DE5\u533B\u4FDD\u53C2\u4FDD\u4EBA\u5458\u4E0D\u9002\u7528\u672C\u6587\u4EF6\u3002",
      en: "This document covers urban-resident insurance and NCMS insured only; employees are outside it.",
      citation: cite("\u4E09\u3001\u4FDD\u969C\u5BF9\u8C61", "\u4FDD\u969C\u5BF9\u8C61\u4E3A\u5B81\u6CE2\u5E02\u57CE\u9547\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669")
    },
    {
      id: "ningbo-urban-only",
      zh: "\u53EA\u7F16\u7801\u4E86\u5E02\u533A\u7684\u9650\u989D\u3002\u5404\u53BF\uFF08\u5E02\uFF09\u7684\u9650\u989D\u7531\u5F53\u5730\u786E\u5B9A\uFF08\u4E0D\u4F4E\u4E8E30\u4E07\u5143\uFF09\uFF0C\u6587\u4EF6\u672A\u516C\u5E03\u5177\u4F53\u6570\u989D\uFF0C\u56E0\u6B64\u672A\u6536\u5F55\u3002",
      en: "Only the urban-district limit is encoded. Each county sets its own (at least 300,000 yuan); the document publishes no figure, so none is included.",
      citation: cite(BENEFIT, "\u5404\u53BF\uFF08\u5E02\uFF09\u7531\u5404\u5730\u6839\u636E\u5B9E\u9645\u60C5\u51B5\u786E\u5B9A\uFF0C\u4F46\u4E0D\u5E94\u4F4E\u4E8E30\u4E07\u5143")
    },
    {
      id: "ningbo-adjustable",
      zh: "\u6587\u4EF6\u89C4\u5B9A\u8D77\u4ED8\u6807\u51C6\u548C\u652F\u4ED8\u6807\u51C6\u4ECA\u540E\u53EF\u7531\u5E02\u4EBA\u529B\u793E\u4FDD\u5C40\u4F1A\u540C\u5E02\u8D22\u653F\u5C40\u8C03\u6574\uFF1B\u672C\u7248\u672C\u4E3A\u6587\u4EF6\u516C\u5E03\u65F6\u7684\u6807\u51C6\uFF0C\u540E\u7EED\u8C03\u6574\u987B\u4F5C\u4E3A\u65B0\u7248\u672C\u767B\u8BB0\u3002",
      en: "The threshold and ratios may later be adjusted by the city bureaus; this version holds the figures as published, and later adjustments must be registered as new versions.",
      citation: cite(BENEFIT, "\u4ECA\u540E\uFF0C\u5927\u75C5\u4FDD\u9669\u8865\u507F\u8D77\u4ED8\u6807\u51C6\u548C\u652F\u4ED8\u6807\u51C6\u7531\u5E02\u4EBA\u529B\u793E\u4FDD\u5C40\u4F1A\u540C\u5E02\u8D22\u653F\u5C40\u9002\u65F6\u8C03\u6574\u3002")
    },
    {
      id: "ningbo-no-groups",
      zh: "\u672C\u6587\u4EF6\u6CA1\u6709\u5BF9\u56F0\u96BE\u7FA4\u4F53\u7684\u7279\u522B\u89C4\u5B9A\uFF0C\u6240\u6709\u53C2\u4FDD\u4EBA\u6309\u666E\u901A\u6807\u51C6\u8BA1\u7B97\u3002",
      en: "The document has no special rule for vulnerable groups; everyone is calculated at the general rate."
    }
  ]
};

// src/policies/jiangyin-2020.ts
var DOC2 = "\u6C5F\u9634\u5E02\u57CE\u4E61\u5C45\u6C11\u5927\u75C5\u4FDD\u9669\u5236\u5EA6";
var cite2 = (clause, quote) => ({ document: DOC2, clause, quote });
var LEVEL = "\u4E8C\u3001\uFF08\u56DB\uFF09\u5F85\u9047\u6C34\u5E73";
var rule = (coverage) => ({
  coverage,
  threshold: {
    amount: "18000",
    forYear: 2020,
    citation: cite2(LEVEL, "2020 \u5E74\u8D77\u4ED8\u6807\u51C6\u4E3A 1.8 \u4E07\u5143\u3002"),
    note: {
      zh: "\u8D77\u4ED8\u6807\u51C6\u7531\u65E0\u9521\u5E02\u6BCF\u5E74\u7EDF\u4E00\u786E\u5B9A\uFF1B\u6587\u4EF6\u53EA\u7ED9\u51FA 2020 \u5E74\u7684 1.8 \u4E07\u5143\u3002\u4E4B\u540E\u5E74\u4EFD\u6CBF\u7528\u6B64\u6570\u5E76\u7ED9\u51FA\u63D0\u793A\uFF0C\u76F4\u5230\u767B\u8BB0\u65B0\u7684\u7248\u672C\u3002",
      en: "Wuxi sets the threshold every year; the document gives only 2020's 18,000 yuan. Later dates use it with a warning until a newer version is registered."
    }
  },
  tiers: [
    { from: "18000", to: "100000", ratio: "0.60", citation: cite2(LEVEL, "1.8 \u4E07\u5143\uFF08\u4E0D\u542B\u672C\u6570\uFF09\u81F3 10 \u4E07\u5143\uFF08\u542B\u672C\u6570\uFF09\u7684\u90E8\u5206\u7531\u5927\u75C5\u4FDD\u9669\u8D44\u91D1\u652F\u4ED8 60%") },
    { from: "100000", to: null, ratio: "0.80", citation: cite2(LEVEL, "10 \u4E07\u5143\u4EE5\u4E0A\u7684\u90E8\u5206\u7531\u5927\u75C5\u4FDD\u9669\u8D44\u91D1\u652F\u4ED8 80%") }
  ],
  cap: {
    kind: "none",
    citation: cite2(LEVEL, "10 \u4E07\u5143\u4EE5\u4E0A\u7684\u90E8\u5206\u7531\u5927\u75C5\u4FDD\u9669\u8D44\u91D1\u652F\u4ED8 80%"),
    note: { zh: "\u6587\u4EF6\u672A\u89C4\u5B9A\u5E74\u5EA6\u6700\u9AD8\u652F\u4ED8\u9650\u989D\u3002", en: "The document sets no annual payout cap." }
  },
  groups: {
    "medical-assistance": {
      label: { zh: "\u533B\u7597\u6551\u52A9\u5BF9\u8C61", en: "Medical-assistance recipients" },
      citation: cite2(LEVEL, "\u533B\u7597\u6551\u52A9\u5BF9\u8C61\u7684\u5927\u75C5\u4FDD\u9669\u8D77\u4ED8\u6807\u51C6\u6BD4\u666E\u901A\u53C2\u4FDD\u4EBA\u5458\u964D\u4F4E 50%\uFF0C\u5404\u62A5\u9500\u6BB5\u62A5\u9500\u6BD4\u4F8B\u6BD4\u666E\u901A\u53C2\u4FDD\u4EBA\u5458\u63D0\u9AD8 5%\u3002"),
      threshold: {
        reduceBy: "0.5",
        citation: cite2(LEVEL, "\u533B\u7597\u6551\u52A9\u5BF9\u8C61\u7684\u5927\u75C5\u4FDD\u9669\u8D77\u4ED8\u6807\u51C6\u6BD4\u666E\u901A\u53C2\u4FDD\u4EBA\u5458\u964D\u4F4E 50%")
      },
      ratio: {
        add: "0.05",
        citation: cite2(LEVEL, "\u5404\u62A5\u9500\u6BB5\u62A5\u9500\u6BD4\u4F8B\u6BD4\u666E\u901A\u53C2\u4FDD\u4EBA\u5458\u63D0\u9AD8 5%"),
        note: {
          zh: "\u201C\u62A5\u9500\u6BD4\u4F8B\u63D0\u9AD85%\u201D\u8BFB\u4F5C\u63D0\u9AD8 5 \u4E2A\u767E\u5206\u70B9\uFF0860%\u219265%\uFF0C80%\u219285%\uFF09\uFF0C\u4E0D\u662F\u4E58\u4EE5 1.05\uFF1B\u62A5\u9500\u6BB5\u5206\u754C\u70B9 10 \u4E07\u5143\u4E0D\u53D8\u3002",
          en: '"Ratios raised by 5%" is read as +5 percentage points (60%\u219265%, 80%\u219285%), not \xD71.05; the band boundary at 100,000 yuan is unchanged.'
        }
      }
    }
  }
});
var jiangyin2020 = {
  kind: "city",
  id: "jiangyin-2020",
  region: { code: "320281", zh: "\u6C5F\u9634\u5E02", en: "Jiangyin" },
  province: { code: "320000", zh: "\u6C5F\u82CF\u7701", en: "Jiangsu" },
  document: {
    no: DOC2,
    title: "\u5E02\u653F\u5E9C\u529E\u516C\u5BA4\u5173\u4E8E\u5B9E\u65BD\u6C5F\u9634\u5E02\u57CE\u4E61\u5C45\u6C11\u5927\u75C5\u4FDD\u9669\u5236\u5EA6\u7684\u610F\u89C1",
    issuer: "\u6C5F\u9634\u5E02\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u5BA4",
    date: null
  },
  effectiveFrom: {
    date: "2020-07-01",
    citation: cite2("\u672B\u6BB5", "\u672C\u610F\u89C1\u81EA 2020 \u5E74 7 \u6708 1 \u65E5\u8D77\u5B9E\u65BD\u3002")
  },
  effectiveTo: null,
  schemes: {
    resident: rule(cite2("\u4E8C\u3001\uFF08\u4E00\uFF09\u4FDD\u969C\u5BF9\u8C61", "\u5927\u75C5\u4FDD\u9669\u4FDD\u969C\u5BF9\u8C61\u5305\u62EC\u6211\u5E02\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\u548C\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669\u7684\u53C2\u4FDD\u4EBA\u5458")),
    employee: rule(cite2("\u4E8C\u3001\uFF08\u4E00\uFF09\u4FDD\u969C\u5BF9\u8C61", "\u5927\u75C5\u4FDD\u9669\u4FDD\u969C\u5BF9\u8C61\u5305\u62EC\u6211\u5E02\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\u548C\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669\u7684\u53C2\u4FDD\u4EBA\u5458"))
  },
  financing: [
    {
      key: "premium-per-person",
      value: null,
      unit: "yuan-per-person-year",
      label: { zh: "\u7B79\u8D44\u6807\u51C6", en: "Premium per person" },
      citation: cite2("\u4E8C\u3001\uFF08\u4E8C\uFF09\u7B79\u8D44\u653F\u7B56", "\u4E0E\u65E0\u9521\u5E02\u5927\u75C5\u4FDD\u9669\u7B79\u8D44\u6807\u51C6\u76F8\u7EDF\u4E00"),
      note: { zh: "\u7B79\u8D44\u6807\u51C6\u4E0E\u65E0\u9521\u5E02\u7EDF\u4E00\uFF0C\u672C\u6587\u4EF6\u672A\u5199\u660E\u6570\u989D\u3002", en: "Set to match Wuxi's; this document gives no figure." }
    },
    {
      key: "quarterly-transfer",
      value: "0.24",
      unit: "share-of-premium",
      basis: "exact",
      label: { zh: "\u6BCF\u5B63\u5EA6\u7B2C\u4E00\u4E2A\u6708\u5212\u8F6C\u4FDD\u8D39\u6BD4\u4F8B", en: "Premium transferred in the first month of each quarter" },
      citation: cite2("\u4E09\u3001\uFF08\u4E00\uFF09\u4FDD\u8D39\u7BA1\u7406", "\u91C7\u8D2D\u4EBA\u5728\u6BCF\u5B63\u5EA6\u7B2C\u4E00\u4E2A\u6708\u6309\u7B79\u8D44\u6807\u51C6\u5212\u8F6C\u4FDD\u8D39\u7ED9\u627F\u529E\u673A\u6784\uFF0C\u6BCF\u4E2A\u5B63\u5EA6\u5404\u5212\u8F6C24%\uFF0C\u4F59\u989D\u5F85\u5E74\u5EA6\u7ED3\u7B97\u3002")
    },
    {
      key: "profit-band",
      value: null,
      unit: "yuan",
      label: { zh: "\u5F52\u627F\u529E\u673A\u6784\u6240\u6709\u7684\u5E74\u5EA6\u76C8\u4F59\u989D\u5EA6", en: "Yearly surplus kept by the insurer" },
      citation: cite2("\u4E8C\u3001\uFF08\u516D\uFF09\u62DB\u6807\u7BA1\u7406", "\u6BCF\u5E74\u5EA6\u4E00\u5B9A\u91D1\u989D\uFF08\u5177\u4F53\u7531\u62DB\u6807\u786E\u5B9A\uFF09\u4EE5\u5185\u7684\u76C8\u4F59\u90E8\u5206\u5F52\u627F\u529E\u673A\u6784\u6240\u6709"),
      note: { zh: "\u7531\u62DB\u6807\u786E\u5B9A\uFF0C\u6587\u4EF6\u672A\u516C\u5E03\u3002", en: "Set by the tender; not published." }
    },
    {
      key: "loss-band",
      value: null,
      unit: "yuan",
      label: { zh: "\u627F\u529E\u673A\u6784\u81EA\u884C\u627F\u62C5\u7684\u5E74\u5EA6\u975E\u653F\u7B56\u6027\u4E8F\u635F\u989D\u5EA6", en: "Yearly non-policy loss borne by the insurer" },
      citation: cite2("\u4E8C\u3001\uFF08\u516D\uFF09\u62DB\u6807\u7BA1\u7406", "\u975E\u653F\u7B56\u6027\u539F\u56E0\u53D1\u751F\u7684\u4E8F\u635F\uFF0C\u6BCF\u5E74\u5EA6\u4E00\u5B9A\u91D1\u989D\uFF08\u5177\u4F53\u7531\u62DB\u6807\u786E\u5B9A\uFF09\u4EE5\u5185\u7684\u4E8F\u635F\u90E8\u5206\u53CA\u8FD0\u8425\u6210\u672C\u7531\u627F\u529E\u673A\u6784\u81EA\u884C\u627F\u62C5"),
      note: { zh: "\u7531\u62DB\u6807\u786E\u5B9A\uFF0C\u6587\u4EF6\u672A\u516C\u5E03\u3002", en: "Set by the tender; not published." }
    }
  ],
  notes: [
    {
      id: "jiangyin-input",
      zh: "\u8BA1\u5165\u7684\u662F\u7ECF\u5C45\u6C11\u533B\u4FDD\u3001\u804C\u5DE5\u533B\u4FDD\u3001\u804C\u5DE5\u8865\u5145\u533B\u7597\u4FDD\u9669\u548C\u516C\u52A1\u5458\u533B\u7597\u8865\u52A9\u8865\u507F\u540E\u4E2A\u4EBA\u8D1F\u62C5\u7684\u5408\u89C4\u8D39\u7528\u3002",
      en: "The burden counted is what the person bears after resident or employee insurance, employee supplementary insurance and the civil-servant subsidy.",
      citation: cite2("\u4E8C\u3001\uFF08\u4E09\uFF09\u4FDD\u969C\u8303\u56F4", "\u7ECF\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\u3001\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669\u548C\u804C\u5DE5\u8865\u5145\u533B\u7597\u4FDD\u9669\u3001\u516C\u52A1\u5458\u533B\u7597\u8865\u52A9\u8865\u507F\u540E\uFF0C\u4E2A\u4EBA\u8D1F\u62C5\u8D85\u8FC7\u5927\u75C5\u4FDD\u9669\u8D77\u4ED8\u6807\u51C6\u4EE5\u4E0A\u7684\u90E8\u5206")
    },
    {
      id: "jiangyin-2020-half-year",
      zh: "2020 \u5E74\u5236\u5EA6\u4ECE 7 \u6708 1 \u65E5\u8D77\u5B9E\u65BD\uFF1B\u5E74\u5EA6\u7D2F\u8BA1\u8D1F\u62C5\u6309\u533B\u4FDD\u5E74\u5EA6\uFF08\u81EA\u7136\u5E74\uFF09\u586B\u5199\uFF0C\u662F\u5426\u8BA1\u5165\u4E0A\u534A\u5E74\u8D39\u7528\u4EE5\u7ECF\u529E\u673A\u6784\u53E3\u5F84\u4E3A\u51C6\u3002",
      en: "In 2020 the scheme ran from 1 July; enter the burden for the insurance (calendar) year as the fund office counts it, including or excluding the first half as it does.",
      citation: cite2("\u4E8C\u3001\uFF08\u4E8C\uFF09\u7B79\u8D44\u653F\u7B56", "\u6309\u5B9E\u9645\u8FD0\u884C\u65F6\u95F4 6 \u4E2A\u6708\u786E\u5B9A\u7B79\u8D44\u989D")
    },
    {
      id: "jiangyin-groups",
      zh: "\u672C\u6587\u4EF6\u53EA\u5BF9\u533B\u7597\u6551\u52A9\u5BF9\u8C61\u6709\u7279\u522B\u89C4\u5B9A\u3002\u4F4E\u4FDD\u3001\u7279\u56F0\u7B49\u4EBA\u5458\u82E5\u7ECF\u8BA4\u5B9A\u4E3A\u533B\u7597\u6551\u52A9\u5BF9\u8C61\uFF0C\u8BF7\u9009\u62E9\u201C\u533B\u7597\u6551\u52A9\u5BF9\u8C61\u201D\u3002",
      en: "The document has a special rule for medical-assistance recipients only. Choose that group for subsistence or extreme-poverty recipients certified as medical-assistance recipients.",
      citation: cite2("\u4E00\u3001\u76EE\u6807\u4EFB\u52A1", "\u5411\u7ECF\u6C11\u653F\u5C40\u3001\u9000\u5F79\u519B\u4EBA\u4E8B\u52A1\u5C40\u3001\u603B\u5DE5\u4F1A\u53CA\u6B8B\u8054\u7B49\u90E8\u95E8\u8BA4\u5B9A\u7684\u533B\u7597\u6551\u52A9\u5BF9\u8C61\u5B9E\u65BD\u503E\u659C\u6027\u7CBE\u51C6\u652F\u4ED8\u653F\u7B56")
    }
  ]
};

// src/policies/guangdong-2016-85.ts
var DOC3 = "\u7CA4\u5E9C\u529E\u30142016\u301585\u53F7";
var cite3 = (clause, quote) => ({ document: DOC3, clause, quote });
var GROUPS = "\u4E09\u3001\uFF08\u4E09\uFF09\u9002\u5F53\u5411\u56F0\u96BE\u7FA4\u4F53\u503E\u659C";
var NO_CAP = {
  kind: "none",
  citation: cite3(GROUPS, "\u5BF9\u56F0\u96BE\u7FA4\u4F53\u4E0B\u8C03\u5927\u75C5\u4FDD\u9669\u8D77\u4ED8\u6807\u51C6\uFF0C\u5E76\u63D0\u9AD8\u62A5\u9500\u6BD4\u4F8B\uFF0C\u4E0D\u8BBE\u5E74\u5EA6\u6700\u9AD8\u652F\u4ED8\u9650\u989D\u3002")
};
var MINIMUM_NOTE = {
  zh: "\u6587\u4EF6\u5199\u201C\u4E0B\u8C03\u4E0D\u4F4E\u4E8E\u201D\u201C\u8FBE\u5230\u2026\u4EE5\u4E0A\u201D\uFF0C\u662F\u4E0B\u9650\uFF1A\u6309\u4E0B\u9650\u8BA1\u7B97\uFF0C\u5F53\u5730\u6267\u884C\u6807\u51C6\u53EF\u80FD\u66F4\u4F18\u60E0\u3002",
  en: 'The document sets minimums ("reduced by at least", "at least"): we apply the minimum; the local figure may be more generous.'
};
var guangdong2016 = {
  kind: "overlay",
  id: "guangdong-2016-85",
  region: { code: "440000", zh: "\u5E7F\u4E1C\u7701", en: "Guangdong" },
  document: {
    no: DOC3,
    title: "\u5E7F\u4E1C\u7701\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u5385\u5173\u4E8E\u8FDB\u4E00\u6B65\u5B8C\u5584\u6211\u7701\u57CE\u4E61\u5C45\u6C11\u5927\u75C5\u4FDD\u9669\u5236\u5EA6\u7684\u901A\u77E5",
    issuer: "\u5E7F\u4E1C\u7701\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u5385",
    date: "2016-08-16"
  },
  effectiveFrom: {
    date: "2016-08-16",
    citation: cite3("\u843D\u6B3E", "\u5E7F\u4E1C\u7701\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u53852016\u5E748\u670816\u65E5"),
    note: {
      zh: "\u6587\u4EF6\u672A\u5199\u751F\u6548\u65E5\u671F\uFF0C\u6309\u6210\u6587\u65E5\u671F 2016-08-16 \u8D77\u9002\u7528\uFF08\u53D1\u5E03\u65E5\u671F\u4E3A 2016-08-23\uFF09\u3002",
      en: "The notice states no effective date; it is applied from its signing date, 2016-08-16 (published 2016-08-23)."
    }
  },
  effectiveTo: null,
  appliesTo: {
    regionPrefix: "44",
    schemes: ["resident"],
    citation: cite3(GROUPS, "\u5BF9\u56F0\u96BE\u7FA4\u4F53\u4E0B\u8C03\u5927\u75C5\u4FDD\u9669\u8D77\u4ED8\u6807\u51C6\uFF0C\u5E76\u63D0\u9AD8\u62A5\u9500\u6BD4\u4F8B\uFF0C\u4E0D\u8BBE\u5E74\u5EA6\u6700\u9AD8\u652F\u4ED8\u9650\u989D\u3002"),
    note: {
      zh: "\u901A\u77E5\u9488\u5BF9\u57CE\u4E61\u5C45\u6C11\u5927\u75C5\u4FDD\u9669\uFF0C\u56E0\u6B64\u53EA\u53E0\u52A0\u5230\u5E7F\u4E1C\u5404\u5E02\u7684\u57CE\u4E61\u5C45\u6C11\u9669\u79CD\uFF0C\u4E0D\u9002\u7528\u4E8E\u804C\u5DE5\u3002",
      en: "The notice concerns resident \u5927\u75C5\u4FDD\u9669, so it is applied to the resident scheme of Guangdong cities only, not to employees."
    }
  },
  groups: {
    "extreme-poverty": {
      label: { zh: "\u7279\u56F0\u4F9B\u517B\u4EBA\u5458", en: "Extreme-poverty dependants" },
      citation: cite3(GROUPS, "\u7279\u56F0\u4F9B\u517B\u4EBA\u5458\u8D77\u4ED8\u6807\u51C6\u4E0B\u8C03\u4E0D\u4F4E\u4E8E80%\uFF0C\u62A5\u9500\u6BD4\u4F8B\u8FBE\u523080%\u4EE5\u4E0A"),
      note: MINIMUM_NOTE,
      threshold: { reduceBy: "0.80", basis: "minimum", citation: cite3(GROUPS, "\u7279\u56F0\u4F9B\u517B\u4EBA\u5458\u8D77\u4ED8\u6807\u51C6\u4E0B\u8C03\u4E0D\u4F4E\u4E8E80%") },
      ratio: {
        atLeast: "0.80",
        basis: "minimum",
        citation: cite3(GROUPS, "\u62A5\u9500\u6BD4\u4F8B\u8FBE\u523080%\u4EE5\u4E0A"),
        note: {
          zh: "\u201C\u62A5\u9500\u6BD4\u4F8B\u8FBE\u523080%\u4EE5\u4E0A\u201D\u8BFB\u4F5C\u6BCF\u4E2A\u62A5\u9500\u6BB5\u7684\u6BD4\u4F8B\u81F3\u5C11\u4E3A 80%\uFF1A\u53D6\u5F53\u5730\u6BD4\u4F8B\u4E0E 80% \u4E2D\u8F83\u9AD8\u8005\u3002",
          en: '"Ratio of 80% or more" is read as a floor on every tier: the higher of the city ratio and 80%.'
        }
      },
      cap: NO_CAP
    },
    "registered-poor": {
      label: { zh: "\u5EFA\u6863\u7ACB\u5361\u8D2B\u56F0\u4EBA\u5458", en: "Registered poor households" },
      citation: cite3(GROUPS, "\u5EFA\u6863\u7ACB\u5361\u7684\u8D2B\u56F0\u4EBA\u5458\u3001\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BF9\u8C61\u8D77\u4ED8\u6807\u51C6\u4E0B\u8C03\u4E0D\u4F4E\u4E8E70%\uFF0C\u62A5\u9500\u6BD4\u4F8B\u8FBE\u523070%\u4EE5\u4E0A"),
      note: MINIMUM_NOTE,
      threshold: { reduceBy: "0.70", basis: "minimum", citation: cite3(GROUPS, "\u5EFA\u6863\u7ACB\u5361\u7684\u8D2B\u56F0\u4EBA\u5458\u3001\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BF9\u8C61\u8D77\u4ED8\u6807\u51C6\u4E0B\u8C03\u4E0D\u4F4E\u4E8E70%") },
      ratio: { atLeast: "0.70", basis: "minimum", citation: cite3(GROUPS, "\u62A5\u9500\u6BD4\u4F8B\u8FBE\u523070%\u4EE5\u4E0A") },
      cap: NO_CAP
    },
    subsistence: {
      label: { zh: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BF9\u8C61", en: "Subsistence-allowance recipients" },
      citation: cite3(GROUPS, "\u5EFA\u6863\u7ACB\u5361\u7684\u8D2B\u56F0\u4EBA\u5458\u3001\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BF9\u8C61\u8D77\u4ED8\u6807\u51C6\u4E0B\u8C03\u4E0D\u4F4E\u4E8E70%\uFF0C\u62A5\u9500\u6BD4\u4F8B\u8FBE\u523070%\u4EE5\u4E0A"),
      note: MINIMUM_NOTE,
      threshold: { reduceBy: "0.70", basis: "minimum", citation: cite3(GROUPS, "\u5EFA\u6863\u7ACB\u5361\u7684\u8D2B\u56F0\u4EBA\u5458\u3001\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BF9\u8C61\u8D77\u4ED8\u6807\u51C6\u4E0B\u8C03\u4E0D\u4F4E\u4E8E70%") },
      ratio: { atLeast: "0.70", basis: "minimum", citation: cite3(GROUPS, "\u62A5\u9500\u6BD4\u4F8B\u8FBE\u523070%\u4EE5\u4E0A") },
      cap: NO_CAP
    }
  },
  financing: [
    {
      key: "fund-share",
      value: "0.05",
      unit: "share-of-fund-income",
      basis: "approximate",
      label: { zh: "\u7B79\u8D44\u5360\u5F53\u5E74\u57FA\u672C\u533B\u4FDD\u57FA\u91D1\u6536\u5165\u6BD4\u4F8B\uFF08\u7EA6\uFF09", en: "Funding as a share of the basic fund's income (about)" },
      citation: cite3("\u4E8C\u3001\uFF08\u4E8C\uFF09\u5065\u5168\u7B79\u8D44\u673A\u5236", "\u7B79\u96C6\u6BD4\u4F8B\u4E00\u822C\u4E3A\u5F53\u5E74\u57FA\u672C\u533B\u7597\u4FDD\u9669\u57FA\u91D1\u6536\u5165\u76845%\u5DE6\u53F3")
    }
  ],
  notes: [
    {
      id: "guangdong-overlay-composition",
      zh: "\u53E0\u52A0\u89C4\u5219\uFF1A\u8D77\u4ED8\u6807\u51C6\u53D6\u201C\u5F53\u5730\u6807\u51C6\xD7(1\u2212\u4E0B\u8C03\u6BD4\u4F8B)\u201D\u4E0E\u5F53\u5730\u8BE5\u4EBA\u7FA4\u6807\u51C6\u4E2D\u8F83\u4F4E\u8005\uFF1B\u5404\u62A5\u9500\u6BB5\u6BD4\u4F8B\u53D6\u8F83\u9AD8\u8005\uFF1B\u4E0D\u8BBE\u5E74\u5EA6\u5C01\u9876\u3002\u62A5\u9500\u6BB5\u5206\u754C\u70B9\u4E0D\u53D8\uFF0C\u964D\u4F4E\u8D77\u4ED8\u6807\u51C6\u53EA\u52A0\u5BBD\u7B2C\u4E00\u4E2A\u62A5\u9500\u6BB5\u3002",
      en: "Composition: the threshold is the lower of city threshold \xD7 (1 \u2212 reduction) and any city rule for the group; each tier's ratio the higher; no annual cap. Band boundaries stay; a lowered threshold widens only the first band."
    }
  ]
};

// src/policies/xinbei-2021-143.ts
var DOC4 = "\u5E38\u5F00\u59D4\u529E\u30142021\u3015143\u53F7";
var cite4 = (clause, quote) => ({ document: DOC4, clause, quote });
var SCOPE = "\u4E8C\u3001\uFF08\u4E8C\uFF09\u4FDD\u969C\u8303\u56F4";
var STANDARD = "\u4E09\u3001\u4FDD\u969C\u6807\u51C6";
var excl = (id, item, zh, en, quote) => ({ id, item, zh, en, citation: cite4(`${SCOPE}\u7B2C${item}\u9879`, quote) });
var xinbei2021 = {
  kind: "city",
  id: "xinbei-2021-143",
  region: { code: "320411", zh: "\u5E38\u5DDE\u5E02\u65B0\u5317\u533A", en: "Changzhou Xinbei District" },
  province: { code: "320000", zh: "\u6C5F\u82CF\u7701", en: "Jiangsu" },
  document: {
    no: DOC4,
    title: "\u5E38\u5DDE\u56FD\u5BB6\u9AD8\u65B0\u533A\uFF08\u65B0\u5317\u533A\uFF09\u515A\u653F\u529E\u516C\u5BA4\u5173\u4E8E\u7EE7\u7EED\u63A8\u8FDB\u548C\u5B8C\u5584\u65B0\u5317\u533A\u4F4E\u4FDD\u5BF9\u8C61\u5927\u75C5\u8865\u5145\u4FDD\u9669\u7684\u901A\u77E5",
    issuer: "\u5E38\u5DDE\u56FD\u5BB6\u9AD8\u65B0\u533A\uFF08\u65B0\u5317\u533A\uFF09\u515A\u653F\u529E\u516C\u5BA4",
    date: null
  },
  effectiveFrom: {
    date: "2021-01-01",
    citation: cite4("\u4E94\u3001\u5176\u4ED6\u4E8B\u9879", "\u672C\u901A\u77E5\u81EA\u53D1\u5E03\u4E4B\u65E5\u8D77\u5B9E\u884C"),
    uncertainUntil: {
      date: "2021-12-31",
      zh: `${DOC4}\u81EA\u53D1\u5E03\u4E4B\u65E5\u8D77\u5B9E\u884C\uFF0C\u6587\u672C\u672A\u8F7D\u53D1\u5E03\u65E5\u671F\uFF1B2021 \u5E74\u5185\u7684\u7ED3\u7B97\u53EF\u80FD\u4ECD\u6309\u5E38\u65B0\u59D4\u529E\u30142018\u3015110\u53F7\u8BD5\u884C\u65B9\u6848\u6267\u884C\uFF0C\u8BF7\u6838\u5BF9\u3002`,
      en: `${DOC4} applies from its publication, whose date the text does not give; settlements in 2021 may still fall under the \u5E38\u65B0\u59D4\u529E\u30142018\u3015110\u53F7 trial scheme \u2014 please check.`
    },
    note: {
      zh: "\u901A\u77E5\u201C\u81EA\u53D1\u5E03\u4E4B\u65E5\u8D77\u5B9E\u884C\u201D\uFF0C\u4F46\u6587\u672C\u672A\u8F7D\u53D1\u5E03\u65E5\u671F\u3002\u6309\u6587\u53F7\u5E74\u4EFD\u548C\u81EA\u7136\u5E74\u5EA6\u7684\u4FDD\u9669\u5E74\u5EA6\uFF0C\u4ECE 2021-01-01 \u8D77\u9002\u7528\uFF1B\u8FD0\u8425\u65B9\u53EF\u767B\u8BB0\u786E\u5207\u65E5\u671F\u3002",
      en: 'The notice applies "from publication" but the text bears no date. From the year in its number and the calendar insurance year, it is applied from 2021-01-01; operators may register the exact date.'
    }
  },
  effectiveTo: null,
  schemes: {
    resident: {
      coverage: cite4("\u4E8C\u3001\uFF08\u4E00\uFF09\u4FDD\u969C\u5BF9\u8C61", "\u5E38\u5DDE\u5E02\u65B0\u5317\u533A\u5DF2\u53C2\u52A0\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\u7684\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BF9\u8C61"),
      eligibleGroups: {
        groups: ["subsistence"],
        citation: cite4("\u4E8C\u3001\uFF08\u4E00\uFF09\u4FDD\u969C\u5BF9\u8C61", "\u5E38\u5DDE\u5E02\u65B0\u5317\u533A\u5DF2\u53C2\u52A0\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\u7684\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BF9\u8C61")
      },
      threshold: {
        amount: "0",
        citation: cite4(STANDARD, "\u4E2A\u4EBA\u81EA\u4ED8\u90E8\u5206\u6309100%\u7ED9\u4E88\u8865\u507F\uFF0C\u4E0D\u8BBE\u5C01\u9876\u7EBF"),
        note: {
          zh: "\u6587\u4EF6\u6CA1\u6709\u8D77\u4ED8\u6807\u51C6\uFF1A\u4ECE\u7B2C\u4E00\u5143\u8D77\u8865\u507F\u3002",
          en: "The document sets no threshold: payment starts from the first yuan."
        }
      },
      tiers: [
        {
          from: "0",
          to: null,
          ratio: "1",
          label: { zh: "\u7532\u3001\u4E59\u7C7B\u76EE\u5F55\u5185\u4E2A\u4EBA\u81EA\u4ED8", en: "Catalogue (class A/B) self-paid" },
          citation: cite4(STANDARD, "\u4E2D\u7532\u3001\u4E59\u7C7B\u7684\u533B\u7597\u8D39\u7528\uFF0C\u4E2A\u4EBA\u81EA\u4ED8\u90E8\u5206\u6309100%\u7ED9\u4E88\u8865\u507F"),
          note: {
            zh: "\u201C\u4E2A\u4EBA\u81EA\u4ED8\u90E8\u5206\u201D\u6307\u7ECF\u57FA\u672C\u533B\u4FDD\u3001\u5927\u75C5\u4FDD\u9669\u3001\u533B\u7597\u6551\u52A9\u3001\u60E0\u6C11\u4FDD\u548C\u6148\u5584\u8865\u5145\u4FDD\u9669\u4E4B\u540E\u4E2A\u4EBA\u4ECD\u9700\u652F\u4ED8\u7684\u76EE\u5F55\u5185\uFF08\u7532\u3001\u4E59\u7C7B\uFF09\u8D39\u7528\u3002",
            en: '"Personal self-paid part" is what the person still pays for catalogue (class A/B) items after basic insurance, \u5927\u75C5\u4FDD\u9669, medical assistance, \u60E0\u6C11\u4FDD and charity insurance.'
          }
        }
      ],
      cap: { kind: "none", citation: cite4(STANDARD, "\u4E0D\u8BBE\u5C01\u9876\u7EBF") },
      otherSelfPaid: {
        ratio: "0.50",
        label: { zh: "\u4FDD\u969C\u8303\u56F4\u5185\u7684\u5176\u4ED6\u4E2A\u4EBA\u81EA\u4ED8", en: "Other in-scope self-paid costs" },
        citation: cite4(STANDARD, "\u5728\u4FDD\u969C\u8303\u56F4\u5185\u7684\u5176\u4ED6\u4E2A\u4EBA\u81EA\u4ED8\u533B\u7597\u8D39\u7528\uFF0C\u630950%\u7684\u6BD4\u4F8B\u7ED9\u4E88\u8865\u507F"),
        limit: {
          amount: null,
          citation: cite4(STANDARD, "\u5E74\u5EA6\u62A5\u9500\u9650\u989D\u6309\u4E2D\u6807\u65B9\u6848\u5B9E\u65BD"),
          note: {
            zh: "\u5E74\u5EA6\u62A5\u9500\u9650\u989D\u7531\u4E2D\u6807\u65B9\u6848\u786E\u5B9A\uFF0C\u6587\u4EF6\u672A\u516C\u5E03\uFF1A\u8BF7\u586B\u5199\u4E2D\u6807\u65B9\u6848\u7684\u9650\u989D\uFF0C\u5426\u5219\u6309\u4E0D\u8BBE\u9650\u989D\u8BA1\u7B97\u5E76\u63D0\u793A\u3002",
            en: "The annual limit is set by the winning tender and not published: enter the tendered limit, otherwise none is applied and a warning says so."
          }
        }
      },
      exclusions: [
        excl("unreferred-non-designated", "1", "\u672A\u6309\u8981\u6C42\u529E\u7406\u8F6C\u8BCA\u624B\u7EED\u5728\u975E\u5B9A\u70B9\u533B\u7597\u673A\u6784\u53D1\u751F\u7684\u4F4F\u9662\u533B\u7597\u8D39\u7528", "Inpatient costs at a non-designated hospital without the required referral", "\u672A\u6309\u8981\u6C42\u529E\u7406\u8F6C\u8BCA\u624B\u7EED\u5728\u975E\u5B9A\u70B9\u533B\u7597\u673A\u6784\u53D1\u751F\u7684\u4F4F\u9662\u533B\u7597\u8D39\u7528"),
        excl("outside-invoice", "2", "\u95E8\u8BCA\u3001\u4F4F\u9662\u53D1\u7968\u53CA\u7ED3\u7B97\u6E05\u5355\u4EE5\u5916\u53D1\u751F\u7684\u533B\u7597\u8D39\u7528", "Costs outside the outpatient / inpatient invoices and settlement lists", "\u95E8\u8BCA\u3001\u4F4F\u9662\u53D1\u7968\u53CA\u7ED3\u7B97\u6E05\u5355\u4EE5\u5916\u53D1\u751F\u7684\u533B\u7597\u8D39\u7528"),
        excl("organ-source", "3", "\u5404\u7C7B\u5668\u5B98\u3001\u7EC4\u7EC7\u79FB\u690D\u7684\u5668\u5B98\u6E90\u53CA\u7EC4\u7EC7\u6E90", "Organ and tissue sources for transplants", "\u5404\u7C7B\u5668\u5B98\u3001\u7EC4\u7EC7\u79FB\u690D\u7684\u5668\u5B98\u6E90\u53CA\u7EC4\u7EC7\u6E90"),
        excl("new-expensive", "4", "\u65B0\u578B\u3001\u6602\u8D35\u7684\u8BCA\u7597\u9879\u76EE\u548C\u8017\u6750\uFF08\u5982\u4E2D\u5B50\u5200\u3001PET-CT\u3001\u80F6\u56CA\u955C\uFF0C\u5355\u4EF75000\u5143\u4EE5\u4E0A\u7684\u76EE\u5F55\u5916\u9879\u76EE\u548C\u6750\u6599\uFF09", "New, expensive items (neutron knife, PET-CT, capsule endoscopy; out-of-catalogue items over 5,000 yuan each)", "\u65B0\u578B\u3001\u6602\u8D35\u7684\u8BCA\u7597\u9879\u76EE\u548C\u8017\u6750\uFF1A\u5982\u4E2D\u5B50\u5200\u3001PET-CT\u3001\u5404\u7C7B\u80F6\u56CA\u955C\u68C0\u67E5\u4EE5\u53CA\u5355\u4EF7\u57285000\u5143\u4EE5\u4E0A\u7684\u533B\u7597\u4FDD\u9669\u76EE\u5F55\u5916\u7684\u68C0\u67E5\u3001\u5316\u9A8C\u3001\u6CBB\u7597\u7B49\u9879\u76EE\u548C\u7279\u6B8A\u533B\u7528\u6750\u6599"),
        excl("illegal", "5", "\u8FDD\u53CD\u6CD5\u5F8B\u6CD5\u89C4\u89C4\u5B9A\u6240\u53D1\u751F\u7684\u533B\u7597\u8D39\u7528", "Costs arising from breaking laws or regulations", "\u8FDD\u53CD\u6CD5\u5F8B\u6CD5\u89C4\u89C4\u5B9A\u6240\u53D1\u751F\u7684\u533B\u7597\u8D39\u7528"),
        excl("non-medical", "6", "\u4E0E\u75BE\u75C5\u8BCA\u7597\u65E0\u5173\u6216\u7279\u9700\u670D\u52A1\u8D39\u7528", "Costs unrelated to treatment, or special (VIP) services", "\u4E0E\u75BE\u75C5\u8BCA\u7597\u65E0\u5173\u6216\u7279\u9700\u670D\u52A1\u8D39\u7528"),
        excl("retail-pharmacy", "7", "\u5728\u96F6\u552E\u836F\u5E97\u8D2D\u4E70\u836F\u54C1\uFF08\u201C\u53CC\u901A\u9053\u201D\u836F\u54C1\u9664\u5916\uFF09\u6216\u7279\u6B8A\u533B\u7528\u6750\u6599", 'Drugs or special materials bought at retail pharmacies (except "dual-channel" drugs)', "\u5728\u96F6\u552E\u836F\u5E97\u8D2D\u4E70\u836F\u54C1\uFF08\u7EB3\u5165\u201C\u53CC\u901A\u9053\u201D\u836F\u54C1\u9664\u5916\uFF09\u6216\u7279\u6B8A\u533B\u7528\u6750\u6599"),
        excl("abroad", "8", "\u5728\u56FD\u5916\u548C\u6E2F\u3001\u6FB3\u3001\u53F0\u5730\u533A\u53D1\u751F\u7684\u533B\u7597\u8D39\u7528", "Costs incurred abroad or in Hong Kong, Macao or Taiwan", "\u5728\u56FD\u5916\u548C\u6E2F\u3001\u6FB3\u3001\u53F0\u5730\u533A\u53D1\u751F\u7684\u533B\u7597\u8D39\u7528"),
        excl("non-pharmacopoeia", "9", "\u836F\u5178\u8303\u56F4\u4EE5\u5916\u7684\u836F\u54C1\u53CA\u533B\u4FDD\u89C4\u5B9A\u4E0D\u4E88\u652F\u4ED8\u7684\u4E2D\u836F\u996E\u7247\u548C\u836F\u6750", "Drugs outside the Pharmacopoeia, and herbal pieces insurance never pays for", "\u4F7F\u7528\u8D85\u51FA\u300A\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u836F\u5178\u300B\u8303\u56F4\u4EE5\u5916\u7684\u836F\u54C1\u4EE5\u53CA\u57FA\u672C\u533B\u7597\u4FDD\u9669\u660E\u786E\u89C4\u5B9A\u7684\u5355\u5473\u6216\u5355\u3001\u590D\u65B9\u5747\u4E0D\u652F\u4ED8\u8D39\u7528\u7684\u4E2D\u836F\u996E\u7247\u53CA\u836F\u6750\u6240\u4EA7\u751F\u7684\u8D39\u7528")
      ]
    }
  },
  financing: [
    {
      key: "profit-cap-incl-cost",
      value: "0.20",
      unit: "share-of-premium",
      basis: "maximum",
      label: { zh: "\u627F\u529E\u673A\u6784\u6700\u9AD8\u76C8\u5229\u7387\uFF08\u542B\u8FD0\u8425\u6210\u672C\uFF09", en: "Insurer's maximum profit rate (operating cost included)" },
      citation: cite4("\u56DB\u3001\uFF08\u4E00\uFF09\u7EC4\u7EC7\u62DB\u6807", "\u62DB\u6807\u6587\u4EF6\u4E2D\u5E94\u660E\u786E\u4FDD\u9669\u627F\u529E\u673A\u6784\u7684\u6700\u9AD8\u76C8\u5229\uFF08\u542B\u8FD0\u8425\u6210\u672C\uFF09\u7387\u4E0D\u5F97\u8D85\u8FC7\u4FDD\u8D39\u768420%"),
      note: {
        zh: "\u8D85\u51FA\u90E8\u5206\u8FD4\u8FD8\u6295\u4FDD\u5355\u4F4D\u6216\u51B2\u62B5\u4E0B\u4E00\u5E74\u5EA6\u4FDD\u8D39\uFF1B\u8D54\u4ED8\u8D85\u51FA\u4FDD\u8D39\u7684\u98CE\u9669\u7531\u4FDD\u9669\u673A\u6784\u627F\u62C5\u3002",
        en: "The excess is refunded or set against next year's premium; claims above the premium are the insurer's risk."
      }
    }
  ],
  notes: [
    {
      id: "xinbei-last-layer",
      zh: "\u672C\u4FDD\u9669\u5728\u57FA\u672C\u533B\u4FDD\u3001\u5927\u75C5\u4FDD\u9669\u3001\u533B\u7597\u6551\u52A9\u3001\u60E0\u6C11\u4FDD\u548C\u6148\u5584\u8865\u5145\u4FDD\u9669\u4E4B\u540E\u652F\u4ED8\uFF1A\u586B\u5199\u7684\u662F\u8FD9\u4E9B\u90FD\u652F\u4ED8\u540E\u4E2A\u4EBA\u4ECD\u9700\u652F\u4ED8\u7684\u91D1\u989D\uFF08\u5E74\u5EA6\u7D2F\u8BA1\uFF09\u3002",
      en: "This insurance pays after basic insurance, \u5927\u75C5\u4FDD\u9669, medical assistance, \u60E0\u6C11\u4FDD and charity insurance: enter what the person still pays after all of them (year to date).",
      citation: cite4("\u4E00\u3001\u4E3B\u8981\u76EE\u7684", "\u5728\u7ECF\u8FC7\u57FA\u672C\u533B\u7597\u4FDD\u9669\u5236\u5EA6\u8865\u507F\u3001\u5927\u75C5\u4FDD\u9669\u8865\u507F\u4EE5\u53CA\u56F0\u96BE\u7FA4\u4F17\u533B\u7597\u6551\u52A9\u3001\u60E0\u6C11\u4FDD\u3001\u6148\u5584\u5927\u75C5\u533B\u7597\u8865\u5145\u4FDD\u9669\u6551\u52A9\u540E\u7684\u4E2A\u4EBA\u81EA\u4ED8\u90E8\u5206")
    },
    {
      id: "xinbei-calendar-year",
      zh: "\u4FDD\u9669\u5E74\u5EA6\u6309\u81EA\u7136\u5E74\u8BA1\u7B97\u3002",
      en: "The insurance year is the calendar year.",
      citation: cite4("\u56DB\u3001\uFF08\u4E00\uFF09\u7EC4\u7EC7\u62DB\u6807", "\u4FDD\u9669\u5B9E\u65BD\u671F\u9650\u6309\u81EA\u7136\u5E74\u5EA6\u8BA1\u7B97")
    },
    {
      id: "xinbei-exclusions",
      zh: "\u4E8C\uFF08\u4E8C\uFF09\u7B2C1\u20139\u9879\u6240\u5217\u8D39\u7528\u4E0D\u4E88\u8865\u507F\uFF1A\u5355\u72EC\u5217\u51FA\u3001\u652F\u4ED8 0 \u5143\uFF0C\u4E0D\u8BA1\u5165\u4EFB\u4F55\u62A5\u9500\u6BB5\u3002",
      en: "Costs under items 1\u20139 of \u4E8C\uFF08\u4E8C\uFF09 are not paid: they are listed on their own, paid 0, and enter no band.",
      citation: cite4(SCOPE, "\u4F46\u4E0D\u542B\u4EE5\u4E0B\u8D39\u7528")
    }
  ]
};

// src/policies/chaozhou-2012-90.ts
var DOC5 = "\u6F6E\u5E9C\u529E\u30142012\u301590\u53F7";
var cite5 = (clause, quote) => ({ document: DOC5, clause, quote });
var LEVEL2 = "\u4E8C\u3001\uFF08\u4E09\uFF09\u4FDD\u969C\u6C34\u5E73";
var COVERAGE = cite5("\u4E8C\u3001\uFF08\u4E00\uFF09\u4FDD\u969C\u8303\u56F4", "\u5305\u62EC\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669\u3001\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\u53C2\u4FDD\u4EBA\u5458");
var THRESHOLD = {
  amount: "10000",
  citation: cite5(LEVEL2, "\uFF08\u4E0B\u79F0\u81EA\u4ED8\u8D39\u7528\uFF09\u8D85\u8FC7 1 \u4E07\u5143\u4EE5\u4E0A\u7684\u90E8\u5206\uFF0C\u7531\u627F\u4FDD\u673A\u6784\u6309\u4E00\u5B9A\u6BD4\u4F8B\u8D54\u4ED8")
};
var MINIMUM = {
  zh: "\u6587\u4EF6\u89C4\u5B9A\u7684\u662F\u6700\u4F4E\u6807\u51C6\uFF08\u201C\u4E0D\u4F4E\u4E8E\u201D\uFF09\uFF0C\u5177\u4F53\u6BD4\u4F8B\u548C\u9650\u989D\u6309\u62DB\u6807\u7ED3\u679C\u786E\u5B9A\uFF1B\u6B64\u5904\u6309\u6700\u4F4E\u6807\u51C6\u8BA1\u7B97\uFF0C\u5F53\u5730\u6267\u884C\u6807\u51C6\u53EF\u80FD\u66F4\u9AD8\u3002",
  en: 'The document sets minimums ("\u4E0D\u4F4E\u4E8E"); the actual ratios and cap follow the tender. We apply the minimums; the figures in force may be higher.'
};
var chaozhou2012 = {
  kind: "city",
  id: "chaozhou-2012-90",
  region: { code: "445100", zh: "\u6F6E\u5DDE\u5E02", en: "Chaozhou" },
  province: { code: "440000", zh: "\u5E7F\u4E1C\u7701", en: "Guangdong" },
  document: {
    no: DOC5,
    title: "\u6F6E\u5DDE\u5E02\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u5BA4\u5370\u53D1\u6F6E\u5DDE\u5E02\u533B\u7597\u4FDD\u9669\u5F15\u5165\u5E02\u573A\u673A\u5236\u5F00\u5C55\u5927\u75C5\u4FDD\u9669\u5DE5\u4F5C\u65B9\u6848\u7684\u901A\u77E5",
    issuer: "\u6F6E\u5DDE\u5E02\u4EBA\u6C11\u653F\u5E9C\u529E\u516C\u5BA4",
    date: "2012-11-16"
  },
  effectiveFrom: {
    date: "2013-01-01",
    citation: cite5("\u56DB\u3001\u65F6\u95F4\u8981\u6C42", "2013 \u5E74 1 \u6708 1 \u65E5\u8D77\u6B63\u5F0F\u5B9E\u65BD\u533B\u7597\u4FDD\u9669\u5F15\u5165\u5E02\u573A\u673A\u5236\uFF0C\u5F00\u5C55\u5927\u75C5\u4FDD\u9669\u5DE5\u4F5C")
  },
  effectiveTo: null,
  schemes: {
    resident: {
      coverage: COVERAGE,
      threshold: THRESHOLD,
      tiers: [
        { from: "10000", to: "30000", ratio: "0.50", basis: "minimum", note: MINIMUM, citation: cite5(LEVEL2, "\u53C2\u52A0\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\u4EBA\u5458\u81EA\u4ED8\u8D39\u7528\u8D85\u8FC7 1 \u4E07\u5143\u4E14\u4E0D\u8DB3 3 \u4E07\u5143\u7684\u90E8\u5206\u6309\u4E0D\u4F4E\u4E8E 50%\u7684\u6BD4\u4F8B\u8D54\u4ED8") },
        { from: "30000", to: null, ratio: "0.60", basis: "minimum", note: MINIMUM, citation: cite5(LEVEL2, "\u81EA\u4ED8\u8D39\u7528\u8D85\u8FC7 3 \u4E07\u5143\u4EE5\u4E0A\u90E8\u5206\u6309\u4E0D\u4F4E\u4E8E 60%\u7684\u6BD4\u4F8B\u8D54\u4ED8") }
      ],
      cap: { kind: "payout", amount: "100000", basis: "minimum", note: MINIMUM, citation: cite5(LEVEL2, "\u5E74\u5EA6\u7D2F\u8BA1\u8D54\u4ED8\u9650\u989D\u4E3A\u4E0D\u4F4E\u4E8E 10 \u4E07\u5143") }
    },
    employee: {
      coverage: COVERAGE,
      threshold: THRESHOLD,
      tiers: [
        { from: "10000", to: "30000", ratio: "0.70", basis: "minimum", note: MINIMUM, citation: cite5(LEVEL2, "\u53C2\u52A0\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669\u4EBA\u5458\u81EA\u4ED8\u8D39\u7528\u8D85\u8FC71\u4E07\u5143\u4E14\u4E0D\u8DB33\u4E07\u5143\u7684\u90E8\u5206\u6309\u4E0D\u4F4E\u4E8E70%\u7684\u6BD4\u4F8B\u8D54\u4ED8") },
        { from: "30000", to: null, ratio: "0.90", basis: "minimum", note: MINIMUM, citation: cite5(LEVEL2, "\u81EA\u4ED8\u8D39\u7528\u8D85\u8FC7 3 \u4E07\u5143\u4EE5\u4E0A\u90E8\u5206\u6309\u4E0D\u4F4E\u4E8E 90%\u7684\u6BD4\u4F8B\u8D54\u4ED8") }
      ],
      cap: { kind: "payout", amount: "380000", basis: "minimum", note: MINIMUM, citation: cite5(LEVEL2, "\u5E74\u5EA6\u7D2F\u8BA1\u8D54\u4ED8\u9650\u989D\u4E3A\u4E0D\u4F4E\u4E8E 38 \u4E07\u5143") }
    }
  },
  financing: [
    {
      key: "premium-ceiling",
      scheme: "resident",
      value: "20",
      unit: "yuan-per-person-year",
      basis: "maximum",
      label: { zh: "\u57CE\u4E61\u5C45\u6C11\u5927\u75C5\u4FDD\u9669\u8D39\u4E0A\u9650", en: "Resident premium ceiling" },
      citation: cite5("\u4E8C\u3001\uFF08\u56DB\uFF09\u7B79\u8D44\u529E\u6CD5", "\u57CE\u4E61\u5C45\u6C11\u5927\u75C5\u4FDD\u9669\u8D39\u63A7\u5236\u5728\u6BCF\u4EBA\u6BCF\u5E74 20 \u5143\u4EE5\u5185")
    },
    {
      key: "premium-ceiling",
      scheme: "employee",
      value: "60",
      unit: "yuan-per-person-year",
      basis: "maximum",
      label: { zh: "\u804C\u5DE5\u5927\u75C5\u4FDD\u9669\u8D39\u4E0A\u9650", en: "Employee premium ceiling" },
      citation: cite5("\u4E8C\u3001\uFF08\u56DB\uFF09\u7B79\u8D44\u529E\u6CD5", "\u804C\u5DE5\u5927\u75C5\u4FDD\u9669\u8D39\u63A7\u5236\u5728\u6BCF\u4EBA\u6BCF\u5E74 60 \u5143\u4EE5\u5185")
    },
    {
      key: "fund-share",
      value: "0.05",
      unit: "share-of-fund-income",
      basis: "approximate",
      label: { zh: "\u6295\u4FDD\u8D44\u91D1\u5360\u7EDF\u7B79\u57FA\u91D1\u9884\u7B97\u6536\u5165\u6BD4\u4F8B\uFF08\u7EA6\uFF09", en: "Premium as a share of the pooled fund's budgeted income (about)" },
      citation: cite5("\u4E8C\u3001\uFF08\u56DB\uFF09\u7B79\u8D44\u529E\u6CD5", "\u5927\u75C5\u4FDD\u9669\u5E74\u5EA6\u6295\u4FDD\u8D44\u91D1\u989D\u5EA6\u539F\u5219\u4E0A\u63A7\u5236\u5728\u5F53\u5E74\u57FA\u672C\u533B\u7597\u4FDD\u9669\u7EDF\u7B79\u57FA\u91D1\u9884\u7B97\u6536\u5165\u7684 5%\u5DE6\u53F3")
    },
    {
      key: "fund-share-ceiling",
      value: "0.10",
      unit: "share-of-fund-income",
      basis: "maximum",
      label: { zh: "\u6295\u4FDD\u8D44\u91D1\u5360\u7EDF\u7B79\u57FA\u91D1\u9884\u7B97\u6536\u5165\u6BD4\u4F8B\u4E0A\u9650", en: "Ceiling on that share" },
      citation: cite5("\u4E8C\u3001\uFF08\u56DB\uFF09\u7B79\u8D44\u529E\u6CD5", "\u6700\u9AD8\u4E0D\u8D85\u8FC7 10%")
    },
    {
      key: "profit-cap",
      value: "0.04",
      unit: "share-of-premium",
      basis: "maximum",
      label: { zh: "\u627F\u529E\u673A\u6784\u76C8\u5229\u7387\u4E0A\u9650", en: "Insurer's profit-rate cap" },
      citation: cite5("\u4E8C\u3001\uFF08\u516D\uFF09\u8C03\u6574\u673A\u5236", "\u5546\u4E1A\u4FDD\u9669\u673A\u6784\u627F\u529E\u5927\u75C5\u4FDD\u9669\u7684\u76C8\u5229\u7387\u63A7\u5236\u5728 4%\u4EE5\u5185"),
      note: {
        zh: "\u76C8\u5229\u8D85\u8FC7 4% \u7684\u90E8\u5206\u8FD4\u8FD8\u57FA\u672C\u533B\u7597\u4FDD\u9669\u7EDF\u7B79\u57FA\u91D1\u3002",
        en: "Profit above 4% is returned to the basic pooled fund."
      }
    },
    {
      key: "expert-review-cap",
      value: "0.02",
      unit: "share-of-premium",
      basis: "maximum",
      label: { zh: "\u533B\u7597\u4E13\u5BB6\u5BA1\u6838\u8D39\u7528\u4E0A\u9650", en: "Expert-review spending cap" },
      citation: cite5("\u4E8C\u3001\uFF08\u4E94\uFF09\u7ECF\u529E\u670D\u52A1", "\u5728\u6295\u4FDD\u91D1\u989D\u4E2D\u6309\u4E0D\u8D85\u8FC72%\u7684\u6BD4\u4F8B\u636E\u5B9E\u5217\u652F")
    }
  ],
  notes: [
    {
      id: "chaozhou-minimums",
      zh: MINIMUM.zh,
      en: MINIMUM.en,
      citation: cite5(LEVEL2, "\u5927\u75C5\u4FDD\u9669\u5177\u4F53\u652F\u4ED8\u6BD4\u4F8B\u548C\u53EF\u652F\u4ED8\u7684\u5E74\u5EA6\u6700\u9AD8\u9650\u989D\u6839\u636E\u5927\u75C5\u4FDD\u9669\u627F\u4FDD\u673A\u6784\u62DB\u6807\u7ED3\u679C\u786E\u5B9A\u3002")
    },
    {
      id: "chaozhou-input",
      zh: "\u8BA1\u5165\u7684\u662F\u4F4F\u9662\u533B\u7597\u8D39\u7528\u4E2D\u8D85\u8FC7\u57FA\u672C\u533B\u4FDD\u7EDF\u7B79\u57FA\u91D1\u8D77\u4ED8\u6807\u51C6\u7684\u90E8\u5206\uFF0C\u7ECF\u57FA\u672C\u533B\u4FDD\u652F\u4ED8\u540E\u4E2A\u4EBA\u5E74\u5EA6\u7D2F\u8BA1\u81EA\u4ED8\u7684\u3001\u7B26\u5408\u57FA\u672C\u533B\u4FDD\u7528\u836F\u3001\u8BCA\u7597\u9879\u76EE\u548C\u670D\u52A1\u8BBE\u65BD\u8303\u56F4\u7684\u8D39\u7528\uFF1B\u57FA\u672C\u533B\u4FDD\u8D77\u4ED8\u6807\u51C6\u4EE5\u5185\u7684\u81EA\u4ED8\u4E0D\u8BA1\u5165\uFF08\u4E0E\u5B81\u6CE2\u4E0D\u540C\uFF09\u3002",
      en: "The burden counted is, for inpatient costs above basic insurance's own deductible, the year's cumulative self-paid part within the basic-insurance drug, treatment and facility lists after basic insurance has paid; what was paid under that deductible is not counted (unlike Ningbo).",
      citation: cite5(LEVEL2, "\u53C2\u4FDD\u4EBA\u5458\u8D85\u8FC7\u57FA\u672C\u533B\u7597\u4FDD\u9669\u7EDF\u7B79\u57FA\u91D1\u8D77\u4ED8\u6807\u51C6\u90E8\u5206\u7684\u4F4F\u9662\u533B\u7597\u8D39\u7528\uFF0C\u5728\u57FA\u672C\u533B\u7597\u4FDD\u9669\u652F\u4ED8\u5F85\u9047\u540E\uFF0C\u4E2A\u4EBA\u5E74\u5EA6\u7D2F\u8BA1\u81EA\u4ED8\u7684\u7B26\u5408\u57FA\u672C\u533B\u7597\u4FDD\u9669\u7528\u836F\u3001\u8BCA\u7597\u9879\u76EE\u8303\u56F4\u548C\u533B\u7597\u670D\u52A1\u8BBE\u65BD\u6807\u51C6\u7684\u8D39\u7528")
    },
    {
      id: "chaozhou-basic-limits",
      zh: "\u5DE5\u4F5C\u76EE\u6807\u4E2D\u7684 20 \u4E07\u5143\u300150 \u4E07\u5143\u662F\u57FA\u672C\u533B\u4FDD\u7684\u6700\u9AD8\u652F\u4ED8\u9650\u989D\u76EE\u6807\uFF0C\u4E0D\u662F\u5927\u75C5\u4FDD\u9669\u7684\u6570\u989D\uFF0C\u56E0\u6B64\u672A\u8BA1\u5165\u3002",
      en: "The 200,000 / 500,000 yuan in the goals are targets for basic insurance's own limits, not \u5927\u75C5\u4FDD\u9669 figures, so they are not used.",
      citation: cite5("\u4E00\u3001\uFF08\u4E00\uFF09\u5DE5\u4F5C\u76EE\u6807", "\u57CE\u4E61\u5C45\u6C11\u533B\u7597\u4FDD\u9669\u6700\u9AD8\u652F\u4ED8\u9650\u989D\u8FBE\u5230 20 \u4E07\u5143\u4EE5\u4E0A")
    }
  ]
};

// src/policies/index.ts
var BUILT_IN_POLICIES = [ningbo2013, jiangyin2020, guangdong2016, xinbei2021, chaozhou2012];
var registry = /* @__PURE__ */ new Map();
function loadBuiltIns() {
  registry.clear();
  for (const p of BUILT_IN_POLICIES) registry.set(p.id, parsePolicy(p));
}
loadBuiltIns();
function allPolicies() {
  return [...registry.values()];
}
function cityPolicies() {
  return allPolicies().filter((p) => p.kind === "city");
}
function overlayPolicies() {
  return allPolicies().filter((p) => p.kind === "overlay");
}

// src/engine/words.ts
var SCHEME_WORDS = {
  resident: { zh: "\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD", en: "resident insurance" },
  employee: { zh: "\u804C\u5DE5\u533B\u4FDD", en: "employee insurance" }
};

// src/engine/resolve.ts
var cite6 = (c) => ({ documentNo: c.document, clause: c.clause, quote: c.quote });
var inForce = (p, date) => p.effectiveFrom.date <= date && (p.effectiveTo === null || date <= p.effectiveTo.date);
function findVersion(region, date) {
  const versions = cityPolicies().filter((p) => p.region.code === region);
  if (versions.length === 0) {
    const overlay = overlayPolicies().find((o) => o.region.code === region);
    if (overlay) {
      const cities = cityPolicies().filter((c) => c.region.code.startsWith(overlay.appliesTo.regionPrefix));
      const names = [...new Map(cities.map((c) => [c.region.code, c.region])).values()];
      return issue(
        "region",
        "overlay-region",
        `${overlay.region.zh}\u7684${overlay.document.no}\u662F\u7701\u7EA7\u89C4\u5B9A\uFF0C\u53E0\u52A0\u5728\u5404\u5E02\u653F\u7B56\u4E0A\uFF0C\u4E0D\u80FD\u5355\u72EC\u8BA1\u7B97\uFF1B\u8BF7\u9009\u62E9\u5E02\uFF1A${names.map((n) => `${n.zh}\uFF08${n.code}\uFF09`).join("\u3001") || "\uFF08\u5C1A\u672A\u767B\u8BB0\uFF09"}\u3002`,
        `${overlay.region.en}'s ${overlay.document.no} is a provincial overlay on city policies and cannot be calculated alone; choose a city: ${names.map((n) => `${n.en} (${n.code})`).join(", ") || "(none registered)"}.`
      );
    }
    const known = [...new Map(cityPolicies().map((c) => [c.region.code, c.region])).values()];
    return issue(
      "region",
      "unknown-region",
      `\u6CA1\u6709\u5730\u533A\u4EE3\u7801 ${region} \u7684\u5927\u75C5\u4FDD\u9669\u653F\u7B56\u3002\u5DF2\u6536\u5F55\uFF1A${known.map((n) => `${n.zh}\uFF08${n.code}\uFF09`).join("\u3001")}\u3002`,
      `No \u5927\u75C5\u4FDD\u9669 policy is registered for region ${region}. Registered: ${known.map((n) => `${n.en} (${n.code})`).join(", ")}.`
    );
  }
  const live = versions.filter((p) => inForce(p, date));
  if (live.length === 0) {
    const name = versions[0].region;
    const span = (v, lang) => v.effectiveTo ? `${v.document.no} ${v.effectiveFrom.date}\u2013${v.effectiveTo.date}` : `${v.document.no} ${v.effectiveFrom.date}${lang === "zh" ? " \u8D77" : " onwards"}`;
    return issue(
      "date",
      "no-version",
      `${name.zh}\u5728 ${date} \u6CA1\u6709\u751F\u6548\u7684\u5927\u75C5\u4FDD\u9669\u653F\u7B56\u7248\u672C\u3002\u5DF2\u6536\u5F55\uFF1A${versions.map((v) => span(v, "zh")).join("\uFF1B")}\u3002`,
      `${name.en} has no \u5927\u75C5\u4FDD\u9669 policy version in force on ${date}. Registered: ${versions.map((v) => span(v, "en")).join("; ")}.`
    );
  }
  return live.reduce((a, b) => b.effectiveFrom.date >= a.effectiveFrom.date ? b : a);
}
function coveredSchemes(city) {
  return ["resident", "employee"].filter((s) => city.schemes[s]);
}
function schemeIssue(city, scheme) {
  const covered = coveredSchemes(city);
  return issue(
    "scheme",
    "scheme-not-covered",
    `${city.document.no}\u4E0D\u8986\u76D6${SCHEME_WORDS[scheme].zh}\u53C2\u4FDD\u4EBA\u5458\uFF1B\u672C\u653F\u7B56\u8986\u76D6\uFF1A${covered.map((s) => SCHEME_WORDS[s].zh).join("\u3001")}\u3002`,
    `${city.document.no} does not cover ${SCHEME_WORDS[scheme].en} insured; it covers: ${covered.map((s) => SCHEME_WORDS[s].en).join(", ")}.`
  );
}
function overlaysFor(city, scheme, date) {
  return overlayPolicies().filter((o) => inForce(o, date) && city.region.code.startsWith(o.appliesTo.regionPrefix) && o.appliesTo.schemes.includes(scheme));
}
function resolution(region, date, scheme) {
  const city = findVersion(region, date);
  if ("field" in city) return city;
  const rule2 = city.schemes[scheme];
  if (!rule2) return schemeIssue(city, scheme);
  return { city, scheme, rule: rule2, overlays: overlaysFor(city, scheme, date) };
}
function recognisedGroups(r) {
  if (r.rule.eligibleGroups) return [...r.rule.eligibleGroups.groups];
  const out = ["general"];
  const add = (g) => {
    if (!out.includes(g)) out.push(g);
  };
  Object.keys(r.rule.groups ?? {}).forEach(add);
  for (const o of r.overlays) Object.keys(o.groups).forEach(add);
  return out;
}
function defaultGroup(r) {
  return r.rule.eligibleGroups ? r.rule.eligibleGroups.groups[0] : "general";
}
var note = (id, n, c) => n ? [{ id, zh: n.zh, en: n.en, ...c ? { citation: cite6(c) } : {} }] : [];
function capOf(c) {
  return {
    kind: c.kind,
    amount: c.kind === "none" || c.amount === null ? null : new Decimal(c.amount),
    citation: cite6(c.citation),
    minimum: c.kind !== "none" && c.basis === "minimum"
  };
}
function moreGenerousCap(a, b) {
  if (a.kind === "none") return a;
  if (b.kind === "none") return b;
  if (a.amount === null) return b;
  if (b.amount === null) return a;
  return b.amount.greaterThan(a.amount) ? b : a;
}
function adjustRatios(tiers, base, g, floorOnly) {
  const adj = g.ratio;
  if (!adj) return tiers;
  return tiers.map((t, i) => {
    const orig = base[i].ratio;
    const target = "add" in adj ? Decimal.min(orig.plus(adj.add), 1) : Decimal.max(orig, adj.atLeast);
    const ratio = floorOnly ? Decimal.max(t.ratio, target) : target;
    return ratio.equals(t.ratio) ? t : { ...t, ratio, citation: cite6(adj.citation), minimum: adj.basis === "minimum" };
  });
}
function effectiveRule(r, group) {
  const { city, rule: rule2 } = r;
  const baseThreshold = new Decimal(rule2.threshold.amount);
  const baseTiers = rule2.tiers.map((t) => ({
    from: new Decimal(t.from),
    to: t.to === null ? null : new Decimal(t.to),
    ratio: new Decimal(t.ratio),
    citation: cite6(t.citation),
    minimum: t.basis === "minimum",
    ...t.label ? { label: t.label } : {}
  }));
  const notes = [
    ...city.notes.map((n) => ({ id: n.id, zh: n.zh, en: n.en, ...n.citation ? { citation: cite6(n.citation) } : {} })),
    ...note(`${city.id}-effective-from`, city.effectiveFrom.note, city.effectiveFrom.citation),
    ...note(`${city.id}-threshold`, rule2.threshold.note, rule2.threshold.citation),
    ...rule2.tiers.flatMap((t, i) => note(`${city.id}-tier-${i}`, t.note, t.citation)),
    ...note(`${city.id}-cap`, rule2.cap.note, rule2.cap.citation)
  ];
  let threshold = baseThreshold;
  let thresholdCitation = cite6(rule2.threshold.citation);
  let thresholdMinimum = rule2.threshold.basis === "minimum";
  let tiers = baseTiers;
  let cap = capOf(rule2.cap);
  const sources = [];
  const cityGroup = group === "general" ? void 0 : rule2.groups?.[group];
  if (cityGroup) {
    sources.push(cite6(cityGroup.citation));
    notes.push(...note(`${city.id}-${group}`, cityGroup.note, cityGroup.citation));
    if (cityGroup.threshold) {
      threshold = baseThreshold.times(new Decimal(1).minus(cityGroup.threshold.reduceBy)).toDecimalPlaces(2);
      thresholdCitation = cite6(cityGroup.threshold.citation);
      thresholdMinimum = cityGroup.threshold.basis === "minimum";
      notes.push(...note(`${city.id}-${group}-threshold`, cityGroup.threshold.note, cityGroup.threshold.citation));
    }
    tiers = adjustRatios(tiers, baseTiers, cityGroup, false);
    if (cityGroup.ratio) notes.push(...note(`${city.id}-${group}-ratio`, cityGroup.ratio.note, cityGroup.ratio.citation));
    if (cityGroup.cap) cap = capOf(cityGroup.cap);
  }
  for (const o of r.overlays) {
    notes.push(...o.notes.map((n) => ({ id: n.id, zh: n.zh, en: n.en, ...n.citation ? { citation: cite6(n.citation) } : {} })));
    notes.push(...note(`${o.id}-applies-to`, o.appliesTo.note, o.appliesTo.citation));
    notes.push(...note(`${o.id}-effective-from`, o.effectiveFrom.note, o.effectiveFrom.citation));
    const og = group === "general" ? void 0 : o.groups[group];
    if (!og) continue;
    sources.push(cite6(og.citation));
    notes.push(...note(`${o.id}-${group}`, og.note, og.citation));
    if (og.threshold) {
      const lowered = baseThreshold.times(new Decimal(1).minus(og.threshold.reduceBy)).toDecimalPlaces(2);
      if (lowered.lessThan(threshold)) {
        threshold = lowered;
        thresholdCitation = cite6(og.threshold.citation);
        thresholdMinimum = og.threshold.basis === "minimum";
      }
    }
    tiers = adjustRatios(tiers, baseTiers, og, true);
    if (og.ratio) notes.push(...note(`${o.id}-${group}-ratio`, og.ratio.note, og.ratio.citation));
    if (og.cap) cap = moreGenerousCap(cap, capOf(og.cap));
  }
  tiers = tiers.map((t, i) => i === 0 ? { ...t, from: threshold } : t);
  const seen = /* @__PURE__ */ new Set();
  const uniqueNotes = notes.filter((n) => seen.has(n.zh) ? false : (seen.add(n.zh), true));
  return { group, threshold, thresholdCitation, thresholdMinimum, tiers, cap, sources, notes: uniqueNotes };
}

// src/engine/types.ts
var SCHEMES = ["resident", "employee"];
var GROUPS2 = [
  "general",
  "medical-assistance",
  "extreme-poverty",
  "subsistence",
  "registered-poor"
];

// src/fund/compile.ts
var SAFE = Number.MAX_SAFE_INTEGER;
var MAX_FEN = MAX_AMOUNT.times(100).toNumber();
var BAND0 = 8;
var STRIDE = 6;
function ruleFen(d, burdenFen, otherFen) {
  let x = burdenFen;
  if (x > d[1]) x = d[1];
  let total = 0;
  if (x > d[7]) {
    let k = BAND0 + STRIDE * (d[0] - 1);
    while (x <= d[k]) k -= STRIDE;
    const hi = d[k + 1];
    const top = x < hi ? x : hi;
    total = d[k + 5] + Math.floor((2 * (top - d[k]) * d[k + 2] + d[k + 3]) / d[k + 4]);
    if (total > d[2]) total = d[2];
  }
  if (otherFen > 0 && d[3] > 0) {
    let y = Math.floor((2 * otherFen * d[3] + d[4]) / d[5]);
    if (y > d[6]) y = d[6];
    total += y;
  }
  return total;
}
function tiersFen(d, burdenFen) {
  const x = burdenFen > d[1] ? d[1] : burdenFen;
  if (!(x > d[7])) return 0;
  let k = BAND0 + STRIDE * (d[0] - 1);
  while (x <= d[k]) k -= STRIDE;
  const top = x < d[k + 1] ? x : d[k + 1];
  return d[k + 5] + Math.floor((2 * (top - d[k]) * d[k + 2] + d[k + 3]) / d[k + 4]);
}
var isFen = (v) => typeof v === "number" && v >= 0 && v <= MAX_FEN && Math.floor(v) === v;
function badFen(field, v) {
  return issue(
    field,
    "bad-fen",
    `\u201C${String(v)}\u201D\u4E0D\u662F\u6709\u6548\u7684\u91D1\u989D\uFF1A\u5E94\u4E3A 0 \u5230 1 \u4EBF\u5143\u4E4B\u95F4\u7684\u6574\u6570\u5206\u3002`,
    `"${String(v)}" is not a valid amount: whole \u5206 from 0 to 100,000,000 yuan.`
  );
}
function ruleBatch(d, burdenFen, out, otherFen) {
  const n = burdenFen.length;
  if (out.length < n) throw new DbbxInputError([issue("out", "length", "\u7ED3\u679C\u6570\u7EC4\u6BD4\u4EBA\u6570\u77ED\u3002", "The output array is shorter than the population.")]);
  if (otherFen && otherFen.length !== n) throw new DbbxInputError([issue("otherFen", "length", "\u5176\u4ED6\u81EA\u4ED8\u8D39\u7528\u7684\u4EBA\u6570\u4E0E\u8D39\u7528\u5217\u4E0D\u4E00\u81F4\u3002", "otherFen has a different number of people.")]);
  for (let i = 0; i < n; i++) {
    const b = burdenFen[i];
    if (!(b >= 0 && b <= MAX_FEN && Math.floor(b) === b)) throw new DbbxInputError([badFen(`burdenFen[${i}]`, b)]);
    const o = otherFen ? otherFen[i] : 0;
    if (!(o >= 0 && o <= MAX_FEN && Math.floor(o) === o)) throw new DbbxInputError([badFen(`otherFen[${i}]`, o)]);
    out[i] = ruleFen(d, b, o);
  }
}
function fraction(r) {
  const places = r.decimalPlaces();
  const den = 10 ** places;
  return { num: r.times(den).toNumber(), den };
}
function fen(d) {
  return d.times(100).toNumber();
}
var RATIO = /^\d+(\.\d+)?$/;
function editScheme(rule2, edit, issues) {
  if (edit === void 0 || edit === null) return rule2;
  if (typeof edit !== "object" || Array.isArray(edit)) {
    issues.push(issue("edit", "bad-edit", "\u653F\u7B56\u8C03\u6574\u5E94\u4E3A\u5BF9\u8C61\uFF08\u8D77\u4ED8\u6807\u51C6\u3001\u6BD4\u4F8B\u3001\u5C01\u9876\u7EBF\uFF09\u3002", "The edit should be an object (threshold, ratios, cap)."));
    return rule2;
  }
  const tiers = rule2.tiers.map((t) => ({ ...t }));
  let threshold = rule2.threshold;
  let cap = rule2.cap;
  if (edit.threshold !== void 0 && edit.threshold !== "") {
    const r = parseAmountField(edit.threshold, "edit.threshold", { zh: "\u8D77\u4ED8\u6807\u51C6", en: "Threshold" });
    if (!r.ok) issues.push(r.issue);
    else {
      const firstTo = tiers[0]?.to;
      if (firstTo && !r.value.lessThan(firstTo)) {
        issues.push(issue(
          "edit.threshold",
          "threshold-above-band",
          `\u8D77\u4ED8\u6807\u51C6\u5E94\u4F4E\u4E8E\u7B2C\u4E00\u4E2A\u62A5\u9500\u6BB5\u7684\u4E0A\u9650 ${new Decimal(firstTo).toFixed(2)} \u5143\u3002`,
          `The threshold must be below the first band's upper limit, ${new Decimal(firstTo).toFixed(2)} yuan.`
        ));
      }
      threshold = { ...threshold, amount: r.value.toString() };
      tiers[0] = { ...tiers[0], from: r.value.toString() };
    }
  }
  const ratios = edit.ratios;
  if (ratios !== void 0 && ratios !== null && !Array.isArray(ratios)) {
    issues.push(issue(
      "edit.ratios",
      "bad-ratios",
      '\u5404\u62A5\u9500\u6BB5\u6BD4\u4F8B\u5E94\u4E3A\u5217\u8868\uFF0C\u6BCF\u6BB5\u4E00\u4E2A\u5C0F\u6570\uFF0C\u5982 ["0.6", "0.7"]\u3002',
      'Tier ratios should be a list, one decimal per tier, e.g. ["0.6", "0.7"].'
    ));
  }
  (Array.isArray(ratios) ? ratios : []).forEach((text3, i) => {
    if (text3 === void 0 || text3 === null || text3 === "" || !tiers[i]) return;
    const s = typeof text3 === "number" && Number.isFinite(text3) ? String(text3) : text3;
    if (typeof s !== "string" || !RATIO.test(s) || new Decimal(s).greaterThan(1)) {
      issues.push(issue(
        `edit.ratios[${i}]`,
        "bad-ratio",
        `\u7B2C ${i + 1} \u4E2A\u62A5\u9500\u6BB5\u7684\u6BD4\u4F8B\u5E94\u4E3A 0 \u5230 1 \u4E4B\u95F4\u7684\u5C0F\u6570\uFF0C\u5982 0.6\u3002`,
        `Tier ${i + 1}'s ratio should be a decimal from 0 to 1, e.g. 0.6.`
      ));
      return;
    }
    tiers[i] = { ...tiers[i], ratio: s };
  });
  if (edit.cap !== void 0) {
    if (edit.cap === null || edit.cap === "") cap = { kind: "none", citation: rule2.cap.citation };
    else {
      const r = parseAmountField(edit.cap, "edit.cap", { zh: "\u5C01\u9876\u7EBF", en: "Cap" });
      if (!r.ok) issues.push(r.issue);
      else cap = { kind: rule2.cap.kind === "expense" ? "expense" : "payout", amount: r.value.toString(), citation: rule2.cap.citation };
    }
  }
  return { ...rule2, threshold, tiers, cap };
}
function checkRequest(region, date, scheme, group, mode) {
  const issues = [];
  if (typeof region !== "string" || !/^\d{6}$/.test(region)) {
    issues.push(issue("region", "bad-region", "\u5730\u533A\u5E94\u4E3A 6 \u4F4D\u884C\u653F\u533A\u5212\u4EE3\u7801\uFF0C\u4F8B\u5982\u5B81\u6CE2\u5E02 330200\u3002", "Region should be a 6-digit GB/T 2260 code, e.g. 330200 for Ningbo."));
  }
  if (!isIsoDate(date)) {
    issues.push(issue("date", "bad-date", `\u65E5\u671F\u201C${String(date)}\u201D\u4E0D\u662F\u6709\u6548\u65E5\u671F\uFF08YYYY-MM-DD\uFF09\u3002`, `"${String(date)}" is not a valid date (YYYY-MM-DD).`));
  }
  if (!SCHEMES.includes(scheme)) {
    issues.push(issue("scheme", "bad-scheme", "\u9669\u79CD\u5E94\u4E3A resident\uFF08\u57CE\u4E61\u5C45\u6C11\uFF09\u6216 employee\uFF08\u804C\u5DE5\uFF09\u3002", "Scheme should be resident or employee."));
  }
  if (group !== void 0 && !GROUPS2.includes(group)) {
    issues.push(issue("group", "bad-group", `\u4EBA\u7FA4\u201C${String(group)}\u201D\u4E0D\u662F\u53EF\u9009\u503C\uFF1A${GROUPS2.join("\u3001")}\u3002`, `Group "${String(group)}" is not one of: ${GROUPS2.join(", ")}.`));
  }
  if (mode !== "auto" && mode !== "decimal") {
    issues.push(issue("mode", "bad-mode", "\u8BA1\u7B97\u65B9\u5F0F\u5E94\u4E3A auto \u6216 decimal\u3002", "The mode should be auto or decimal."));
  }
  return issues;
}
function resolveForCompile(region, date, scheme, group) {
  const res = resolution(region, date, scheme);
  if ("field" in res) throw new DbbxInputError([res]);
  const g = group ?? defaultGroup(res);
  if (res.rule.eligibleGroups && !res.rule.eligibleGroups.groups.includes(g)) {
    throw new DbbxInputError([issue("group", "group-not-covered", `${res.city.document.no}\u4E0D\u8986\u76D6\u8FD9\u4E00\u4EBA\u7FA4\u3002`, `${res.city.document.no} does not cover this group.`)]);
  }
  return { res, group: g };
}
function compileRule(region, date, scheme, group, edit, mode = "auto") {
  const shape = checkRequest(region, date, scheme, group, mode);
  if (shape.length) throw new DbbxInputError(shape);
  const { res, group: g } = resolveForCompile(region, date, scheme, group);
  const issues = [];
  const effective = recognisedGroups(res).includes(g) ? g : "general";
  const edited = { ...res, rule: editScheme(res.rule, edit, issues) };
  if (issues.length) throw new DbbxInputError(issues);
  const rule2 = effectiveRule(edited, effective);
  const tiers = rule2.tiers.map((t) => ({
    fromFen: fen(t.from),
    toFen: t.to === null ? Infinity : fen(t.to),
    ...fraction(t.ratio)
  }));
  const o = edited.rule.otherSelfPaid;
  const other = o ? { ...fraction(new Decimal(o.ratio)), limitFen: o.limit.amount === null ? -1 : fen(new Decimal(o.limit.amount)) } : null;
  const capFen = rule2.cap.kind === "none" || !rule2.cap.amount ? -1 : fen(rule2.cap.amount);
  const capKind = rule2.cap.kind;
  const fits = (f) => Number.isSafeInteger(f.num) && 2 * MAX_FEN * f.num + 3 * f.den <= SAFE;
  const bands = tiers.filter((t) => t.toFen > t.fromFen);
  const ordered = bands.every((t, i) => i === 0 || t.fromFen >= bands[i - 1].toFen);
  const integer = mode !== "decimal" && tiers.every(fits) && (!other || fits(other)) && ordered;
  let data = null;
  if (integer) {
    data = new Float64Array(BAND0 + STRIDE * bands.length);
    data[0] = bands.length;
    data[1] = capKind === "expense" && capFen >= 0 ? capFen : Infinity;
    data[2] = capKind === "payout" && capFen >= 0 ? capFen : Infinity;
    data[3] = other ? other.num : 0;
    data[4] = other ? other.den : 1;
    data[5] = other ? 2 * other.den : 2;
    data[6] = other && other.limitFen >= 0 ? other.limitFen : Infinity;
    data[7] = bands.length ? bands[0].fromFen : Infinity;
    let before = 0;
    bands.forEach((t, k) => {
      const at = BAND0 + STRIDE * k;
      data[at] = t.fromFen;
      data[at + 1] = t.toFen;
      data[at + 2] = t.num;
      data[at + 3] = t.den;
      data[at + 4] = 2 * t.den;
      data[at + 5] = before;
      if (Number.isFinite(t.toFen)) before += Math.floor((2 * (t.toFen - t.fromFen) * t.num + t.den) / (2 * t.den));
    });
  }
  const n = tiers.length;
  const lo = Float64Array.from(tiers, (t) => t.fromFen);
  const hi = Float64Array.from(tiers, (t) => t.toFen);
  const num = Float64Array.from(tiers, (t) => t.num);
  const den2 = Float64Array.from(tiers, (t) => 2 * t.den);
  const den = Float64Array.from(tiers, (t) => t.den);
  const expenseCap = capKind === "expense" ? capFen : -1;
  const payoutCap = capKind === "payout" ? capFen : -1;
  const integerRows = (burdenFen, rows2, otherFen) => {
    const counted = expenseCap >= 0 && burdenFen > expenseCap ? expenseCap : burdenFen;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const top = counted < hi[i] ? counted : hi[i];
      let amount = 0;
      if (top > lo[i]) amount = Math.floor((2 * (top - lo[i]) * num[i] + den[i]) / den2[i]);
      if (rows2) rows2[i] = amount;
      total += amount;
    }
    if (payoutCap >= 0 && total > payoutCap) total = payoutCap;
    if (other && otherFen > 0) {
      let x = Math.floor((2 * otherFen * other.num + other.den) / (2 * other.den));
      if (other.limitFen >= 0 && x > other.limitFen) x = other.limitFen;
      total += x;
    }
    return total;
  };
  const decimalRows = (burdenFen, rows2, otherFen) => {
    const b = new Decimal(burdenFen).dividedBy(100);
    const counted = capKind === "expense" && rule2.cap.amount && b.greaterThan(rule2.cap.amount) ? rule2.cap.amount : b;
    let total = ZERO;
    rule2.tiers.forEach((t, i) => {
      const top = t.to === null ? counted : Decimal.min(t.to, counted);
      const amount = toFen(Decimal.max(top.minus(t.from), ZERO).times(t.ratio));
      if (rows2) rows2[i] = fen(amount);
      total = total.plus(amount);
    });
    if (capKind === "payout" && rule2.cap.amount && total.greaterThan(rule2.cap.amount)) total = rule2.cap.amount;
    if (o && otherFen > 0) {
      let x = toFen(new Decimal(otherFen).dividedBy(100).times(o.ratio));
      if (o.limit.amount !== null && x.greaterThan(o.limit.amount)) x = new Decimal(o.limit.amount);
      total = total.plus(x);
    }
    return fen(total);
  };
  const check = (b, o2) => {
    if (!isFen(b)) throw new DbbxInputError([badFen("burdenFen", b)]);
    if (!isFen(o2)) throw new DbbxInputError([badFen("otherFen", o2)]);
  };
  const rows = integer ? integerRows : decimalRows;
  const d = data;
  return {
    region,
    scheme,
    group: effective,
    integer,
    thresholdFen: fen(rule2.threshold),
    tiers,
    capKind,
    capFen,
    other,
    data,
    ytdFen: d ? (burdenFen, otherFen = 0) => {
      check(burdenFen, otherFen);
      return ruleFen(d, burdenFen, otherFen);
    } : (burdenFen, otherFen = 0) => {
      check(burdenFen, otherFen);
      return decimalRows(burdenFen, null, otherFen);
    },
    payoutsFen: (burdenFen, out, otherFen) => {
      if (d) {
        ruleBatch(d, burdenFen, out, otherFen);
        return;
      }
      for (let i = 0; i < burdenFen.length; i++) {
        const o2 = otherFen ? otherFen[i] : 0;
        check(burdenFen[i], o2);
        out[i] = decimalRows(burdenFen[i], null, o2);
      }
    },
    ytdRowsFen: (burdenFen, r, otherFen = 0) => {
      check(burdenFen, otherFen);
      return rows(burdenFen, r, otherFen);
    },
    capApplied: (burdenFen) => {
      if (capKind === "expense") return capFen >= 0 && burdenFen > capFen;
      if (capKind !== "payout" || capFen < 0) return false;
      if (d) return tiersFen(d, burdenFen) > capFen;
      const r = new Float64Array(n);
      rows(burdenFen, r, 0);
      return r.reduce((a, b) => a + b, 0) > capFen;
    }
  };
}

// src/cli/rows.ts
var FIELDS = ["region", "date", "scheme", "group", "selfPaid", "priorSelfPaid", "otherSelfPaid", "priorOtherSelfPaid"];
var OUT = ["payout", "yearToDatePayout", "threshold", "capApplied", "error"];
var enc = new TextEncoder();
var dec = new TextDecoder();
function fastPathFor(header2, defaults) {
  if (new Set(header2).size !== header2.length) return null;
  if (header2.some((h) => h === "" || !/^[^\s",]+$/.test(h) || OUT.includes(h))) return null;
  const def = FIELDS.slice(0, 4).map((f) => enc.encode(defaults[f] ?? ""));
  return {
    columns: header2.length,
    at: Int32Array.from(FIELDS, (f) => header2.indexOf(f)),
    defaults: def,
    starts: new Int32Array(header2.length + 1),
    keyStart: new Int32Array(4),
    keyEnd: new Int32Array(4),
    keySrc: [...def],
    rules: [],
    utf8: new TextDecoder("utf-8", { fatal: true }),
    scratch: new Uint8Array(1 << 16)
  };
}
var NOT_PLAIN = -1;
var BLANK = -2;
var LIMIT_FEN = 1e10;
function plainFen(b, s, e) {
  if (s === e) return BLANK;
  let yuan = 0;
  let i = s;
  for (; i < e; i++) {
    const c = b[i] - 48;
    if (c < 0 || c > 9) break;
    yuan = yuan * 10 + c;
    if (yuan > LIMIT_FEN) return NOT_PLAIN;
  }
  if (i === s) return NOT_PLAIN;
  let fen2 = yuan * 100;
  if (i < e) {
    if (b[i] !== 46 || e - i < 2 || e - i > 3) return NOT_PLAIN;
    const d1 = b[i + 1] - 48;
    if (d1 < 0 || d1 > 9) return NOT_PLAIN;
    fen2 += d1 * 10;
    if (e - i === 3) {
      const d2 = b[i + 2] - 48;
      if (d2 < 0 || d2 > 9) return NOT_PLAIN;
      fen2 += d2;
    }
  }
  return fen2 > LIMIT_FEN ? NOT_PLAIN : fen2;
}
function writeYuan(out, pos, fen2) {
  if (fen2 < 0) {
    out[pos++] = 45;
    fen2 = -fen2;
  }
  const yuan = Math.floor(fen2 / 100);
  const cents = fen2 - yuan * 100;
  let digits = 1;
  for (let y2 = yuan; y2 >= 10; y2 = Math.floor(y2 / 10)) digits++;
  let y = yuan;
  for (let i = pos + digits - 1; i >= pos; i--) {
    const q = Math.floor(y / 10);
    out[i] = 48 + (y - q * 10);
    y = q;
  }
  pos += digits;
  out[pos++] = 46;
  const tens = Math.floor(cents / 10);
  out[pos++] = 48 + tens;
  out[pos++] = 48 + (cents - tens * 10);
  return pos;
}
function ruleFor(fp2, bytes2) {
  const rules = fp2.rules;
  const ks = fp2.keyStart;
  const ke = fp2.keyEnd;
  const src = fp2.keySrc;
  search: for (let r = 0; r < rules.length; r++) {
    const parts2 = rules[r].parts;
    for (let f = 0; f < 4; f++) {
      const p = parts2[f];
      const s = ks[f];
      if (p.length !== ke[f] - s) continue search;
      const b = src[f] === void 0 ? bytes2 : src[f];
      for (let i = 0; i < p.length; i++) if (p[i] !== b[s + i]) continue search;
    }
    return rules[r];
  }
  const parts = [0, 1, 2, 3].map((f) => (src[f] === void 0 ? bytes2 : src[f]).slice(ks[f], ke[f]));
  let rule2 = null;
  try {
    const [region, date, scheme, group] = parts.map((p) => fp2.utf8.decode(p));
    rule2 = compileRule(region, date, scheme || "resident", group ? group : void 0);
  } catch {
    rule2 = null;
  }
  const entry = { parts, rule: rule2, threshold: enc.encode(rule2 ? `,${fenToYuan(rule2.thresholdFen)},` : ",,") };
  if (rules.length >= 64) rules.shift();
  rules.push(entry);
  return entry;
}
var TRUE = enc.encode("true,\n");
var FALSE = enc.encode("false,\n");
function fastRowInto(fp2, bytes2, start, end, out, pos) {
  const starts = fp2.starts;
  const columns = fp2.columns;
  let field = 0;
  let high = false;
  starts[0] = start;
  let o = pos;
  for (let i = start; i < end; i++) {
    const c = bytes2[i];
    out[o++] = c;
    if (c === 44) {
      if (++field >= columns) return -1;
      starts[field] = i + 1;
    } else if (c <= 32 || c === 34 || c === 127) return -1;
    else if (c > 127) high = true;
  }
  if (field !== columns - 1) return -1;
  starts[columns] = end + 1;
  if (high) {
    try {
      fp2.utf8.decode(bytes2.subarray(start, end));
    } catch {
      return -1;
    }
  }
  const at = fp2.at;
  for (let f = 0; f < 4; f++) {
    const col = at[f];
    let s = 0;
    let e = 0;
    if (col >= 0) {
      s = starts[col];
      e = starts[col + 1] - 1;
    }
    if (e === s) {
      fp2.keySrc[f] = fp2.defaults[f];
      fp2.keyStart[f] = 0;
      fp2.keyEnd[f] = fp2.defaults[f].length;
    } else {
      fp2.keySrc[f] = void 0;
      fp2.keyStart[f] = s;
      fp2.keyEnd[f] = e;
    }
  }
  const cached = ruleFor(fp2, bytes2);
  const rule2 = cached.rule;
  if (!rule2 || !rule2.data) return -1;
  const self = at[4] < 0 ? BLANK : plainFen(bytes2, starts[at[4]], starts[at[4] + 1] - 1);
  if (self < 0) return -1;
  let prior = at[5] < 0 ? BLANK : plainFen(bytes2, starts[at[5]], starts[at[5] + 1] - 1);
  let other = at[6] < 0 ? BLANK : plainFen(bytes2, starts[at[6]], starts[at[6] + 1] - 1);
  let priorOther = at[7] < 0 ? BLANK : plainFen(bytes2, starts[at[7]], starts[at[7] + 1] - 1);
  if (prior === NOT_PLAIN || other === NOT_PLAIN || priorOther === NOT_PLAIN) return -1;
  if (prior === BLANK) prior = 0;
  if (other === BLANK) other = 0;
  if (priorOther === BLANK) priorOther = 0;
  if (prior > self || priorOther > other) return -1;
  if (rule2.other === null && (other > 0 || priorOther > 0)) return -1;
  const d = rule2.data;
  const now = ruleFen(d, self, other);
  const before = ruleFen(d, prior, priorOther);
  out[o++] = 44;
  o = writeYuan(out, o, now - before);
  out[o++] = 44;
  o = writeYuan(out, o, now);
  const t = cached.threshold;
  for (let i = 0; i < t.length; i++) out[o++] = t[i];
  const cap = rule2.capApplied(self) ? TRUE : FALSE;
  for (let i = 0; i < cap.length; i++) out[o++] = cap[i];
  return o;
}
function fastRow(fp2, bytes2, start, end) {
  if (fp2.scratch.length < end - start + 64) fp2.scratch = new Uint8Array(end - start + 64);
  const o = fastRowInto(fp2, bytes2, start, end, fp2.scratch, 0);
  return o < 0 ? null : dec.decode(fp2.scratch.subarray(end - start, o - 1));
}

// .dbg/d.ts
var header = ["region", "date", "selfPaid", "priorSelfPaid", "note"];
var enc2 = new TextEncoder();
var text2 = "330200,2015-06-01,150000,, ";
var fp = fastPathFor(header, {});
var bytes = enc2.encode(`xx${text2}yy`);
console.log(fastRow(fp, bytes, 2, bytes.length - 2));
console.log(parse(`${text2}
`, { columns: header, trim: true, relax_column_count: true, skip_empty_lines: true }));
