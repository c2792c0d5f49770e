import { NotFoundError, ValidationError, type MessageRef } from "@/lib/errors";

// The refusals of the desk actions and the boards, each with the key of its sentence in the message
// files, so staff read it in their own language; `message` stays the English sentence for logs.

/** A check-in or hand-over that can't be done, naming the field it is about. */
export class DeskRefusal extends ValidationError {
  override readonly ref: MessageRef;

  constructor(field: string, ref: MessageRef, message: string) {
    super(message, [{ path: field, message, ref }]);
    this.ref = ref;
  }
}

/** A booking, order or location that does not exist for this actor (never revealed as forbidden). */
export class DeskNotFound extends NotFoundError {
  override readonly ref: MessageRef;

  constructor(ref: MessageRef, message: string) {
    super(message);
    this.ref = ref;
  }
}
