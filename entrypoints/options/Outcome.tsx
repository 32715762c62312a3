/** What an action in a section did: a polite status on success, an alert on failure. */
export interface OutcomeMessage {
  ok: boolean;
  text: string;
}

export function Outcome({ message }: { message: OutcomeMessage | null }) {
  if (!message) return null;
  return (
    <p class={message.ok ? 'op-ok' : 'rp-error op-error'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  );
}
