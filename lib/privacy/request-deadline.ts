/** Art. 12(3): a data-subject request is answered within one month of receipt. */
export function dueDateFor(receivedAt: Date): Date {
  const due = new Date(receivedAt);
  due.setUTCMonth(due.getUTCMonth() + 1);
  return due;
}
