import { expect, it } from "vitest";
import { icsEvent } from "../src/flows/calendar";

it("a forum's calendar file folds long Chinese lines at 75 octets and unfolds to the text as written", () => {
  const title = "智慧政府創新實驗室第四季科技論壇：人工智能、物聯網及區塊鏈在公共服務的應用與實踐分享會";
  const description = "簽到碼：ABCD-EFGH-JKLM；請於開始前十五分鐘到達香港科學園會議廳登記。";
  const ics = icsEvent({
    uid: "forum-7@innolab",
    title,
    start: new Date("2027-03-01T06:00:00Z"),
    end: new Date("2027-03-01T09:00:00Z"),
    location: "香港科學園, 會議廳 1; 3/F",
    description,
  });
  const lines = ics.split("\r\n");
  expect(lines.every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
  // RFC 5545 unfolding: a line break followed by one space is removed.
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  expect(unfolded).toContain(`SUMMARY:${title}`);
  expect(unfolded).toContain(`DESCRIPTION:${description.replace(/;/g, "\\;")}`);
  expect(unfolded).toContain("LOCATION:香港科學園\\, 會議廳 1\\; 3/F");
  expect(unfolded).toMatch(/DTSTART:20270301T060000Z/);
});
