// The summaries of the journey events a desk action records. They are stored data, not interface
// copy: written once into the journey, in English like the source systems' summaries, while the
// timeline's event label (labels.eventType) is what follows each reader's language.

export const deskEventSummaries = {
  checkIn: (hotel: string, room: string | null) => `Checked in at ${hotel}${room ? `, room ${room}` : ""}`,
  pickedUp: (orderNumber: string, store: string) => `Collected order #${orderNumber} at ${store}`,
};
