// The iCalendar writer, in a module of its own so that the events element loads it only when a
// resident saves an event to a calendar.
export { eventsToIcs } from "@cwd/core";
