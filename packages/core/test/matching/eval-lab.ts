import type { Db } from "@innolab/db";

/** The technology areas the evaluation set uses. */
export const EVAL_AREAS = [
  "anti-bot",
  "artificial-intelligence",
  "blockchain",
  "cloud-computing",
  "internet-of-things",
  "robotics",
  "big-data",
  "cybersecurity",
];

/** What the evaluation set's needs and solutions hang off: areas, a B/D and a company with a submitter each. */
export async function createEvalLab(db: Db) {
  const areaIds = new Map<string, number>();
  for (const slug of EVAL_AREAS) {
    areaIds.set(slug, (await db.techArea.create({ data: { slug, nameEn: slug, nameZh: slug } })).id);
  }
  const bd = await db.organisation.create({ data: { kind: "GOVERNMENT", nameEn: "Eval B/D", nameZh: "評估部門" } });
  const company = await db.organisation.create({ data: { kind: "COMPANY", nameEn: "Eval Co", nameZh: "評估公司" } });
  const officer = await db.person.create({ data: { displayName: "Officer", role: "OFFICER", organisationId: bd.id } });
  const vendor = await db.person.create({
    data: { displayName: "Vendor", role: "VENDOR", organisationId: company.id },
  });
  return { areaIds, bd, company, officer, vendor };
}
