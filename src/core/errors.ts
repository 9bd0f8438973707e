/**
 * An error the user can fix (bad configuration, bad arguments, missing input). Shown as is, without
 * a stack; the CLI exits 2. Every other error is a bug or an outage: exit 3, and the gate fails.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
