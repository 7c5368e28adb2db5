import ical, { ICalCalendarMethod } from "ical-generator";

/**
 * An iCalendar (RFC 5545) file for one event, which phones and Outlook open: written by
 * ical-generator (maintained), which escapes text and folds long lines at 75 octets — Chinese
 * text exceeds that within a few words.
 */
export function icsEvent(event: {
  uid: string;
  title: string;
  start: Date;
  end: Date;
  location: string;
  description: string;
}): string {
  const calendar = ical({
    prodId: { company: "InnoLab", product: "Technology Forum" },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: event.uid,
    start: event.start,
    end: event.end,
    summary: event.title,
    location: event.location,
    description: event.description,
  });
  return calendar.toString();
}
