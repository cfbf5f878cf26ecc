import { describe, expect, it } from "vitest";
import { PLACES, type PlaceEntry } from "../../src/nlp/data/places.js";
import { FOREIGN_ADJECTIVES, FOREIGN_PLACES } from "../../src/nlp/data/foreign.js";
import { PROVINCES } from "../../src/nlp/taxonomy.js";

const KINDS = new Set([
  "province", "district", "subdistrict", "city", "town", "village",
  "neighbourhood", "base", "crossing", "landmark", "region",
]);
const byId = new Map<string, PlaceEntry>(PLACES.map((p) => [p.id, p]));
const names = (p: { ar: string; aliases: string[] }) => [p.ar, ...p.aliases];
const arabicLike = /[\u0600-\u06FF]/;

describe("gazetteer data: PLACES", () => {
  it("has at least 400 entries with valid fields", () => {
    expect(PLACES.length).toBeGreaterThanOrEqual(400);
    for (const p of PLACES) {
      expect(p.id, p.id).toMatch(/^[a-z0-9_]+(\/[a-z0-9_]+)?$/);
      expect(KINDS.has(p.kind), p.id).toBe(true);
      expect((PROVINCES as readonly string[]).includes(p.province), p.id).toBe(true);
      expect(p.ar.trim().length, p.id).toBeGreaterThan(0);
      expect(arabicLike.test(p.ar), p.id).toBe(true);
      expect(p.en.trim().length, p.id).toBeGreaterThan(0);
      expect(p.aliases.includes(p.ar), `${p.id} repeats ar in aliases`).toBe(false);
      expect(new Set(p.aliases).size, `${p.id} duplicate aliases`).toBe(p.aliases.length);
      for (const a of p.aliases) expect(a.trim(), p.id).toBe(a);
    }
  });

  it("has unique ids", () => {
    const ids = PLACES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has every province exactly once, with kind province", () => {
    const provs = PLACES.filter((p) => p.kind === "province");
    expect(provs.map((p) => p.province).sort()).toEqual([...PROVINCES].sort());
    for (const p of provs) {
      expect(p.id).toBe(p.province);
      expect(p.district).toBeNull();
    }
    for (const id of PROVINCES) expect(byId.get(id)?.kind, id).toBe("province");
  });

  it("has at least one district per province", () => {
    for (const id of PROVINCES) {
      const n = PLACES.filter((p) => p.kind === "district" && p.province === id).length;
      expect(n, id).toBeGreaterThanOrEqual(1);
    }
  });

  it("points district references at a district of the same province", () => {
    for (const p of PLACES) {
      if (p.kind === "province" || p.kind === "district") {
        expect(p.district, p.id).toBeNull();
        continue;
      }
      if (p.district === null) continue;
      const d = byId.get(p.district);
      expect(d, `${p.id} -> ${p.district}`).toBeDefined();
      expect(d!.kind, `${p.id} -> ${p.district}`).toBe("district");
      expect(d!.province, `${p.id} -> ${p.district}`).toBe(p.province);
    }
  });

  it("keeps ids under their province", () => {
    for (const p of PLACES) {
      if (p.kind !== "province") expect(p.id.startsWith(`${p.province}/`), p.id).toBe(true);
    }
  });

  it("has coordinates inside Iraq's bounding box", () => {
    for (const p of PLACES) {
      expect(Number.isFinite(p.lat) && Number.isFinite(p.lon), p.id).toBe(true);
      expect(p.lat, p.id).toBeGreaterThanOrEqual(29);
      expect(p.lat, p.id).toBeLessThanOrEqual(37.5);
      expect(p.lon, p.id).toBeGreaterThanOrEqual(38.7);
      expect(p.lon, p.id).toBeLessThanOrEqual(48.8);
    }
  });

  it("does not pin every place of a province on the province centre", () => {
    for (const id of PROVINCES) {
      const prov = byId.get(id)!;
      const others = PLACES.filter((p) => p.province === id && p.kind !== "province");
      const off = others.filter((p) => p.lat !== prov.lat || p.lon !== prov.lon);
      expect(off.length, id).toBeGreaterThan(0);
      // most places sit somewhere else than the capital pin
      expect(off.length / others.length, id).toBeGreaterThan(0.5);
    }
  });

  it("keeps places near their own governorate (no wildly misplaced coordinate)", () => {
    // crude check: within 450 km of the provincial capital pin
    for (const p of PLACES) {
      const c = byId.get(p.province)!;
      const dy = (p.lat - c.lat) * 111;
      const dx = (p.lon - c.lon) * 111 * Math.cos((p.lat * Math.PI) / 180);
      expect(Math.hypot(dx, dy), p.id).toBeLessThan(450);
    }
  });

  it("does not share a name between provinces unless one side is ambiguous", () => {
    const owners = new Map<string, PlaceEntry[]>();
    for (const p of PLACES) {
      for (const n of new Set(names(p))) {
        const list = owners.get(n) ?? [];
        list.push(p);
        owners.set(n, list);
      }
    }
    const clashes: string[] = [];
    for (const [n, list] of owners) {
      const provs = new Set(list.map((p) => p.province));
      if (provs.size > 1 && !list.some((p) => p.ambiguous)) {
        clashes.push(`${n}: ${list.map((p) => p.id).join(", ")}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("covers places named in TAXONOMY.md and the corpus README", () => {
    const all = new Map<string, Set<string>>();
    for (const p of PLACES) for (const n of names(p)) {
      const s = all.get(n) ?? new Set<string>();
      s.add(p.province);
      all.set(n, s);
    }
    const expectIn: Array<[string, string]> = [
      ["الطارمية", "baghdad"], ["أبو غريب", "baghdad"], ["المدائن", "baghdad"], ["مدينة الصدر", "baghdad"],
      ["التاجي", "baghdad"], ["النهروان", "baghdad"], ["الزعفرانية", "baghdad"], ["الحارثية", "baghdad"],
      ["المنطقة الخضراء", "baghdad"], ["حزام بغداد", "baghdad"], ["مطار بغداد", "baghdad"],
      ["الزبير", "basra"], ["أبو الخصيب", "basra"], ["القرنة", "basra"], ["الفاو", "basra"], ["أم قصر", "basra"], ["الهارثة", "basra"],
      ["الموصل", "nineveh"], ["تلعفر", "nineveh"], ["تل عفر", "nineveh"], ["سنجار", "nineveh"], ["بعشيقة", "nineveh"],
      ["القيارة", "nineveh"], ["مخمور", "nineveh"], ["الحمدانية", "nineveh"],
      ["سوران", "erbil"], ["صوران", "erbil"], ["شقلاوة", "erbil"], ["كويه", "erbil"], ["كوية", "erbil"], ["خبات", "erbil"],
      ["بيرمام", "erbil"], ["خليفان", "erbil"], ["قاعدة حرير", "erbil"], ["رزكاري", "erbil"], ["وادي الانه", "erbil"],
      ["هولير", "erbil"], ["عاصمة إقليم كردستان", "erbil"],
      ["رانية", "sulaymaniyah"], ["قلعة دزة", "sulaymaniyah"], ["جمجمال", "sulaymaniyah"], ["دربندخان", "sulaymaniyah"],
      ["كلار", "sulaymaniyah"], ["طاسلوجة", "sulaymaniyah"], ["قادر كرم", "sulaymaniyah"], ["خور مور", "sulaymaniyah"], ["كورومو", "sulaymaniyah"],
      ["زاخو", "duhok"], ["العمادية", "duhok"], ["آميدي", "duhok"], ["سميل", "duhok"], ["شيلادزه", "duhok"],
      ["خورمال", "halabja"], ["سيروان", "halabja"],
      ["الحويجة", "kirkuk"], ["داقوق", "kirkuk"], ["الدبس", "kirkuk"], ["الرياض", "kirkuk"], ["الرشاد", "kirkuk"], ["البشير", "kirkuk"],
      ["بعقوبة", "diyala"], ["خانقين", "diyala"], ["المقدادية", "diyala"], ["بلدروز", "diyala"], ["الخالص", "diyala"],
      ["جلولاء", "diyala"], ["السعدية", "diyala"], ["بهرز", "diyala"], ["معسكر أشرف", "diyala"], ["كفري", "diyala"],
      ["الرمادي", "anbar"], ["الفلوجة", "anbar"], ["هيت", "anbar"], ["حديثة", "anbar"], ["القائم", "anbar"], ["الرطبة", "anbar"],
      ["عنه", "anbar"], ["راوه", "anbar"], ["عين الأسد", "anbar"], ["الانبار", "anbar"], ["انبار", "anbar"],
      ["تكريت", "salahuddin"], ["سامراء", "salahuddin"], ["بيجي", "salahuddin"], ["بلد", "salahuddin"], ["الدجيل", "salahuddin"],
      ["طوزخورماتو", "salahuddin"], ["طوز خورماتو", "salahuddin"], ["الطوز", "salahuddin"], ["الشرقاط", "salahuddin"],
      ["الدور", "salahuddin"], ["آمرلي", "salahuddin"], ["أمرلي", "salahuddin"],
      ["الحلة", "babil"], ["المسيب", "babil"], ["الإسكندرية", "babil"], ["جرف الصخر", "babil"], ["جرف النصر", "babil"], ["المحاويل", "babil"],
      ["عين التمر", "karbala"], ["الهندية", "karbala"], ["الكوفة", "najaf"], ["المناذرة", "najaf"],
      ["الكوت", "wasit"], ["الصويرة", "wasit"], ["العزيزية", "wasit"], ["بدرة", "wasit"], ["قاعدة الكوت الجوية", "wasit"],
      ["الديوانية", "qadisiyah"], ["عفك", "qadisiyah"], ["الشامية", "qadisiyah"],
      ["العمارة", "maysan"], ["المجر الكبير", "maysan"], ["علي الغربي", "maysan"],
      ["الناصرية", "dhi_qar"], ["الشطرة", "dhi_qar"], ["سوق الشيوخ", "dhi_qar"], ["الرفاعي", "dhi_qar"], ["ذيقار", "dhi_qar"],
      ["السماوة", "muthanna"], ["الرميثة", "muthanna"], ["الخضر", "muthanna"], ["بصية", "muthanna"],
      ["نينوي", "nineveh"], ["السليمانيه", "sulaymaniyah"], ["حلبجه", "halabja"], ["البصره", "basra"],
    ];
    const missing = expectIn.filter(([n, prov]) => !all.get(n)?.has(prov)).map(([n, prov]) => `${n} (${prov})`);
    expect(missing).toEqual([]);
  });

  it("marks short common-word names as ambiguous", () => {
    for (const n of ["الخضر", "الحرية", "الرياض", "الدور", "العلم", "بلد", "حديثة", "الشعب", "السلام"]) {
      const hits = PLACES.filter((p) => p.ar === n);
      expect(hits.length, n).toBeGreaterThan(0);
      for (const p of hits) expect(p.ambiguous, `${n} ${p.id}`).toBe(true);
    }
  });
});

describe("gazetteer data: FOREIGN_PLACES", () => {
  it("is well formed", () => {
    expect(FOREIGN_PLACES.length).toBeGreaterThan(100);
    for (const f of FOREIGN_PLACES) {
      expect(f.country, f.ar).toMatch(/^[a-z]{2}$/);
      expect(arabicLike.test(f.ar), f.ar).toBe(true);
      expect(f.aliases.includes(f.ar), f.ar).toBe(false);
    }
    for (const a of FOREIGN_ADJECTIVES) expect(a.country).toMatch(/^[a-z]{2}$/);
  });

  it("includes the border places the corpus treats as outside Iraq", () => {
    const find = (n: string) => FOREIGN_PLACES.find((f) => names(f).includes(n));
    expect(find("العبدلي")?.country).toBe("kw");
    expect(find("اليعربية")?.country).toBe("sy");
    expect(find("عبادان")?.country).toBe("ir");
    expect(find("اروندكنار")?.country).toBe("ir");
    expect(find("شلمجة")?.country).toBe("ir");
  });

  it("marks foreign names that are also Iraqi place names as ambiguous", () => {
    const iraqi = new Set(PLACES.flatMap((p) => names(p)));
    const clashes = FOREIGN_PLACES.filter((f) => !f.ambiguous && names(f).some((n) => iraqi.has(n)))
      .map((f) => `${f.ar}: ${names(f).filter((n) => iraqi.has(n)).join(", ")}`);
    expect(clashes).toEqual([]);
  });
});
